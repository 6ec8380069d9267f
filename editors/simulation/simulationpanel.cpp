#include "editors/simulation/simulationpanel.h"

#include "simulator/samplefit.h"

#include "editors/simulation/hoplistmodel.h"
#include "editors/simulation/latencychart.h"
#include "editors/simulation/messageinspector.h"
#include "editors/simulation/savetestcasedialog.h"
#include "editors/simulation/simulationworker.h"
#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "model/documents/flowdocument.h"
#include "model/documents/nodepropertycommands.h"
#include "simulator/samplefit.h"
#include "simulator/testing/testrecorder.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString edgeKey(const FlowEdge &edge)
{
    return edge.from.toString() + QStringLiteral("->") + edge.to.toString();
}

} // namespace

SimulationPanel::SimulationPanel(QWidget *parent)
    : QWidget(parent)
    , m_hops(new HopListModel(this))
    , m_inspector(new MessageInspector)
{
    setObjectName(QStringLiteral("simulationPanel"));
    qRegisterMetaType<Flowsmith::SimulationSnapshotPtr>();
    buildUi();
    connect(m_inspector, &MessageInspector::rerunRequested, this, &SimulationPanel::rerunFrom);
    refreshChoices();
    updateButtons();
}

SimulationPanel::~SimulationPanel()
{
    if (m_worker)
        m_worker->requestCancel();
    m_thread.quit();
    m_thread.wait();
    // The inspector may sit in another dock; it is ours either way.
    if (!m_inspector->parent())
        delete m_inspector;
}

void SimulationPanel::buildUi()
{
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setToolTip(tr("The source node the sample messages are fed to"));
    m_sampleCombo = new QComboBox;
    m_sampleCombo->setObjectName(QStringLiteral("sampleCombo"));
    m_sampleCombo->setToolTip(tr("A sample file of the project (samples/)"));
    m_seedSpin = new QSpinBox;
    m_seedSpin->setRange(0, 1'000'000'000);
    m_seedSpin->setToolTip(tr("Seed of the random generator that draws injected faults: the "
                              "same seed gives the same run"));

    auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_runButton = button(tr("Run"), "runButton", tr("Run the flow on the sample from the start"));
    m_pauseButton = button(tr("Pause"), "pauseButton", tr("Pause the running flow"));
    m_stepButton = button(tr("Step"), "stepButton", tr("Run one hop (starts a run if none)"));
    m_continueButton
        = button(tr("Continue"), "continueButton", tr("Run to the next breakpoint or the end"));
    m_stopButton = button(tr("Stop"), "stopButton", tr("Stop the run"));
    m_saveTestButton = button(tr("Save as Test Case…"), "saveTestCaseButton",
                              tr("Write this run's inputs, mocks and sink records as a test case "
                                 "of the flow"));
    connect(m_saveTestButton, &QPushButton::clicked, this, &SimulationPanel::saveAsTestCase);
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_pauseButton, &QPushButton::clicked, this, &SimulationPanel::pause);
    connect(m_stepButton, &QPushButton::clicked, this, &SimulationPanel::step);
    connect(m_continueButton, &QPushButton::clicked, this, &SimulationPanel::resume);
    connect(m_stopButton, &QPushButton::clicked, this, &SimulationPanel::stop);

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Source")));
    choose->addWidget(m_sourceCombo, 1);
    choose->addWidget(new QLabel(tr("Sample")));
    choose->addWidget(m_sampleCombo, 2);
    choose->addWidget(new QLabel(tr("Seed")));
    choose->addWidget(m_seedSpin);
    auto *controls = new QHBoxLayout;
    for (QPushButton *b : { m_runButton, m_pauseButton, m_stepButton, m_continueButton,
                            m_stopButton, m_saveTestButton })
        controls->addWidget(b);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    controls->addWidget(m_progress, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    // Hops
    m_hopView = new QTableView;
    m_hopView->setObjectName(QStringLiteral("hopView"));
    m_hopView->setModel(m_hops);
    m_hopView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hopView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hopView->verticalHeader()->hide();
    m_hopView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_hopView->horizontalHeader()->setStretchLastSection(true);
    m_hopView->setAlternatingRowColors(true);
    connect(m_hopView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { hopSelected(current.row()); });

    // Breakpoints
    auto *breakpoints = new QWidget;
    m_breakpointNode = new QComboBox;
    m_breakpointNode->setObjectName(QStringLiteral("breakpointNode"));
    m_breakpointCondition = new QLineEdit;
    m_breakpointCondition->setObjectName(QStringLiteral("breakpointCondition"));
    m_breakpointCondition->setPlaceholderText(tr("optional JSONata condition, e.g. total > 100"));
    auto *add = button(tr("Add"), "addBreakpointButton", tr("Add a breakpoint on the node"));
    auto *remove
        = button(tr("Remove"), "removeBreakpointButton", tr("Remove the selected breakpoint"));
    m_breakpointTable = new QTableWidget(0, 2);
    m_breakpointTable->setObjectName(QStringLiteral("breakpointTable"));
    m_breakpointTable->setHorizontalHeaderLabels({ tr("Node"), tr("Condition") });
    m_breakpointTable->horizontalHeader()->setStretchLastSection(true);
    m_breakpointTable->verticalHeader()->hide();
    m_breakpointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakpointErrors = new QLabel;
    m_breakpointErrors->setStyleSheet(QStringLiteral("color: #c02020"));
    m_breakpointErrors->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, [this] {
        addBreakpoint(m_breakpointNode->currentData().toString(), m_breakpointCondition->text());
        m_breakpointCondition->clear();
    });
    connect(m_breakpointCondition, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeBreakpoint(m_breakpointTable->currentRow()); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_breakpointNode);
    addRow->addWidget(m_breakpointCondition, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *breakpointLayout = new QVBoxLayout(breakpoints);
    breakpointLayout->addLayout(addRow);
    breakpointLayout->addWidget(m_breakpointTable, 1);
    breakpointLayout->addWidget(m_breakpointErrors);

    // Statistics
    auto *statistics = new QWidget;
    m_statsTable = new QTableWidget(0, 6);
    m_statsTable->setObjectName(QStringLiteral("statisticsTable"));
    m_statsTable->setHorizontalHeaderLabels(
        { tr("Node"), tr("Messages"), tr("Errors"), tr("p50 ms"), tr("p95 ms"), tr("p99 ms") });
    m_statsTable->verticalHeader()->hide();
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chart = new LatencyChart;
    m_sloLabel = new QLabel;
    m_sloLabel->setObjectName(QStringLiteral("sloLabel"));
    m_sloLabel->setWordWrap(true);
    auto *statsSplitter = new QSplitter(Qt::Horizontal);
    statsSplitter->addWidget(m_statsTable);
    statsSplitter->addWidget(m_chart);
    auto *statsLayout = new QVBoxLayout(statistics);
    statsLayout->addWidget(statsSplitter, 1);
    statsLayout->addWidget(m_sloLabel);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_hopView, tr("Hops"));
    m_tabs->addTab(breakpoints, tr("Breakpoints"));
    m_tabs->addTab(statistics, tr("Statistics"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
}

void SimulationPanel::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = new SimulationWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SimulationWorker::snapshotReady, this, &SimulationPanel::applySnapshot);
    connect(m_worker, &SimulationWorker::breakpointErrors, this,
            [this](const QStringList &errors) { m_breakpointErrors->setText(errors.join(u'\n')); });
    m_thread.setObjectName(QStringLiteral("simulation"));
    m_thread.start();
}

void SimulationPanel::setProject(const Project *project)
{
    m_project = project;
    refreshChoices();
}

void SimulationPanel::setFlowDocument(FlowDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    stop();
    m_document = document;
    if (m_document) {
        connect(m_document, &FlowDocument::nodeAdded, this, &SimulationPanel::refreshChoices);
        connect(m_document, &FlowDocument::nodeRemoved, this, &SimulationPanel::refreshChoices);
        connect(m_document, &FlowDocument::nodeIdChanged, this, &SimulationPanel::refreshChoices);
    }
    m_hops->clear();
    m_inspector->clear();
    m_recorded.reset();
    m_overlay = {};
    emit overlayChanged(m_overlay);
    setState(State::Idle);
    refreshChoices();
}

QString SimulationPanel::projectFolder() const
{
    return m_project ? m_project->folder() : QString();
}

void SimulationPanel::refreshChoices()
{
    const QString source = m_sourceCombo->currentData().toString();
    const QString sample = m_sampleCombo->currentData().toString();
    const QString breakpointNode = m_breakpointNode->currentData().toString();
    m_sourceCombo->clear();
    m_breakpointNode->clear();
    if (m_document) {
        for (const FlowNode &node : m_document->flow().nodes) {
            const QString label
                = node.name.isEmpty() ? node.id : tr("%1 (%2)").arg(node.displayName(), node.id);
            if (node.type.startsWith(QLatin1String("source.")))
                m_sourceCombo->addItem(label, node.id);
            m_breakpointNode->addItem(label, node.id);
        }
    }
    m_sampleCombo->clear();
    // The samples that fit the flow's source schema first, the others with their mismatch
    // count, so the order flow proposes orders, not contacts (issue 15 item 5).
    const Sim::SampleFitter fitter(projectFolder());
    const QString schema
        = m_document && m_project ? fitter.schemaOf(m_document->flow()) : QString();
    QString rankError;
    const QList<Sim::SampleFit> fits
        = schema.isEmpty() ? QList<Sim::SampleFit>() : fitter.rank(schema, &rankError);
    if (!fits.isEmpty() && rankError.isEmpty()) {
        for (const Sim::SampleFit &fit : fits) {
            m_sampleCombo->addItem(fit.mismatches == 0 && fit.error.isEmpty() ? fit.sample
                                                                              : fit.describe(),
                                   fit.sample);
            m_sampleCombo->setItemData(m_sampleCombo->count() - 1, fit.describe(), Qt::ToolTipRole);
        }
    } else if (m_project) {
        for (const ProjectFile &file : m_project->files(ProjectFileKind::Sample))
            m_sampleCombo->addItem(file.relativePath, file.relativePath);
    }
    if (int i = m_sourceCombo->findData(source); i >= 0)
        m_sourceCombo->setCurrentIndex(i);
    // A new schema (another flow, or the project just opened) proposes its best sample; the
    // same schema keeps what the user chose.
    if (int i = m_sampleCombo->findData(sample); i >= 0 && schema == m_rankedSchema)
        m_sampleCombo->setCurrentIndex(i);
    m_rankedSchema = schema;
    if (int i = m_breakpointNode->findData(breakpointNode); i >= 0)
        m_breakpointNode->setCurrentIndex(i);
    updateButtons();
}

void SimulationPanel::setSource(const QString &node)
{
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(node));
}

void SimulationPanel::setSample(const QString &relativePath)
{
    m_sampleCombo->setCurrentIndex(m_sampleCombo->findData(relativePath));
}

void SimulationPanel::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
    updateButtons();
}

void SimulationPanel::updateButtons()
{
    const bool canStart = m_document && m_sourceCombo->count() > 0 && m_sampleCombo->count() > 0;
    const bool live = !m_traceOnly && (m_state == State::Running || m_state == State::Paused);
    m_runButton->setEnabled(canStart && !m_busy);
    m_pauseButton->setEnabled(m_state == State::Running && m_busy);
    m_stepButton->setEnabled(!m_busy && (live || canStart));
    m_continueButton->setEnabled(!m_busy && m_state == State::Paused && !m_traceOnly);
    m_stopButton->setEnabled(live);
    m_saveTestButton->setEnabled(!m_busy && !m_traceOnly && m_recorded && m_project
                                 && (m_state == State::Paused || m_state == State::Finished));
    m_sourceCombo->setEnabled(!live);
    m_sampleCombo->setEnabled(!live);
    m_seedSpin->setEnabled(!live);
}

void SimulationPanel::run(bool stepOnly)
{
    if (!m_document || m_busy)
        return;
    const QString source = m_sourceCombo->currentData().toString();
    const QString sample = m_sampleCombo->currentData().toString();
    if (source.isEmpty() || sample.isEmpty()) {
        m_status->setText(tr("Choose a source node and a sample file first."));
        return;
    }
    ensureWorker();
    m_traceOnly = false;
    m_recorded.reset();
    m_runFlow = m_document->flow();
    m_hops->clear();
    m_inspector->clear();
    m_nextNode.clear();
    m_nextMessage.reset();
    m_progress->setValue(0);
    m_status->setText(tr("Running…"));
    m_busy = true;
    setState(State::Running);
    const QString flowFile = Project::pathFor(ProjectFileKind::Flow, m_runFlow.id);
    const QString samplePath = QDir(projectFolder()).filePath(sample);
    const quint64 seed = quint64(m_seedSpin->value());
    const QList<Sim::Breakpoint> breakpoints = m_breakpoints;
    const QString folder = projectFolder();
    const Flow flow = m_runFlow;
    SimulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [=] {
            worker->start(flow, folder, flowFile, source, samplePath, seed, breakpoints, !stepOnly);
        },
        Qt::QueuedConnection);
}

void SimulationPanel::pause()
{
    if (m_worker && m_busy)
        m_worker->requestPause();
}

void SimulationPanel::step()
{
    if (m_busy)
        return;
    if (m_traceOnly || (m_state != State::Running && m_state != State::Paused)) {
        run(true);
        return;
    }
    m_busy = true;
    setState(State::Running);
    SimulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->step(); }, Qt::QueuedConnection);
}

void SimulationPanel::resume()
{
    if (m_busy || m_state != State::Paused || m_traceOnly)
        return;
    m_busy = true;
    setState(State::Running);
    SimulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->resume(); }, Qt::QueuedConnection);
}

void SimulationPanel::saveAsTestCase()
{
    if (!m_recorded || !m_project || m_busy)
        return;
    const std::shared_ptr<const Sim::RecordedRun> run = m_recorded;
    QStringList existing;
    const QString suiteFile = Sim::TestRecorder::suitePath(run->flow);
    if (QFileInfo::exists(m_project->absolutePath(suiteFile))) {
        FileError error;
        if (const auto suite = TestSuite::load(m_project->absolutePath(suiteFile), &error)) {
            for (const TestCase &testCase : suite->cases)
                existing << testCase.name.trimmed();
        } else {
            m_status->setText(error.toString());
            return;
        }
    }
    // Window-modal and not exec(): the panel keeps painting, and tests drive the dialog.
    auto *dialog = new SaveTestCaseDialog(*run, existing, this);
    dialog->setObjectName(QStringLiteral("saveTestCaseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, run] {
        FileError error;
        QString written;
        const QString name = dialog->name();
        if (!Sim::TestRecorder(projectFolder())
                 .record(*run, name, dialog->chosenSinks(), &error, &written)) {
            m_status->setText(error.toString());
            return;
        }
        m_status->setText(tr("Saved the test case '%1' in %2.").arg(name, written));
        emit testCaseSaved(written, name);
    });
    dialog->open();
}

void SimulationPanel::stop()
{
    if (!m_worker || (m_state != State::Running && m_state != State::Paused))
        return;
    m_worker->requestCancel();
    if (!m_busy) {
        // Paused: nothing runs, so nothing will report; the run simply ends here.
        m_nextNode.clear();
        m_nextMessage.reset();
        m_status->setText(tr("Stopped after %n hop(s).", nullptr, m_hops->rowCount()));
        setState(State::Finished);
        updateOverlay();
    }
}

void SimulationPanel::applySnapshot(const SimulationSnapshotPtr &snapshot)
{
    m_hops->replaceFrom(snapshot->firstHop, snapshot->hops);
    m_progress->setValue(int(snapshot->progress * 1000));
    m_nextNode = snapshot->nextNode;
    m_nextMessage = snapshot->nextMessage;
    updateStatistics(*snapshot);
    if (!snapshot->reason) {
        m_status->setText(tr("Running: %n hop(s), ", nullptr, m_hops->rowCount())
                          + tr("%n input message(s).", nullptr, int(snapshot->inputsFed)));
        updateOverlay();
        emit snapshotApplied();
        return;
    }
    m_busy = false;
    if (snapshot->recorded)
        m_recorded = snapshot->recorded;
    QString status;
    switch (*snapshot->reason) {
    case Sim::StopReason::Stepped:
    case Sim::StopReason::Yielded:
    case Sim::StopReason::Paused:
        status = tr("Paused before node '%1'.").arg(m_nextNode);
        setState(State::Paused);
        break;
    case Sim::StopReason::Breakpoint:
        status = tr("Breakpoint: paused before node '%1'.").arg(m_nextNode);
        setState(State::Paused);
        break;
    case Sim::StopReason::Finished:
        status = tr("Finished: %n hop(s), ", nullptr, m_hops->rowCount())
            + tr("%n input message(s), ", nullptr, int(snapshot->inputsFed))
            + tr("%n sink record(s).", nullptr, int(snapshot->records));
        setState(State::Finished);
        break;
    case Sim::StopReason::Cancelled:
        status = tr("Stopped after %n hop(s).", nullptr, m_hops->rowCount());
        m_nextNode.clear();
        m_nextMessage.reset();
        setState(State::Finished);
        break;
    }
    if (!snapshot->error.isEmpty())
        status += u'\n' + snapshot->error;
    m_status->setText(status);
    if (m_state == State::Paused && m_nextMessage) {
        m_inspector->showPending(m_nextNode, *m_nextMessage);
        m_hopView->clearSelection();
        emit highlightNodeRequested(m_nextNode);
    } else if (m_state == State::Finished && m_hops->rowCount() > 0
               && m_inspector->hopIndex() < 0) {
        selectHop(m_hops->rowCount() - 1);
    }
    updateOverlay();
    emit snapshotApplied();
}

void SimulationPanel::updateStatistics(const SimulationSnapshot &snapshot)
{
    m_slo = snapshot.slo;
    QStringList order;
    for (const FlowNode &node : m_runFlow.nodes)
        if (snapshot.latency.contains(node.id))
            order << node.id;
    for (auto it = snapshot.latency.cbegin(); it != snapshot.latency.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    m_statsTable->setRowCount(int(order.size()));
    QList<LatencyChart::Bar> bars;
    for (int row = 0; row < order.size(); ++row) {
        const Sim::NodeLatency l = snapshot.latency.value(order[row]);
        m_statsTable->setItem(row, 0, readOnlyItem(order[row]));
        m_statsTable->setItem(row, 1, readOnlyItem(QString::number(l.messages), true));
        m_statsTable->setItem(row, 2, readOnlyItem(QString::number(l.errors), true));
        m_statsTable->setItem(row, 3, readOnlyItem(QString::number(l.p50), true));
        m_statsTable->setItem(row, 4, readOnlyItem(QString::number(l.p95), true));
        m_statsTable->setItem(row, 5, readOnlyItem(QString::number(l.p99), true));
        bars.append({ order[row], l.p50, l.p95, l.p99 });
    }
    m_chart->setBars(bars, m_slo.latencyTarget ? *m_slo.latencyTarget : -1);
    m_sloLabel->setText(sloText());
    m_sloLabel->setStyleSheet(m_slo.inputs == 0 ? QString()
                                  : m_slo.met() ? QStringLiteral("color: #1a7f37")
                                                : QStringLiteral("color: #c02020"));
}

QString SimulationPanel::sloText() const
{
    if (m_slo.inputs == 0)
        return tr("SLO: no input messages yet.");
    QStringList parts;
    if (m_slo.latencyTarget)
        parts << tr("latency p95 %1 ms %2 %3 ms")
                     .arg(m_slo.latencyP95)
                     .arg(m_slo.latencyMet() ? QStringLiteral("≤") : QStringLiteral(">"))
                     .arg(*m_slo.latencyTarget);
    else
        parts << tr("latency p95 %1 ms (no target)").arg(m_slo.latencyP95);
    const QString rate = QString::number(m_slo.successRate, 'f', 2);
    if (m_slo.successTarget)
        parts << tr("success %1% %2 %3%")
                     .arg(rate, m_slo.successMet() ? QStringLiteral("≥") : QStringLiteral("<"))
                     .arg(*m_slo.successTarget);
    else
        parts << tr("success %1% (no target)").arg(rate);
    return tr("SLO %1 over %n input message(s): %2", nullptr, int(m_slo.inputs))
        .arg(m_slo.met() ? tr("met") : tr("MISSED"), parts.join(QStringLiteral("; ")));
}

void SimulationPanel::hopSelected(int row)
{
    const Sim::TraceEvent *event = m_hops->hop(row);
    if (!event)
        return;
    const FlowNode *node = m_runFlow.node(event->node);
    m_inspector->showHop(row, *event, node ? node->config : QVariantMap {});
    m_inspector->rerunButton()->setEnabled(!m_traceOnly && !m_busy && m_document
                                           && m_state != State::Idle);
    emit highlightNodeRequested(event->node);
}

void SimulationPanel::selectHop(int index)
{
    if (index < 0 || index >= m_hops->rowCount())
        return;
    const QModelIndex modelIndex = m_hops->index(index, 0);
    m_hopView->setCurrentIndex(modelIndex);
    m_hopView->scrollTo(modelIndex);
    hopSelected(index); // also when the row was current already
}

void SimulationPanel::showTrace(const QString &title, const std::vector<Sim::TraceEvent> &trace)
{
    stop();
    m_traceOnly = true;
    m_hops->clear();
    m_hops->replaceFrom(0, trace);
    m_inspector->clear();
    m_nextNode.clear();
    m_nextMessage.reset();
    if (m_document)
        m_runFlow = m_document->flow();
    m_status->setText(title);
    m_tabs->setCurrentIndex(0);
    setState(State::Finished);
    updateOverlay();
}

void SimulationPanel::rerunFrom(int hopIndex, const QString &nodeId, const QVariantMap &config)
{
    if (m_busy || m_traceOnly || !m_document || m_state == State::Idle || !m_worker)
        return;
    // The edit is a real edit of the flow: undoable, and kept when the user saves.
    const FlowNode *node = m_document->node(nodeId);
    if (!node) {
        m_status->setText(tr("The node '%1' is no longer in the flow.").arg(nodeId));
        return;
    }
    if (node->config != config)
        m_document->undoStack()->push(new SetNodeConfigCommand(m_document, nodeId, config));
    m_runFlow = m_document->flow();
    m_busy = true;
    m_inspector->clear();
    m_status->setText(tr("Running again from hop %1…").arg(hopIndex + 1));
    setState(State::Running);
    const Flow edited = m_runFlow;
    SimulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [=] { worker->rerunFrom(qulonglong(hopIndex), edited); }, Qt::QueuedConnection);
}

void SimulationPanel::addBreakpoint(const QString &node, const QString &condition)
{
    if (node.isEmpty())
        return;
    m_breakpoints.append(Sim::Breakpoint { node, condition.trimmed() });
    refreshBreakpointTable();
    sendBreakpoints();
}

void SimulationPanel::removeBreakpoint(int row)
{
    if (row < 0 || row >= m_breakpoints.size())
        return;
    m_breakpoints.removeAt(row);
    refreshBreakpointTable();
    sendBreakpoints();
}

void SimulationPanel::refreshBreakpointTable()
{
    m_breakpointTable->setRowCount(int(m_breakpoints.size()));
    for (int row = 0; row < m_breakpoints.size(); ++row) {
        m_breakpointTable->setItem(row, 0, readOnlyItem(m_breakpoints[row].node));
        m_breakpointTable->setItem(row, 1,
                                   readOnlyItem(m_breakpoints[row].condition.isEmpty()
                                                    ? tr("(always)")
                                                    : m_breakpoints[row].condition));
    }
}

void SimulationPanel::sendBreakpoints()
{
    if (!m_worker)
        return;
    // Queued: a running loop picks them up at its next stop.
    SimulationWorker *worker = m_worker;
    const QList<Sim::Breakpoint> breakpoints = m_breakpoints;
    QMetaObject::invokeMethod(
        worker, [worker, breakpoints] { worker->setBreakpoints(breakpoints); },
        Qt::QueuedConnection);
}

void SimulationPanel::updateOverlay()
{
    CanvasOverlay overlay;
    QHash<QString, int> nodeCounts;
    QHash<QString, int> portCounts;
    for (const Sim::TraceEvent &event : m_hops->hops()) {
        ++nodeCounts[event.node];
        for (const Sim::TraceOutput &output : event.outputs)
            ++portCounts[event.node + u'.' + output.port];
    }
    for (auto it = nodeCounts.cbegin(); it != nodeCounts.cend(); ++it)
        overlay.nodeBadge.insert(it.key(), QString::number(it.value()));
    for (const FlowEdge &edge : m_runFlow.edges) {
        const QString port = edge.from.port.isEmpty() ? QStringLiteral("out") : edge.from.port;
        const int count = portCounts.value(edge.from.node + u'.' + port);
        if (count > 0) {
            overlay.edgeLabel.insert(edgeKey(edge), QString::number(count));
            overlay.edgeTint.insert(edgeKey(edge), QColor(0x2f, 0x80, 0xed));
        }
    }
    if (m_state == State::Paused)
        overlay.currentNode = m_nextNode;
    m_overlay = overlay;
    emit overlayChanged(m_overlay);
}

} // namespace Flowsmith
