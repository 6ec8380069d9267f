#pragma once

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
class Repository;

/// Fetch, pull and push with a remote, off the GUI thread, with progress and Cancel. A pull
/// that leaves flow conflicts emits conflictsFound: the studio opens a ConflictDialog per file.
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

    void start(Operation operation);
    bool isRunning() const;
    const std::optional<PullResult> &lastPull() const { return m_lastPull; }

    QComboBox *remoteBox() const { return m_remote; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *pushButton() const { return m_push; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }

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
    };
    void onFinished();
    void updateButtons();

    Repository *m_repository;
    CredentialStore *m_credentials = nullptr;
    std::atomic_bool m_cancelFlag = false;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<PullResult> m_lastPull;

    QComboBox *m_remote;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_fetch;
    QPushButton *m_pull;
    QPushButton *m_push;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace Flowsmith
