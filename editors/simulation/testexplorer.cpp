#include "editors/simulation/testexplorer.h"

#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "model/data/jsondiff.h"
#include "model/data/jsonvariant.h"
#include "model/documents/flowdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Flowsmith {

namespace {

constexpr int IndexRole = Qt::UserRole + 1; // index into m_results; -1 for a suite

const QColor Passed(0x1a, 0x7f, 0x37);
const QColor Failed(0xc0, 0x20, 0x20);

QList<TestExplorer::CaseResult> runSuites(const QString &folder, const QList<ProjectFile> &files,
                                          std::shared_ptr<std::atomic<bool>> cancel)
{
    QList<TestExplorer::CaseResult> results;
    const Sim::FlowTestRunner runner(folder);
    for (const ProjectFile &file : files) {
        if (*cancel)
            break;
        FileError error;
        const auto suite = TestSuite::load(QDir(folder).filePath(file.relativePath), &error);
        if (!suite) {
            TestExplorer::CaseResult broken;
            broken.result.suite = file.id;
            broken.result.suiteFile = file.relativePath;
            broken.result.name = QCoreApplication::translate("Flowsmith::TestExplorer",
                                                             "(the file does not load)");
            broken.result.error = error.toString();
            results.append(broken);
            continue;
        }
        const Sim::FlowTestSuite simSuite
            = Sim::FlowTestSuite::fromModel(*suite, file.relativePath);
        for (Sim::FlowTestResult &result : runner.run(simSuite))
            results.append(TestExplorer::CaseResult { simSuite.flow, std::move(result) });
    }
    return results;
}

} // namespace

TestExplorer::TestExplorer(QWidget *parent)
    : QWidget(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_runButton(new QPushButton(tr("Run all tests")))
    , m_traceButton(new QPushButton(tr("Open trace")))
    , m_summary(new QLabel)
    , m_tree(new QTreeWidget)
    , m_details(new QPlainTextEdit)
    , m_diffTree(new QTreeWidget)
{
    setObjectName(QStringLiteral("testExplorer"));
    m_runButton->setObjectName(QStringLiteral("runTestsButton"));
    m_traceButton->setObjectName(QStringLiteral("openTraceButton"));
    m_traceButton->setToolTip(tr("Show the failing case's run in the simulation panel"));
    m_traceButton->setEnabled(false);
    m_tree->setObjectName(QStringLiteral("testTree"));
    m_tree->setHeaderLabels({ tr("Test"), tr("Result") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffTree->setObjectName(QStringLiteral("testDiffTree"));
    m_diffTree->setHeaderLabels({ tr("Sink / path"), tr("Expected"), tr("Actual") });
    m_diffTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_traceButton);
    buttons->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->addWidget(m_diffTree);
    splitter->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            runAll();
    });
    connect(m_traceButton, &QPushButton::clicked, this, &TestExplorer::openTrace);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { caseSelected(item); });
    connect(&m_watcher, &QFutureWatcher<QList<CaseResult>>::finished, this,
            &TestExplorer::finished);
}

TestExplorer::~TestExplorer()
{
    *m_cancel = true;
    m_watcher.waitForFinished();
}

void TestExplorer::setProject(const Project *project)
{
    cancel();
    m_watcher.waitForFinished();
    m_project = project;
    m_results.clear();
    m_tree->clear();
    m_details->clear();
    m_diffTree->clear();
    m_summary->clear();
    m_runButton->setEnabled(m_project);
    emitOverlay();
}

void TestExplorer::setFlowDocument(FlowDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &FlowDocument::nodeAdded, this, &TestExplorer::emitOverlay);
        connect(m_document, &FlowDocument::nodeRemoved, this, &TestExplorer::emitOverlay);
        connect(m_document, &FlowDocument::edgeAdded, this, &TestExplorer::emitOverlay);
        connect(m_document, &FlowDocument::edgeRemoved, this, &TestExplorer::emitOverlay);
    }
    emitOverlay();
}

void TestExplorer::emitOverlay()
{
    emit overlayChanged(m_document ? coverageOverlay(m_document->flow()) : CanvasOverlay {});
}

bool TestExplorer::isRunning() const
{
    return m_watcher.isRunning();
}

void TestExplorer::runAll()
{
    if (!m_project || isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_summary->setText(tr("Running…"));
    m_runButton->setText(tr("Cancel"));
    m_watcher.setFuture(QtConcurrent::run(runSuites, m_project->folder(),
                                          m_project->files(ProjectFileKind::TestSuite), m_cancel));
}

void TestExplorer::cancel()
{
    *m_cancel = true;
}

void TestExplorer::finished()
{
    m_runButton->setText(tr("Run all tests"));
    const bool cancelled = *m_cancel;
    m_results = m_watcher.result();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> suites;
    int passed = 0;
    int failed = 0;
    for (int i = 0; i < m_results.size(); ++i) {
        const Sim::FlowTestResult &result = m_results[i].result;
        QTreeWidgetItem *&suite = suites[result.suiteFile];
        if (!suite) {
            suite = new QTreeWidgetItem(m_tree, { result.suiteFile });
            suite->setData(0, IndexRole, -1);
            suite->setExpanded(true);
        }
        const bool ok = result.passed && result.error.isEmpty();
        auto *item = new QTreeWidgetItem(suite, { result.name, ok ? tr("passed") : tr("FAILED") });
        item->setData(0, IndexRole, i);
        item->setForeground(1, ok ? Passed : Failed);
        (ok ? passed : failed)++;
        if (!ok) {
            suite->setText(1, tr("FAILED"));
            suite->setForeground(1, Failed);
        }
    }
    for (QTreeWidgetItem *suite : std::as_const(suites))
        if (suite->text(1).isEmpty()) {
            suite->setText(1, tr("passed"));
            suite->setForeground(1, Passed);
        }
    m_summary->setText((cancelled ? tr("Cancelled: ") : QString())
                       + tr("%1 passed, %2 failed").arg(passed).arg(failed));
    m_summary->setStyleSheet(failed ? QStringLiteral("color: #c02020")
                                    : QStringLiteral("color: #1a7f37"));
    emitOverlay();
    emit runFinished(passed, failed);
}

void TestExplorer::caseSelected(QTreeWidgetItem *item)
{
    m_details->clear();
    m_diffTree->clear();
    const int index = item ? item->data(0, IndexRole).toInt() : -1;
    if (!item || index < 0 || index >= m_results.size()) {
        m_traceButton->setEnabled(false);
        return;
    }
    const Sim::FlowTestResult &result = m_results[index].result;
    QStringList lines;
    lines << tr("%1 — %2: %3")
                 .arg(result.suiteFile, result.name,
                      result.passed && result.error.isEmpty() ? tr("passed") : tr("failed"));
    if (!result.error.isEmpty())
        lines << result.error;
    lines << result.failures;
    if (!result.uncaught.isEmpty())
        lines << tr("Uncaught failures:") << result.uncaught;
    m_details->setPlainText(lines.join(u'\n'));

    for (const Sim::SinkComparison &sink : result.sinks) {
        auto *group = new QTreeWidgetItem(m_diffTree, { sink.sink });
        if (sink.expected.is_null()) {
            group->setText(2, tr("%n message(s)", nullptr, int(sink.actual.size())));
            continue;
        }
        const QList<JsonChange> changes = diffJson(sink.expected, sink.actual);
        group->setText(1,
                       changes.isEmpty() ? tr("as expected")
                                         : tr("%n difference(s)", nullptr, int(changes.size())));
        group->setForeground(1, changes.isEmpty() ? Passed : Failed);
        for (const JsonChange &change : changes) {
            auto *line = new QTreeWidgetItem(group, { change.path });
            if (change.kind != JsonChange::Kind::Added)
                line->setText(1, QString::fromUtf8(toCompactBytes(change.before)));
            else
                line->setText(1, tr("(nothing)"));
            if (change.kind != JsonChange::Kind::Removed)
                line->setText(2, QString::fromUtf8(toCompactBytes(change.after)));
            else
                line->setText(2, tr("(nothing)"));
            line->setForeground(0, Failed);
        }
        group->setExpanded(true);
    }
    m_traceButton->setEnabled(!result.trace.empty());
}

bool TestExplorer::selectCase(const QString &suite, const QString &name)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *suiteItem = m_tree->topLevelItem(s);
        for (int c = 0; c < suiteItem->childCount(); ++c) {
            QTreeWidgetItem *item = suiteItem->child(c);
            const int index = item->data(0, IndexRole).toInt();
            if (index >= 0 && m_results[index].result.name == name
                && (m_results[index].result.suite == suite
                    || m_results[index].result.suiteFile == suite)) {
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

void TestExplorer::openTrace()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, IndexRole).toInt() : -1;
    if (index < 0 || index >= m_results.size() || m_results[index].result.trace.empty())
        return;
    const CaseResult &entry = m_results[index];
    emit traceRequested(
        tr("Trace of the failing case '%1' (%2)").arg(entry.result.name, entry.result.suiteFile),
        entry.flow, entry.result.trace);
}

CanvasOverlay TestExplorer::coverageOverlay(const Flow &flow) const
{
    CanvasOverlay overlay;
    int total = 0;
    QHash<QString, int> nodes;
    QHash<QString, int> edges;
    for (const CaseResult &entry : m_results) {
        if (entry.flow != flow.id || !entry.result.error.isEmpty())
            continue;
        ++total;
        for (const QString &node : entry.result.coveredNodes)
            ++nodes[node];
        for (const QString &edge : entry.result.coveredEdges)
            ++edges[edge];
    }
    if (total == 0)
        return overlay;
    // Heat from red (no case reaches it) through amber to green (every case does).
    auto heat = [total](int count) {
        QColor colour = QColor::fromHsvF(0.33f * float(count) / float(total), 0.75f, 0.85f);
        colour.setAlphaF(0.35f);
        return colour;
    };
    auto badge = [total](int count) {
        return QStringLiteral("%1/%2").arg(count).arg(total);
    };
    for (const FlowNode &node : flow.nodes) {
        const int count = nodes.value(node.id);
        overlay.nodeTint.insert(node.id, heat(count));
        overlay.nodeBadge.insert(node.id, badge(count));
    }
    for (const FlowEdge &edge : flow.edges) {
        const QString key = edge.from.toString() + QStringLiteral("->") + edge.to.toString();
        const int count = edges.value(key);
        overlay.edgeTint.insert(key, heat(count));
        overlay.edgeLabel.insert(key, badge(count));
    }
    return overlay;
}

} // namespace Flowsmith
