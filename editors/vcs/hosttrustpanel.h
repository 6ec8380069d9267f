#pragma once

#include "model/vcs/hostkey.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Flowsmith {

/// The fingerprint of an unknown ssh host that refused a fetch or push, with a button to trust
/// it (recorded in Flowsmith's known_hosts file) so that the dialog can run the operation
/// again. Only a host never seen before is offered: a changed host key or an untrusted TLS
/// certificate is never offered for trust, the error beside the panel says why. Shared by the
/// remote dialog and the commit dialog's push.
class HostTrustPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HostTrustPanel(QWidget *parent = nullptr);

    /// Where trusted hosts are recorded; default: KnownHosts::flowsmithFile(), which the
    /// studio's dialogs and flowsmith-cli all read.
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }
    QString knownHostsFile() const { return m_knownHostsFile; }

    /// Shows `key` when it may be trusted from here, else hides the panel. Returns whether the
    /// host is offered.
    bool offer(const std::optional<HostKey> &key);
    /// Hides the panel and forgets the host.
    void clear();
    /// The host on offer, if any.
    const std::optional<HostKey> &host() const { return m_host; }
    /// Records the offered host as trusted and hides the panel.
    bool trustHost(QString *error);

    QLabel *hostLabel() const { return m_label; }
    QPushButton *trustButton() const { return m_trust; }

signals:
    /// The user pressed the trust button: the owner calls trustHost() and retries.
    void trustRequested();

private:
    QString m_knownHostsFile;
    std::optional<HostKey> m_host;
    QLabel *m_label;
    QPushButton *m_trust;
};

} // namespace Flowsmith
