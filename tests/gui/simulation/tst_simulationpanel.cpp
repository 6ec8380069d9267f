// The simulation dock driven like a user: buttons clicked, breakpoints typed in, a past hop
// selected and its node config edited in the inspector. Assertions are on the run's hops, the
// overlay, the statistics and the flow document.

#include "editors/simulation/hoplistmodel.h"
#include "editors/simulation/latencychart.h"
#include "editors/simulation/messageinspector.h"
#include "editors/simulation/simulationpanel.h"
#include "model/core/project.h"
#include "model/documents/flowdocument.h"

#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Flowsmith;

namespace {

const QString Example
    = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");

QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = parent->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

void click(QWidget *widget)
{
    QVERIFY(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Copies the example project into `target`, so a test can add files to it.
bool copyExample(const QString &target)
{
    QDirIterator it(Example, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(Example).relativeFilePath(path);
        QDir(target).mkpath(QFileInfo(relative).path());
        if (!QFile::copy(path, QDir(target).filePath(relative)))
            return false;
    }
    return true;
}

// The tree item whose column 0 reads `key` under `parent`, or nullptr.
QTreeWidgetItem *childNamed(QTreeWidgetItem *parent, const QString &key)
{
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == key)
            return parent->child(i);
    return nullptr;
}

} // namespace

class tst_SimulationPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void run();
    void samplesThatFitFirst();
    void step();
    void breakpointWithCondition();
    void pauseAndStopLongRun();
    void timeTravel();
    void pausedWindow();

private:
    std::optional<Project> m_project;
    FlowDocument *m_document = nullptr;
    SimulationPanel *m_panel = nullptr;
};

void tst_SimulationPanel::init()
{
    FileError error;
    m_project = Project::open(Example, &error);
    QVERIFY2(m_project, qPrintable(error.toString()));
    m_document = new FlowDocument;
    QVERIFY2(m_document->load(Example + QStringLiteral("/flows/order-sync.flow.yaml"), &error),
             qPrintable(error.toString()));
    m_panel = new SimulationPanel;
    m_panel->resize(900, 600);
    m_panel->setProject(&*m_project);
    m_panel->setFlowDocument(m_document);
    m_panel->setSource(QStringLiteral("receive"));
    m_panel->setSample(QStringLiteral("samples/orders.json"));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void tst_SimulationPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_document;
    m_document = nullptr;
}

// Issue 15 item 5: for the order flow the chooser proposes the orders first, and the
// contacts with their mismatch count, not contacts.csv (the first file by name).
void tst_SimulationPanel::samplesThatFitFirst()
{
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("sampleCombo"));
    QVERIFY(combo);
    QVERIFY(combo->count() >= 4);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("samples/orders.json"));
    const int contacts = combo->findData(QStringLiteral("samples/contacts.csv"));
    QVERIFY(contacts > 0);
    QCOMPARE(combo->itemText(contacts),
             QStringLiteral("contacts.csv — 6 of 6 records do not match"));

    // A fresh panel on the flow selects the best sample by itself.
    SimulationPanel fresh;
    fresh.setProject(&*m_project);
    fresh.setFlowDocument(m_document);
    auto *freshCombo = fresh.findChild<QComboBox *>(QStringLiteral("sampleCombo"));
    QCOMPARE(freshCombo->currentData().toString(), QStringLiteral("samples/orders.json"));
}

void tst_SimulationPanel::run()
{
    QSignalSpy overlays(m_panel, &SimulationPanel::overlayChanged);
    click(button(m_panel, "runButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);

    // Five orders; one is pending and stops at the filter, one has a malformed total.
    const auto &hops = m_panel->hopModel()->hops();
    QVERIFY(hops.size() > 10);
    QCOMPARE(hops.front().node, QStringLiteral("receive"));
    const CanvasOverlay overlay = m_panel->overlay();
    QCOMPARE(overlay.nodeBadge.value(QStringLiteral("receive")), QStringLiteral("5"));
    QCOMPARE(overlay.edgeLabel.value(QStringLiteral("receive.out->paid-only.in")),
             QStringLiteral("5"));
    QCOMPARE(overlay.edgeLabel.value(QStringLiteral("paid-only.out->check-order.in")),
             QStringLiteral("4"));
    QVERIFY(overlay.currentNode.isEmpty());
    QVERIFY(!overlays.isEmpty());
    QCOMPARE(overlays.last().first().value<CanvasOverlay>().edgeLabel, overlay.edgeLabel);

    // Statistics: one row per node that ran, the SLO verdict over the five inputs.
    QTableWidget *stats = m_panel->statisticsTable();
    QVERIFY(stats->rowCount() >= 5);
    QCOMPARE(stats->item(0, 0)->text(), QStringLiteral("receive"));
    QCOMPARE(stats->item(0, 1)->text(), QStringLiteral("5"));
    QVERIFY2(m_panel->sloText().contains(QStringLiteral("5 input")),
             qPrintable(m_panel->sloText()));
    QCOMPARE(m_panel->latencyChart()->bars().size(), stats->rowCount());

    // The last hop is shown once the run ends.
    QCOMPARE(m_panel->inspector()->hopIndex(), int(hops.size()) - 1);
}

void tst_SimulationPanel::step()
{
    QSignalSpy highlights(m_panel, &SimulationPanel::highlightNodeRequested);
    click(button(m_panel, "stepButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Paused, 10000);
    QCOMPARE(m_panel->hopModel()->rowCount(), 1);
    QCOMPARE(m_panel->overlay().currentNode, QStringLiteral("paid-only"));
    QCOMPARE(highlights.last().first().toString(), QStringLiteral("paid-only"));
    // The inspector shows the message waiting at the filter.
    QTreeWidget *tree = m_panel->inspector()->messageTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *body = childNamed(tree->topLevelItem(0), QStringLiteral("body"));
    QVERIFY(body);
    QCOMPARE(childNamed(body, QStringLiteral("orderId"))->text(1), QStringLiteral("A-1001"));

    click(button(m_panel, "stepButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->hopModel()->rowCount(), 2, 10000);
    QTRY_COMPARE(m_panel->state(), SimulationPanel::State::Paused);
    QCOMPARE(m_panel->overlay().currentNode, QStringLiteral("check-order"));

    click(button(m_panel, "continueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);
    QVERIFY(m_panel->hopModel()->rowCount() > 10);
    QVERIFY(!button(m_panel, "continueButton")->isEnabled());
}

void tst_SimulationPanel::breakpointWithCondition()
{
    // Typed in like a user: node from the combo, condition in the line edit, Return.
    auto *node = m_panel->findChild<QComboBox *>(QStringLiteral("breakpointNode"));
    auto *condition = m_panel->findChild<QLineEdit *>(QStringLiteral("breakpointCondition"));
    node->setCurrentIndex(node->findData(QStringLiteral("paid-only")));
    QTest::keyClicks(condition, QStringLiteral("total > 90"));
    QTest::keyClick(condition, Qt::Key_Return);
    QCOMPARE(m_panel->breakpoints().size(), 1);
    QCOMPARE(m_panel->breakpoints()[0].condition, QStringLiteral("total > 90"));

    click(button(m_panel, "runButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Paused, 10000);
    QCOMPARE(m_panel->overlay().currentNode, QStringLiteral("paid-only"));
    QTreeWidgetItem *body
        = childNamed(m_panel->inspector()->messageTree()->topLevelItem(0), QStringLiteral("body"));
    QCOMPARE(childNamed(body, QStringLiteral("orderId"))->text(1), QStringLiteral("A-1003"));
    QCOMPARE(childNamed(body, QStringLiteral("total"))->text(1), QStringLiteral("94.2"));

    // No other order matches: continue runs to the end.
    click(button(m_panel, "continueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);

    // Without the condition every order stops there.
    m_panel->removeBreakpoint(0);
    m_panel->addBreakpoint(QStringLiteral("paid-only"));
    int stops = 0;
    click(button(m_panel, "runButton"));
    while (true) {
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->state() != SimulationPanel::State::Running, 10000);
        if (m_panel->state() == SimulationPanel::State::Finished)
            break;
        ++stops;
        QVERIFY(stops <= 5);
        click(button(m_panel, "continueButton"));
    }
    QCOMPARE(stops, 5);
}

void tst_SimulationPanel::pauseAndStopLongRun()
{
    // Long enough that pause lands mid-run: 20,000 orders as NDJSON.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyExample(dir.path()));
    QFile sample(dir.filePath(QStringLiteral("samples/many.ndjson")));
    QVERIFY(sample.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        sample.write(QByteArray("{\"orderId\": \"X-") + QByteArray::number(i)
                     + "\", \"status\": \"pending\", \"total\": 1}\n");
    sample.close();
    FileError error;
    auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    m_panel->setProject(&*project);
    m_panel->setSample(QStringLiteral("samples/many.ndjson"));

    click(button(m_panel, "runButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->hopModel()->rowCount() > 0, 10000);
    if (m_panel->state() == SimulationPanel::State::Running)
        click(button(m_panel, "pauseButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->state() != SimulationPanel::State::Running, 10000);
    if (m_panel->state() == SimulationPanel::State::Paused) {
        QVERIFY(m_panel->hopModel()->rowCount() < 40000);
        click(button(m_panel, "stopButton"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);
    m_panel->setProject(&*m_project);
}

void tst_SimulationPanel::timeTravel()
{
    click(button(m_panel, "runButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);
    const std::vector<Sim::TraceEvent> before = m_panel->hopModel()->hops();
    int erpBefore = 0;
    for (const auto &hop : before)
        erpBefore += hop.node == QLatin1String("erp") ? 1 : 0;
    QVERIFY(erpBefore >= 3);

    // Hop 2 is the filter letting A-1001 through.
    const int index = 1;
    QCOMPARE(before[index].node, QStringLiteral("paid-only"));
    QCOMPARE(before[index].outputs.size(), 1);
    m_panel->selectHop(index);
    MessageInspector *inspector = m_panel->inspector();
    QCOMPARE(inspector->hopIndex(), index);
    QVERIFY(
        inspector->configEditor()->toPlainText().contains(QStringLiteral("status = \\\"paid\\\"")));

    // Only orders above 50 pass from here on: A-1001 (39.8) is now dropped.
    inspector->configEditor()->selectAll();
    QTest::keyClicks(inspector->configEditor(),
                     QStringLiteral("{\"condition\": \"status = 'paid' and total > 50\"}"));
    const int undoBefore = m_document->undoStack()->count();
    click(inspector->rerunButton());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);

    const auto &after = m_panel->hopModel()->hops();
    QCOMPARE(after[0].toJson().dump(), before[0].toJson().dump()); // the past is kept
    QCOMPARE(after[index].input->body().dump(), before[index].input->body().dump());
    QCOMPARE(after[index].outputs.size(), 0); // the new config dropped it
    int erpAfter = 0;
    for (const auto &hop : after)
        erpAfter += hop.node == QLatin1String("erp") ? 1 : 0;
    QCOMPARE(erpAfter, erpBefore - 1);

    // The edit is an undoable edit of the flow.
    QCOMPARE(m_document->undoStack()->count(), undoBefore + 1);
    QCOMPARE(m_document->node(QStringLiteral("paid-only"))
                 ->config.value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("status = 'paid' and total > 50"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->node(QStringLiteral("paid-only"))
                 ->config.value(QStringLiteral("condition"))
                 .toString(),
             QStringLiteral("status = \"paid\""));

    // The inspector shows the changes a node made: the mapping turns the order into an ERP
    // sales order.
    int mapHop = -1;
    for (int i = 0; i < int(after.size()); ++i)
        if (after[i].node == QLatin1String("to-erp")) {
            mapHop = i;
            break;
        }
    QVERIFY(mapHop >= 0);
    m_panel->selectHop(mapHop);
    QTreeWidget *diff = inspector->diffTree();
    QCOMPARE(diff->topLevelItemCount(), 1);
    bool addedName = false;
    for (int i = 0; i < diff->topLevelItem(0)->childCount(); ++i)
        addedName = addedName
            || diff->topLevelItem(0)->child(i)->text(0) == QStringLiteral("+ body.customerName");
    QVERIFY(addedName);
}

// The docks as the studio shows them, paused at a breakpoint with the hop before it selected.
// FLOWSMITH_SIM_SCREENSHOT=file.png saves the window, to look at it.
void tst_SimulationPanel::pausedWindow()
{
    QMainWindow window;
    window.resize(1400, 860);
    auto *canvas = new QLabel(tr("(the canvas)"));
    canvas->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(canvas);
    auto *panelDock = new QDockWidget(tr("Simulation"));
    m_panel->setParent(nullptr);
    panelDock->setWidget(m_panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, panelDock);
    auto *inspectorDock = new QDockWidget(tr("Message inspector"));
    inspectorDock->setWidget(m_panel->inspector());
    window.addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    window.resizeDocks({ inspectorDock }, { 560 }, Qt::Horizontal);
    window.resizeDocks({ panelDock }, { 360 }, Qt::Vertical);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    m_panel->addBreakpoint(QStringLiteral("erp"), QStringLiteral("totalAmount > 90"));
    click(button(m_panel, "runButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Paused, 10000);
    QCOMPARE(m_panel->overlay().currentNode, QStringLiteral("erp"));
    const int last = m_panel->hopModel()->rowCount() - 1;
    QCOMPARE(m_panel->hopModel()->hops()[size_t(last)].node, QStringLiteral("to-erp"));
    m_panel->selectHop(last);
    QCOMPARE(m_panel->inspector()->hopIndex(), last);
    QVERIFY(m_panel->inspector()->diffTree()->topLevelItem(0)->childCount() > 3);

    const QString path = qEnvironmentVariable("FLOWSMITH_SIM_SCREENSHOT");
    if (!path.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window.grab().save(path));
    }
    // Then the finished run's statistics.
    click(button(m_panel, "continueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), SimulationPanel::State::Finished, 10000);
    m_panel->findChild<QTabWidget *>()->setCurrentIndex(2);
    QVERIFY(m_panel->statisticsTable()->isVisible());
    if (!path.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-stats.png"))));
    }
    // The window owns the docks now; hand the panel back for cleanup().
    m_panel->inspector()->setParent(nullptr);
    m_panel->setParent(nullptr);
}

QTEST_MAIN(tst_SimulationPanel)
#include "tst_simulationpanel.moc"
