#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <optional>

class QInputDialog;
class QWidget;

namespace Flowsmith {

/// Asks for an ssh key's passphrase on behalf of network work running on another thread
/// (RemoteOptions::passphrase): the worker waits while a password dialog is open on the GUI
/// thread, and gives up when the operation is cancelled or the prompt is closed. The
/// passphrase is handed to the worker once and cleared from the prompt; nothing keeps it.
class PassphrasePrompt : public QObject
{
    Q_OBJECT

public:
    explicit PassphrasePrompt(QWidget *parent);
    ~PassphrasePrompt() override;

    /// The callback for RemoteOptions::passphrase; `cancel` is the operation's cancel flag,
    /// which must outlive the operation.
    std::function<std::optional<QByteArray>(const QString &keyFile, int attempt)>
    callback(const std::atomic_bool *cancel);

    /// The prompt on screen, if any.
    QInputDialog *dialog() const;

signals:
    /// A prompt opened (on the GUI thread).
    void prompted(const QString &keyFile, int attempt);

private:
    struct Request;
    void show(const std::shared_ptr<Request> &request, const QString &keyFile, int attempt);

    QWidget *m_parent;
    QPointer<QInputDialog> m_dialog;
};

} // namespace Flowsmith
