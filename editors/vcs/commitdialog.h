#pragma once

#include "model/vcs/commitgate.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowsmith {

class CredentialStore;
class HostTrustPanel;
class PassphrasePrompt;
class Repository;
class SshKeyField;

/// The studio's commit dialog (design §6): the changed files with their flows, staged by
/// ticking them; the message; the commit gate's steps with progress and results; the change
/// by meaning; Commit, Commit and Push, and Cancel while the gate runs. The gate runs off the
/// GUI thread; the repository must not be used elsewhere meanwhile. The push works like the
/// remote dialog's: a key file per ssh remote, a passphrase prompt when the key needs one, and
/// for an unknown ssh host its fingerprint with "Trust This Host and Retry", which pushes the
/// kept commit again (a changed host key or an untrusted certificate is never offered).
class CommitDialog : public QDialog
{
    Q_OBJECT

public:
    CommitDialog(Repository *repository, const QString &projectFolder, QWidget *parent = nullptr);
    ~CommitDialog() override;

    /// Where push credentials come from (the studio passes its keychain store).
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    /// Options for the gate; the dialog fills in message, remote, credentials and cancel.
    void setGateOptions(const CommitGate::Options &options) { m_options = options; }
    /// Where trusted ssh hosts are recorded; default: KnownHosts::flowsmithFile().
    void setKnownHostsFile(const QString &path);
    QString knownHostsFile() const;

    /// Reads the status and the staged change again.
    void refresh();
    bool isRunning() const;
    const CommitGate::Result &lastResult() const { return m_result; }
    /// The unknown ssh host the last push was refused by, if any.
    const std::optional<HostKey> &untrustedHost() const;
    /// Records the unknown host as trusted and pushes the kept commit again.
    bool trustHostAndRetry();

    QTreeWidget *fileTree() const { return m_files; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QTreeWidget *stepTree() const { return m_steps; }
    QListWidget *changeList() const { return m_changes; }
    QPushButton *commitButton() const { return m_commit; }
    QPushButton *commitAndPushButton() const { return m_commitAndPush; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *remoteBox() const { return m_remote; }
    QLabel *statusLabel() const { return m_status; }
    /// Shown when the repository holds more than the project (its work tree lies above the
    /// project folder): the commit then goes to that outer repository, and the user is told.
    QLabel *repositoryNotice() const { return m_repositoryNotice; }
    HostTrustPanel *trustPanel() const { return m_trustPanel; }
    SshKeyField *sshKeyField() const { return m_keyField; }
    PassphrasePrompt *passphrasePrompt() const { return m_prompt; }

signals:
    void committed(const QString &commitId);
    void gateFinished(bool committed);
    /// A push ended, from the gate or retried after trusting the host; `message` says how.
    void pushFinished(bool pushed, const QString &message);

private:
    void startGate(bool push);
    void startPush();
    RemoteOptions remoteOptions();
    void finishPush();
    void onStep(const GateStep &step);
    void onFinished();
    void onFileChanged(QTreeWidgetItem *item, int column);
    void updateButtons();
    void showChanges(const QList<CommitFileChange> &changes);
    void resetSteps(bool push);

    Repository *m_repository;
    QString m_folder;
    CredentialStore *m_credentials = nullptr;
    CommitGate::Options m_options;
    CommitGate::Result m_result;
    std::atomic_bool m_cancelFlag = false;
    QFutureWatcher<CommitGate::Result> m_watcher;
    bool m_refreshing = false;
    bool m_pushOnly = false; ///< the running job pushes a kept commit again
    QString m_pushRemote; ///< where the last gate pushed
    /// The host the running push was refused by, set on the worker thread.
    std::shared_ptr<std::optional<HostKey>> m_refusedBy;

    QTreeWidget *m_files;
    QPlainTextEdit *m_message;
    QTreeWidget *m_steps;
    QListWidget *m_changes;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_repositoryNotice;
    QComboBox *m_remote;
    SshKeyField *m_keyField;
    HostTrustPanel *m_trustPanel;
    PassphrasePrompt *m_prompt;
    QPushButton *m_commit;
    QPushButton *m_commitAndPush;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace Flowsmith
