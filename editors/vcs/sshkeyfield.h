#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Flowsmith {

/// The ssh private key to use for a remote, with a file chooser. Empty means ssh-agent, then
/// ~/.ssh/id_ed25519, id_ecdsa and id_rsa. The choice is remembered per remote URL in QSettings
/// (the path only: a passphrase is asked for when needed and never stored).
class SshKeyField : public QWidget
{
    Q_OBJECT

public:
    explicit SshKeyField(QWidget *parent = nullptr);

    /// Shows the key remembered for `url`; later choices are remembered for it. The field is
    /// enabled only for ssh URLs.
    void setRemoteUrl(const QString &url);
    QString remoteUrl() const { return m_url; }
    /// The chosen key file; empty: the defaults.
    QString keyFile() const;
    /// Chooses `path` (empty: the defaults) and remembers it for the current remote.
    void setKeyFile(const QString &path);

    /// Whether `url` is reached over ssh (ssh://… or scp-like user@host:path).
    static bool isSshUrl(const QString &url);
    /// The key file remembered for a remote URL, or an empty string.
    static QString rememberedKeyFile(const QString &url);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void keyFileChanged(const QString &path);

private:
    void remember();
    void browse();

    QString m_url;
    QLineEdit *m_edit;
    QPushButton *m_browse;
};

} // namespace Flowsmith
