#pragma once

#include "model/vcs/hostkey.h"
#include "model/vcs/pullresult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Flowsmith {

class CredentialStore;
class HostTrustPanel;
class PassphrasePrompt;
class Repository;
class SshKeyField;

/// Fetch, pull and push with a remote, off the GUI thread, with progress and Cancel. A pull
/// that leaves flow conflicts emits conflictsFound: the studio opens a ConflictDialog per file.
/// An unknown ssh host is refused with its fingerprint shown; the user may then trust it
/// (recorded in Flowsmith's known_hosts file) and the operation runs again. A changed host key
/// or an untrusted certificate is refused and never offered for trust. For ssh remotes the
/// user may choose a key file (remembered per remote); an encrypted key's passphrase is asked
/// for when libgit2 needs it and never stored.
/// The repository must not be used elsewhere while an operation runs.
class RemoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum Operation { Fetch, Pull, Push };

    explicit RemoteDialog(Repository *repository, QWidget *parent = nullptr);
    ~RemoteDialog() override;

    /// Where https tokens come from (the studio passes its keychain store).
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    /// Where trusted ssh hosts are recorded; default: KnownHosts::flowsmithFile(), which the
    /// commit dialog's push and flowsmith-cli read too.
    void setKnownHostsFile(const QString &path);
    QString knownHostsFile() const;

    void start(Operation operation);
    bool isRunning() const;
    const std::optional<PullResult> &lastPull() const { return m_lastPull; }
    /// The unknown ssh host the last operation was refused by, if any.
    const std::optional<HostKey> &untrustedHost() const;
    /// Records the unknown host as trusted and runs the refused operation again.
    bool trustHostAndRetry();

    QComboBox *remoteBox() const { return m_remote; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *pushButton() const { return m_push; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *trustButton() const;
    QLabel *hostLabel() const;
    QLabel *statusLabel() const { return m_status; }
    HostTrustPanel *trustPanel() const { return m_trustPanel; }
    SshKeyField *sshKeyField() const { return m_keyField; }
    PassphrasePrompt *passphrasePrompt() const { return m_prompt; }

signals:
    /// An operation ended; `message` says how (and names the remote).
    void operationFinished(bool ok, const QString &message);
    void conflictsFound(const QList<FileMergeConflicts> &conflicts);
    /// A pull changed the work tree: open documents must be reloaded.
    void workTreeChanged();

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        std::optional<PullResult> pull;
        std::optional<HostKey> untrusted;
    };
    void onFinished();
    void updateButtons();
    void growToFit();

    Repository *m_repository;
    CredentialStore *m_credentials = nullptr;
    std::atomic_bool m_cancelFlag = false;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<PullResult> m_lastPull;
    Operation m_lastOperation = Fetch;

    QComboBox *m_remote;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_fetch;
    QPushButton *m_pull;
    QPushButton *m_push;
    QPushButton *m_cancel;
    QPushButton *m_close;
    HostTrustPanel *m_trustPanel;
    SshKeyField *m_keyField;
    PassphrasePrompt *m_prompt;
};

} // namespace Flowsmith
