#include "editors/vcs/passphraseprompt.h"

#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace Flowsmith {

// One question from the worker, answered on the GUI thread.
struct PassphrasePrompt::Request
{
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    std::optional<QByteArray> answer;

    void finish(std::optional<QByteArray> value)
    {
        const std::lock_guard lock(mutex);
        if (done)
            return;
        answer = std::move(value);
        done = true;
        answered.notify_all();
    }
};

PassphrasePrompt::PassphrasePrompt(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{ }

PassphrasePrompt::~PassphrasePrompt()
{
    if (m_dialog)
        m_dialog->reject();
}

QInputDialog *PassphrasePrompt::dialog() const
{
    return m_dialog;
}

std::function<std::optional<QByteArray>(const QString &, int)>
PassphrasePrompt::callback(const std::atomic_bool *cancel)
{
    QPointer<PassphrasePrompt> self(this);
    return [self, cancel](const QString &keyFile, int attempt) -> std::optional<QByteArray> {
        auto request = std::make_shared<Request>();
        if (!self)
            return std::nullopt;
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, keyFile, attempt] {
                if (self)
                    self->show(request, keyFile, attempt);
                else
                    request->finish(std::nullopt);
            },
            Qt::QueuedConnection);
        std::unique_lock lock(request->mutex);
        // Polls the cancel flag: a dialog being destroyed cancels and waits for the worker.
        while (!request->done) {
            if (cancel && cancel->load()) {
                request->done = true;
                return std::nullopt;
            }
            request->answered.wait_for(lock, std::chrono::milliseconds(50));
        }
        return std::move(request->answer);
    };
}

void PassphrasePrompt::show(const std::shared_ptr<Request> &request, const QString &keyFile,
                            int attempt)
{
    {
        // The worker may have given up (cancelled) before the prompt could open.
        const std::lock_guard lock(request->mutex);
        if (request->done)
            return;
    }
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new QInputDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("sshPassphrasePrompt"));
    dialog->setWindowTitle(tr("SSH Key Passphrase"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    const QString key = QDir::toNativeSeparators(keyFile);
    dialog->setLabelText(
        attempt > 1 ? tr("That passphrase was not accepted. Passphrase for the ssh key\n%1\n"
                         "(last try):")
                          .arg(key)
                    : tr("Passphrase for the ssh key\n%1:").arg(key));
    dialog->setOkButtonText(tr("Unlock"));
    connect(dialog, &QInputDialog::finished, dialog, [dialog, request](int result) {
        std::optional<QByteArray> answer;
        if (result == QDialog::Accepted)
            answer = dialog->textValue().toUtf8();
        // Nothing in the prompt keeps the passphrase once it is handed over.
        dialog->setTextValue(QString());
        request->finish(std::move(answer));
    });
    // Closed without an answer (its window went away): the worker stops waiting.
    connect(dialog, &QObject::destroyed, [request] { request->finish(std::nullopt); });
    m_dialog = dialog;
    dialog->open();
    emit prompted(keyFile, attempt);
}

} // namespace Flowsmith
