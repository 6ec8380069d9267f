#include "editors/vcs/remotedialog.h"

#include "editors/vcs/hosttrustpanel.h"
#include "editors/vcs/passphraseprompt.h"
#include "editors/vcs/sshkeyfield.h"
#include "model/vcs/repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace Flowsmith {

RemoteDialog::RemoteDialog(Repository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_remote(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_fetch(new QPushButton(tr("&Fetch"), this))
    , m_pull(new QPushButton(tr("P&ull"), this))
    , m_push(new QPushButton(tr("&Push"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_trustPanel(new HostTrustPanel(this))
    , m_keyField(new SshKeyField(this))
    , m_prompt(new PassphrasePrompt(this))
{
    setWindowTitle(tr("Remotes — %1").arg(repository->currentBranch()));
    resize(560, 180);
    for (const QString &remote : repository->remotes())
        m_remote->addItem(remote, remote);
    for (int i = 0; i < m_remote->count(); ++i)
        m_remote->setItemData(i, repository->remoteUrl(m_remote->itemData(i).toString()),
                              Qt::ToolTipRole);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(m_remote->count() ? tr("Branch %1.").arg(repository->currentBranch())
                                        : tr("This repository has no remote yet."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Remote:"), this));
    top->addWidget(m_remote, 1);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(new QLabel(tr("SSH key:"), this));
    keyRow->addWidget(m_keyField, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_push);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(keyRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_trustPanel);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_fetch, &QPushButton::clicked, this, [this] { start(Fetch); });
    connect(m_pull, &QPushButton::clicked, this, [this] { start(Pull); });
    connect(m_push, &QPushButton::clicked, this, [this] { start(Push); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelFlag = true;
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_trustPanel, &HostTrustPanel::trustRequested, this, &RemoteDialog::trustHostAndRetry);
    const auto showKey = [this] {
        m_keyField->setRemoteUrl(m_remote->currentData(Qt::ToolTipRole).toString());
    };
    connect(m_remote, &QComboBox::currentIndexChanged, this, showKey);
    showKey();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RemoteDialog::onFinished);
    updateButtons();
}

RemoteDialog::~RemoteDialog()
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void RemoteDialog::setKnownHostsFile(const QString &path)
{
    m_trustPanel->setKnownHostsFile(path);
}

QString RemoteDialog::knownHostsFile() const
{
    return m_trustPanel->knownHostsFile();
}

const std::optional<HostKey> &RemoteDialog::untrustedHost() const
{
    return m_trustPanel->host();
}

QPushButton *RemoteDialog::trustButton() const
{
    return m_trustPanel->trustButton();
}

QLabel *RemoteDialog::hostLabel() const
{
    return m_trustPanel->hostLabel();
}

bool RemoteDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void RemoteDialog::updateButtons()
{
    const bool idle = !isRunning() && m_remote->count() > 0;
    m_fetch->setEnabled(idle);
    m_pull->setEnabled(idle);
    m_push->setEnabled(idle);
    m_remote->setEnabled(idle);
    m_cancel->setEnabled(isRunning());
    m_close->setEnabled(!isRunning());
    m_keyField->setEnabled(idle && SshKeyField::isSshUrl(m_keyField->remoteUrl()));
    m_trustPanel->setEnabled(!isRunning());
}

void RemoteDialog::growToFit()
{
    // Word-wrapped labels do not raise the dialog's minimum height by themselves.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

bool RemoteDialog::trustHostAndRetry()
{
    if (!m_trustPanel->host() || isRunning())
        return false;
    QString error;
    if (!m_trustPanel->trustHost(&error)) {
        m_status->setText(error);
        return false;
    }
    start(m_lastOperation);
    return true;
}

void RemoteDialog::start(Operation operation)
{
    if (isRunning() || m_remote->count() == 0)
        return;
    const QString remote = m_remote->currentData().toString();
    m_cancelFlag = false;
    m_lastOperation = operation;
    m_trustPanel->clear();
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(operation == Push       ? tr("Pushing to %1…").arg(remote)
                          : operation == Pull ? tr("Pulling from %1…").arg(remote)
                                              : tr("Fetching from %1…").arg(remote));
    RemoteOptions options;
    options.credentials = m_credentials;
    options.cancel = &m_cancelFlag;
    options.knownHostsFile = m_trustPanel->knownHostsFile();
    options.sshKeyFile = m_keyField->keyFile();
    options.passphrase = m_prompt->callback(&m_cancelFlag);
    // Filled on the worker thread, read there once the operation returns.
    auto untrusted = std::make_shared<std::optional<HostKey>>();
    options.untrustedHost = [untrusted](const HostKey &key) {
        *untrusted = key;
    };
    options.progress = [this](const TransferProgress &progress) {
        QMetaObject::invokeMethod(
            this,
            [this, progress] {
                if (progress.total <= 0)
                    return;
                m_progress->setRange(0, int(progress.total));
                m_progress->setValue(int(progress.current));
            },
            Qt::QueuedConnection);
    };
    Repository *repository = m_repository;
    m_watcher.setFuture(QtConcurrent::run([repository, operation, remote, options, untrusted] {
        Outcome outcome;
        QString error;
        switch (operation) {
        case Fetch:
            outcome.ok = repository->fetch(remote, options, &error);
            outcome.message = outcome.ok ? tr("Fetched from %1.").arg(remote) : error;
            break;
        case Push:
            outcome.ok = repository->push(remote, options, &error);
            outcome.message = outcome.ok
                ? tr("Pushed %1 to %2.").arg(repository->currentBranch(), remote)
                : tr("%1 The local commits are kept.")
                      .arg(error.endsWith(u'.') ? error : error + u'.');
            break;
        case Pull:
            outcome.pull = repository->pull(remote, options, &error);
            outcome.ok = outcome.pull && outcome.pull->outcome != PullResult::Conflicts;
            if (!outcome.pull)
                outcome.message = error;
            else if (outcome.pull->outcome == PullResult::UpToDate)
                outcome.message = tr("Already up to date with %1.").arg(remote);
            else if (outcome.pull->outcome == PullResult::FastForward)
                outcome.message = tr("Fast-forwarded to %1.").arg(outcome.pull->commitId.left(7));
            else if (outcome.pull->outcome == PullResult::Merged)
                outcome.message
                    = tr("Merged %1 by meaning: %2.").arg(remote, outcome.pull->commitId.left(7));
            else
                outcome.message = tr("The merge left conflicts in %n file(s): resolve them, "
                                     "then commit.",
                                     nullptr, int(outcome.pull->conflicts.size()));
            break;
        }
        outcome.untrusted = *untrusted;
        return outcome;
    }));
    updateButtons();
}

void RemoteDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    m_status->setText(outcome.message);
    if (!outcome.ok)
        m_trustPanel->offer(outcome.untrusted);
    updateButtons();
    growToFit();
    if (outcome.pull) {
        m_lastPull = outcome.pull;
        if (outcome.pull->outcome != PullResult::UpToDate)
            emit workTreeChanged();
        if (outcome.pull->outcome == PullResult::Conflicts)
            emit conflictsFound(outcome.pull->conflicts);
    }
    emit operationFinished(outcome.ok, outcome.message);
}

} // namespace Flowsmith
