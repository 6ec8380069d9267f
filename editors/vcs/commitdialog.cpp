#include "editors/vcs/commitdialog.h"

#include "editors/vcs/hosttrustpanel.h"
#include "editors/vcs/identitydialog.h"
#include "editors/vcs/passphraseprompt.h"
#include "editors/vcs/sshkeyfield.h"
#include "model/vcs/repository.h"
#include "simulator/testing/gateoptions.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Flowsmith {

namespace {

enum FileColumn { FileStatusColumn, FilePathColumn, FileMeaningColumn };
enum StepColumn { StepTitleColumn, StepStateColumn, StepSummaryColumn };

QString stateMark(GateStep::State state)
{
    switch (state) {
    case GateStep::Pending:
        return QStringLiteral("○");
    case GateStep::Running:
        return QStringLiteral("…");
    case GateStep::Passed:
        return QStringLiteral("✓");
    case GateStep::Warning:
        return QStringLiteral("⚠");
    case GateStep::Failed:
        return QStringLiteral("✗");
    case GateStep::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

QColor stateColor(GateStep::State state)
{
    switch (state) {
    case GateStep::Passed:
        return QColor(30, 130, 50);
    case GateStep::Warning:
        return QColor(180, 110, 0);
    case GateStep::Failed:
        return QColor(200, 30, 30);
    default:
        return QColor(110, 110, 110);
    }
}

QString meaningOf(const FileStatus &status)
{
    switch (status.kind) {
    case ProjectFileKind::Flow:
        return CommitDialog::tr("flow %1").arg(status.id);
    case ProjectFileKind::Mapping:
        return CommitDialog::tr("mapping %1").arg(status.id);
    case ProjectFileKind::Schema:
        return CommitDialog::tr("schema %1").arg(status.id);
    case ProjectFileKind::TestSuite:
        return CommitDialog::tr("tests of %1").arg(status.id);
    case ProjectFileKind::Manifest:
        return CommitDialog::tr("project manifest");
    case ProjectFileKind::Generated:
        return CommitDialog::tr("generated");
    default:
        return {};
    }
}

} // namespace

CommitDialog::CommitDialog(Repository *repository, const QString &projectFolder, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_folder(projectFolder)
    , m_options(Sim::commitGateOptions())
    , m_files(new QTreeWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_steps(new QTreeWidget(this))
    , m_changes(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_repositoryNotice(new QLabel(this))
    , m_remote(new QComboBox(this))
    , m_keyField(new SshKeyField(this))
    , m_trustPanel(new HostTrustPanel(this))
    , m_prompt(new PassphrasePrompt(this))
    , m_commit(new QPushButton(tr("&Commit"), this))
    , m_commitAndPush(new QPushButton(tr("Commit and &Push"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Commit — %1").arg(repository->currentBranch()));
    resize(1100, 720);

    m_files->setHeaderLabels({ tr("Status"), tr("File"), tr("Meaning") });
    m_files->setRootIsDecorated(false);
    m_files->setToolTip(tr("Tick a file to stage it for the commit."));
    m_files->header()->setSectionResizeMode(FilePathColumn, QHeaderView::Stretch);
    m_message->setPlaceholderText(tr("Describe the change: what and why"));
    m_message->setMaximumHeight(110);
    m_steps->setHeaderLabels({ tr("Gate step"), tr("Result"), tr("Summary") });
    m_steps->header()->setSectionResizeMode(StepSummaryColumn, QHeaderView::Stretch);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Changed files (ticked = staged)"), left));
    leftLayout->addWidget(m_files, 1);
    leftLayout->addWidget(new QLabel(tr("Message"), left));
    leftLayout->addWidget(m_message);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Commit gate"), right));
    rightLayout->addWidget(m_steps, 3);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(new QLabel(tr("Change by meaning"), right));
    rightLayout->addWidget(m_changes, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *pushRow = new QHBoxLayout;
    pushRow->addWidget(new QLabel(tr("Push to:"), this));
    pushRow->addWidget(m_remote);
    pushRow->addSpacing(12);
    pushRow->addWidget(new QLabel(tr("SSH key:"), this));
    pushRow->addWidget(m_keyField, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_commitAndPush);
    buttons->addWidget(m_commit);
    buttons->addWidget(m_close);
    m_commit->setDefault(true);

    const QString workTree = QFileInfo(repository->workDir()).canonicalFilePath();
    const QString project = QFileInfo(projectFolder).canonicalFilePath();
    m_repositoryNotice->setWordWrap(true);
    m_repositoryNotice->setObjectName(QStringLiteral("repositoryNotice"));
    m_repositoryNotice->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3d2f00; padding: 6px; border-radius: 3px;"));
    m_repositoryNotice->setText(
        tr("This project is not a repository of its own: the commit goes to the repository at "
           "%1, which also holds other files. Only the files you tick are committed.")
            .arg(QDir::toNativeSeparators(workTree)));
    m_repositoryNotice->setVisible(!workTree.isEmpty() && workTree != project);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_repositoryNotice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_trustPanel);
    layout->addLayout(pushRow);
    layout->addLayout(buttons);

    connect(m_files, &QTreeWidget::itemChanged, this, &CommitDialog::onFileChanged);
    connect(m_message, &QPlainTextEdit::textChanged, this, &CommitDialog::updateButtons);
    connect(m_commit, &QPushButton::clicked, this, [this] { startGate(false); });
    connect(m_commitAndPush, &QPushButton::clicked, this, [this] { startGate(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelFlag = true;
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<CommitGate::Result>::finished, this,
            &CommitDialog::onFinished);
    connect(m_trustPanel, &HostTrustPanel::trustRequested, this, &CommitDialog::trustHostAndRetry);

    for (const QString &remote : repository->remotes()) {
        m_remote->addItem(remote);
        m_remote->setItemData(m_remote->count() - 1, repository->remoteUrl(remote),
                              Qt::ToolTipRole);
    }
    const auto showKey = [this] {
        m_keyField->setRemoteUrl(m_remote->currentData(Qt::ToolTipRole).toString());
        updateButtons();
    };
    connect(m_remote, &QComboBox::currentIndexChanged, this, showKey);
    m_keyField->setRemoteUrl(m_remote->currentData(Qt::ToolTipRole).toString());
    resetSteps(false);
    refresh();
}

CommitDialog::~CommitDialog()
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void CommitDialog::setKnownHostsFile(const QString &path)
{
    m_trustPanel->setKnownHostsFile(path);
}

QString CommitDialog::knownHostsFile() const
{
    return m_trustPanel->knownHostsFile();
}

const std::optional<HostKey> &CommitDialog::untrustedHost() const
{
    return m_trustPanel->host();
}

bool CommitDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void CommitDialog::refresh()
{
    m_refreshing = true;
    m_files->clear();
    QString error;
    for (const FileStatus &status : m_repository->status(&error)) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(FileStatusColumn, status.shortCode());
        item->setText(FilePathColumn, status.path);
        item->setText(FileMeaningColumn, meaningOf(status));
        item->setData(FilePathColumn, Qt::UserRole, status.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Staged with more changes beside: partly ticked, like a half-staged file.
        item->setCheckState(FilePathColumn,
                            !status.isStaged()                ? Qt::Unchecked
                                : status.hasUnstagedChanges() ? Qt::PartiallyChecked
                                                              : Qt::Checked);
        item->setFont(FileStatusColumn, QFont(QStringLiteral("monospace")));
    }
    m_files->resizeColumnToContents(FileStatusColumn);
    m_refreshing = false;
    if (!error.isEmpty())
        m_status->setText(error);
    showChanges(m_repository->stagedChanges());
    updateButtons();
}

void CommitDialog::onFileChanged(QTreeWidgetItem *item, int column)
{
    if (m_refreshing || column != FilePathColumn || isRunning())
        return;
    const QString path = item->data(FilePathColumn, Qt::UserRole).toString();
    QString error;
    const bool ok = item->checkState(FilePathColumn) == Qt::Unchecked
        ? m_repository->unstage({ path }, &error)
        : m_repository->stage({ path }, &error);
    if (!ok)
        m_status->setText(error);
    // Re-read at once: the tick state must say what the index holds.
    QMetaObject::invokeMethod(this, &CommitDialog::refresh, Qt::QueuedConnection);
}

void CommitDialog::showChanges(const QList<CommitFileChange> &changes)
{
    m_changes->clear();
    for (const CommitFileChange &change : changes) {
        const QStringList lines = change.describe();
        for (int i = 0; i < lines.size(); ++i) {
            auto *item = new QListWidgetItem(lines.at(i), m_changes);
            if (i == 0) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
    }
    if (changes.isEmpty())
        m_changes->addItem(tr("Nothing staged yet: tick the files to commit."));
}

void CommitDialog::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !running && !m_message->toPlainText().trimmed().isEmpty();
    m_commit->setEnabled(ready);
    m_commitAndPush->setEnabled(ready && m_remote->count() > 0);
    m_remote->setEnabled(!running && m_remote->count() > 0);
    m_keyField->setEnabled(!running && SshKeyField::isSshUrl(m_keyField->remoteUrl()));
    m_trustPanel->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_files->setEnabled(!running);
    m_message->setReadOnly(running);
}

void CommitDialog::resetSteps(bool push)
{
    m_steps->clear();
    QList<GateStep::Id> ids = { GateStep::Validate,   GateStep::Export, GateStep::Test,
                                GateStep::SecretScan, GateStep::Diff,   GateStep::Commit };
    if (push)
        ids << GateStep::Push;
    for (const GateStep::Id id : ids) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepTitleColumn, GateStep::title(id));
        item->setText(StepStateColumn, stateMark(GateStep::Pending));
        item->setData(StepStateColumn, Qt::UserRole, int(GateStep::Pending));
        item->setData(StepTitleColumn, Qt::UserRole, int(id));
    }
    m_steps->resizeColumnToContents(StepTitleColumn);
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
}

void CommitDialog::startGate(bool push)
{
    if (isRunning() || !IdentityDialog::ensureIdentity(m_repository, this))
        return;
    CommitGate::Options options = m_options;
    options.message = m_message->toPlainText();
    options.pushRemote = push ? m_remote->currentText() : QString();
    options.remote = remoteOptions();
    options.cancel = &m_cancelFlag;
    m_cancelFlag = false;
    m_pushOnly = false;
    m_pushRemote = options.pushRemote;
    m_trustPanel->clear();
    resetSteps(push);
    m_status->setText(tr("Running the commit gate…"));

    Repository *repository = m_repository;
    const QString folder = m_folder;
    m_watcher.setFuture(QtConcurrent::run([this, repository, folder, options] {
        CommitGate gate(repository, folder);
        gate.setStepCallback([this](const GateStep &step) {
            QMetaObject::invokeMethod(
                this, [this, step] { onStep(step); }, Qt::QueuedConnection);
        });
        return gate.run(options);
    }));
    updateButtons();
}

RemoteOptions CommitDialog::remoteOptions()
{
    RemoteOptions options;
    options.credentials = m_credentials;
    options.cancel = &m_cancelFlag;
    options.knownHostsFile = m_trustPanel->knownHostsFile();
    options.sshKeyFile = m_keyField->keyFile();
    options.passphrase = m_prompt->callback(&m_cancelFlag);
    // Filled on the worker thread, read once the job has finished.
    m_refusedBy = std::make_shared<std::optional<HostKey>>();
    options.untrustedHost = [refusedBy = m_refusedBy](const HostKey &key) {
        *refusedBy = key;
    };
    options.progress = [this](const TransferProgress &progress) {
        QMetaObject::invokeMethod(
            this,
            [this, progress] {
                m_status->setText(
                    progress.total > 0
                        ? tr("Pushing: %1 of %2 objects").arg(progress.current).arg(progress.total)
                        : tr("Pushing…"));
            },
            Qt::QueuedConnection);
    };
    return options;
}

bool CommitDialog::trustHostAndRetry()
{
    if (!m_trustPanel->host() || isRunning() || !m_result.committed || m_pushRemote.isEmpty())
        return false;
    QString error;
    if (!m_trustPanel->trustHost(&error)) {
        m_status->setText(error);
        return false;
    }
    startPush();
    return true;
}

void CommitDialog::startPush()
{
    const QString remote = m_pushRemote;
    const RemoteOptions options = remoteOptions();
    m_cancelFlag = false;
    m_pushOnly = true;
    onStep(GateStep { GateStep::Push, GateStep::Running, tr("pushing to %1…").arg(remote), {} });
    m_status->setText(tr("Pushing to %1…").arg(remote));
    Repository *repository = m_repository;
    m_watcher.setFuture(QtConcurrent::run([repository, remote, options, result = m_result] {
        CommitGate::Result retried = result;
        QString error;
        retried.pushed = repository->push(remote, options, &error);
        for (GateStep &step : retried.steps) {
            if (step.id != GateStep::Push)
                continue;
            step.state = retried.pushed ? GateStep::Passed : GateStep::Failed;
            step.summary = retried.pushed
                ? tr("pushed %1 to %2").arg(repository->currentBranch(), remote)
                : tr("%1 — the local commit is kept").arg(error);
            step.details.clear();
        }
        return retried;
    }));
    updateButtons();
}

void CommitDialog::finishPush()
{
    m_pushOnly = false;
    for (const GateStep &step : std::as_const(m_result.steps))
        onStep(step);
    m_progress->setValue(m_progress->maximum());
    const QString summary = m_result.steps.isEmpty() ? QString() : m_result.steps.last().summary;
    m_status->setText(m_result.pushed
                          ? tr("Pushed %1 to %2.").arg(m_result.commitId.left(7), m_pushRemote)
                          : tr("The push failed again; the local commit %1 is kept.")
                                .arg(m_result.commitId.left(7)));
    if (!m_result.pushed && m_refusedBy)
        m_trustPanel->offer(*m_refusedBy);
    updateButtons();
    emit pushFinished(m_result.pushed, summary);
}

void CommitDialog::onStep(const GateStep &step)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(StepTitleColumn, Qt::UserRole).toInt() != step.id)
            continue;
        item->setText(StepStateColumn,
                      stateMark(step.state) + u' ' + GateStep::stateName(step.state));
        item->setForeground(StepStateColumn, stateColor(step.state));
        item->setText(StepSummaryColumn, step.summary);
        item->setToolTip(StepSummaryColumn, step.summary);
        qDeleteAll(item->takeChildren());
        for (const QString &detail : step.details) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(StepTitleColumn, detail);
            child->setFirstColumnSpanned(true);
            child->setToolTip(StepTitleColumn, detail);
        }
        item->setExpanded(step.state == GateStep::Failed);
        item->setData(StepStateColumn, Qt::UserRole, int(step.state));
    }
    int done = 0;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const int state = m_steps->topLevelItem(i)->data(StepStateColumn, Qt::UserRole).toInt();
        if (state != GateStep::Pending && state != GateStep::Running)
            ++done;
    }
    m_progress->setValue(done);
}

void CommitDialog::onFinished()
{
    m_result = m_watcher.result();
    if (m_pushOnly) {
        finishPush();
        return;
    }
    // Queued step updates may still be on their way; they are applied before this returns.
    for (const GateStep &step : std::as_const(m_result.steps))
        onStep(step);
    m_progress->setValue(m_progress->maximum());
    if (m_result.committed) {
        const bool pushFailed = !m_result.pushed && m_result.steps.last().id == GateStep::Push;
        m_status->setText(pushFailed
                              ? tr("Committed %1; the push failed, the local commit is kept.")
                                    .arg(m_result.commitId.left(7))
                              : tr("Committed %1.").arg(m_result.commitId.left(7)));
        m_message->clear();
    } else if (m_result.cancelled) {
        m_status->setText(tr("Cancelled: nothing was committed."));
    } else {
        m_status->setText(tr("Not committed: see the failed steps."));
    }
    const bool pushTried = !m_result.steps.isEmpty() && m_result.steps.last().id == GateStep::Push
        && m_result.steps.last().state != GateStep::Skipped;
    if (pushTried && !m_result.pushed && m_refusedBy && m_trustPanel->offer(*m_refusedBy))
        m_status->setText(tr("Committed %1 and kept it: an unknown host refused the push "
                             "(its fingerprint is above).")
                              .arg(m_result.commitId.left(7)));
    refresh();
    if (!m_result.changes.isEmpty())
        showChanges(m_result.changes);
    if (m_result.committed)
        emit committed(m_result.commitId);
    if (pushTried)
        emit pushFinished(m_result.pushed, m_result.steps.last().summary);
    emit gateFinished(m_result.committed);
}

} // namespace Flowsmith
