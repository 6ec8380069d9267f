#include "editors/export/exportdialog.h"

#include "editors/export/textdiff.h"
#include "model/export/flowformats.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

enum FileColumn { PathColumn, StatusColumn };
enum ReportColumn { SeverityColumn, NodeColumn, WhereColumn, MessageColumn };

} // namespace

ExportDialog::ExportDialog(const QString &projectFolder, QWidget *parent)
    : QDialog(parent)
    , m_projectFolder(projectFolder)
{
    setWindowTitle(tr("Export"));
    resize(1100, 720);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetBox"));
    for (FlowFormat *format : FlowFormats::instance().formats())
        if (format->capabilities().testFlag(FlowFormat::Write))
            m_target->addItem(format->name(), format->id());
    m_output = new QLineEdit(QDir(projectFolder).filePath(QStringLiteral("dist")), this);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    auto *outputLabel = new QLabel(tr("&Output folder:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setHeaderLabels({ tr("File"), tr("Compared with the folder") });
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *files = new QSplitter(Qt::Horizontal, this);
    files->addWidget(m_files);
    files->addWidget(m_view);
    files->setStretchFactor(0, 2);
    files->setStretchFactor(1, 3);

    m_report = new QTreeWidget(this);
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setHeaderLabels({ tr("Severity"), tr("Node"), tr("Where"), tr("Problem") });
    m_report->setRootIsDecorated(false);
    m_report->header()->setStretchLastSection(true);
    auto *reportBox = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(new QLabel(tr("Portability report"), reportBox));
    reportLayout->addWidget(m_report);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(files);
    split->addWidget(reportBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(220);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_export);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_output, &QLineEdit::editingFinished, this, &ExportDialog::refresh);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_output->text());
        if (!folder.isEmpty())
            setOutputFolder(folder);
    });
    connect(m_files, &QTreeWidget::currentItemChanged, this, &ExportDialog::showFile);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportFiles);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ExportPreview>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<ExportPreview>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ExportPreview>::progressTextChanged, this,
            [this](const QString &text) { setStatus(text); });
    connect(&m_watcher, &QFutureWatcher<ExportPreview>::finished, this,
            &ExportDialog::previewFinished);

    refresh();
}

ExportDialog::~ExportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString ExportDialog::target() const
{
    return m_target->currentData().toString();
}

void ExportDialog::setTarget(const QString &formatId)
{
    const int index = m_target->findData(formatId);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

QString ExportDialog::outputFolder() const
{
    return m_output->text();
}

void ExportDialog::setOutputFolder(const QString &folder)
{
    m_output->setText(folder);
    refresh();
}

bool ExportDialog::isBusy() const
{
    return m_watcher.isRunning() || m_refreshPending;
}

void ExportDialog::refresh()
{
    // One preview at a time: a running one is cancelled and this one starts when it ends.
    if (m_watcher.isRunning()) {
        m_refreshPending = true;
        m_watcher.cancel();
        return;
    }
    m_refreshPending = false;
    m_preview = {};
    m_files->clear();
    m_report->clear();
    m_view->clear();
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_watcher.setFuture(ExportJob::start(m_projectFolder, target(), outputFolder()));
}

void ExportDialog::cancel()
{
    m_refreshPending = false;
    m_watcher.cancel();
}

void ExportDialog::previewFinished()
{
    m_cancel->setEnabled(false);
    if (m_refreshPending) {
        refresh();
        return;
    }
    const QFuture<ExportPreview> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_progress->setValue(0);
        setStatus(tr("Cancelled: nothing was generated."));
        return;
    }
    m_preview = future.result();
    int changed = 0;
    for (const ExportPreviewFile &file : std::as_const(m_preview.files)) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(PathColumn, file.relativePath);
        switch (file.status) {
        case ExportPreviewFile::New:
            item->setText(StatusColumn, tr("new"));
            ++changed;
            break;
        case ExportPreviewFile::Changed:
            item->setText(StatusColumn, tr("changed"));
            ++changed;
            break;
        case ExportPreviewFile::Unchanged:
            item->setText(StatusColumn, tr("unchanged"));
            item->setForeground(PathColumn, palette().brush(QPalette::Disabled, QPalette::Text));
            break;
        }
    }
    m_files->resizeColumnToContents(StatusColumn);
    showProblems();
    if (m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(0));
    const bool errors = m_preview.hasErrors();
    m_export->setEnabled(!errors && changed > 0);
    if (errors)
        setStatus(tr("The export has errors (see the report); nothing can be written."), true);
    else
        setStatus(m_note + tr("%n file(s) to write", nullptr, changed)
                  + (changed < m_preview.files.size()
                         ? tr(", %n unchanged", nullptr, int(m_preview.files.size()) - changed)
                         : QString()));
    m_note.clear();
    emit previewReady();
}

void ExportDialog::showProblems()
{
    for (const ExportProblem &problem : std::as_const(m_preview.problems)) {
        auto *item = new QTreeWidgetItem(m_report);
        const bool error = problem.severity == ExportProblem::Error;
        item->setIcon(SeverityColumn,
                      style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        item->setText(SeverityColumn, error ? tr("Error") : tr("Warning"));
        item->setText(NodeColumn, problem.nodeId);
        item->setText(WhereColumn,
                      problem.position.line > 0
                          ? QStringLiteral("%1:%2").arg(problem.file).arg(problem.position.line)
                          : problem.file);
        item->setText(MessageColumn, problem.message);
        item->setToolTip(MessageColumn, problem.toString());
    }
    for (int column = SeverityColumn; column < MessageColumn; ++column)
        m_report->resizeColumnToContents(column);
    if (m_preview.problems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_report);
        item->setText(MessageColumn, tr("Every node exports to this target as it is."));
    }
}

void ExportDialog::showFile()
{
    const QTreeWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_view->clear();
        return;
    }
    const QString path = item->text(PathColumn);
    for (const ExportPreviewFile &file : std::as_const(m_preview.files)) {
        if (file.relativePath != path)
            continue;
        if (file.status == ExportPreviewFile::Changed)
            m_view->setPlainText(
                QStringLiteral("--- %1 (in the folder)\n+++ %1 (export)\n").arg(path)
                + TextDiff::unified(QString::fromUtf8(file.current),
                                    QString::fromUtf8(file.contents)));
        else
            m_view->setPlainText(QString::fromUtf8(file.contents));
        return;
    }
}

bool ExportDialog::exportFiles()
{
    if (isBusy())
        return false;
    const QString error = ExportJob::write(m_preview);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return false;
    }
    QStringList written;
    for (const ExportPreviewFile &file : std::as_const(m_preview.files))
        if (file.status != ExportPreviewFile::Unchanged)
            written.append(file.relativePath);
    m_note = tr("Wrote %n file(s) to %1. ", nullptr, int(written.size()))
                 .arg(QDir::toNativeSeparators(outputFolder()));
    emit exported(written);
    refresh();
    return true;
}

void ExportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                  : QString());
}

} // namespace Flowsmith
