// The test explorer runs the example project's flow tests like `flowsmith-cli test`, shows a
// broken expectation as a diff, opens the failing case's trace in the simulation panel and
// paints the tests' coverage of a flow.

#include "editors/simulation/hoplistmodel.h"
#include "editors/simulation/simulationpanel.h"
#include "editors/simulation/testexplorer.h"
#include "model/core/project.h"
#include "model/documents/flowdocument.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Flowsmith;

namespace {

const QString Example
    = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");

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

} // namespace

class tst_TestExplorer : public QObject
{
    Q_OBJECT

private slots:
    void examplePasses();
    void brokenExpectationShowsDiffAndTrace();
};

void tst_TestExplorer::examplePasses()
{
    FileError error;
    auto project = Project::open(Example, &error);
    QVERIFY2(project, qPrintable(error.toString()));
    FlowDocument document;
    QVERIFY(document.load(Example + QStringLiteral("/flows/order-sync.flow.yaml"), &error));

    TestExplorer explorer;
    explorer.resize(700, 500);
    explorer.setProject(&*project);
    explorer.setFlowDocument(&document);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    QSignalSpy finished(&explorer, &TestExplorer::runFinished);
    QSignalSpy overlays(&explorer, &TestExplorer::overlayChanged);
    QTest::mouseClick(explorer.findChild<QPushButton *>(QStringLiteral("runTestsButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 12);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(explorer.tree()->topLevelItemCount(), 3);
    int cases = 0;
    for (int i = 0; i < explorer.tree()->topLevelItemCount(); ++i) {
        QCOMPARE(explorer.tree()->topLevelItem(i)->text(1), QStringLiteral("passed"));
        cases += explorer.tree()->topLevelItem(i)->childCount();
    }
    QCOMPARE(cases, 12);

    // Coverage of order-sync by its cases: every case enters at `receive`.
    int orderSyncCases = 0;
    for (const TestExplorer::CaseResult &entry : explorer.results())
        orderSyncCases += entry.flow == QLatin1String("order-sync") ? 1 : 0;
    QCOMPARE(orderSyncCases, 4);
    QVERIFY(!overlays.isEmpty());
    const CanvasOverlay overlay = overlays.last().first().value<CanvasOverlay>();
    QCOMPARE(overlay.nodeBadge.value(QStringLiteral("receive")), QStringLiteral("4/4"));
    QCOMPARE(overlay.nodeBadge.size(), document.flow().nodes.size());
    QCOMPARE(overlay.edgeLabel.size(), document.flow().edges.size());
    QVERIFY(overlay.edgeLabel.value(QStringLiteral("to-erp.out->erp.in")) != QStringLiteral("0/4"));
    // A node no case reaches is red, one every case reaches green.
    QVERIFY(overlay.nodeTint.value(QStringLiteral("receive")).hueF() > 0.3);
    const int covered
        = overlay.nodeBadge.value(QStringLiteral("catch-errors")).section(u'/', 0, 0).toInt();
    QVERIFY(covered >= 0 && covered <= 4);
}

void tst_TestExplorer::brokenExpectationShowsDiffAndTrace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyExample(dir.path()));
    const QString testFile = dir.filePath(QStringLiteral("tests/order-sync.test.yaml"));
    QFile file(testFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray yaml = file.readAll();
    file.close();
    QVERIFY(yaml.contains("customerName: SMITH, JOHN"));
    yaml.replace("customerName: SMITH, JOHN", "customerName: SMITH, JANE");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml);
    file.close();

    FileError error;
    auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    FlowDocument document;
    QVERIFY(document.load(dir.filePath(QStringLiteral("flows/order-sync.flow.yaml")), &error));
    TestExplorer explorer;
    explorer.setProject(&*project);
    SimulationPanel panel;
    panel.setProject(&*project);
    panel.setFlowDocument(&document);
    connect(&explorer, &TestExplorer::traceRequested, &panel,
            [&panel](const QString &title, const QString &, const auto &trace) {
                panel.showTrace(title, trace);
            });

    QSignalSpy finished(&explorer, &TestExplorer::runFinished);
    explorer.runAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 11);
    QCOMPARE(finished.first().at(1).toInt(), 1);

    QVERIFY(explorer.selectCase(QStringLiteral("order-sync"),
                                QStringLiteral("A paid order reaches the ERP with the name as "
                                               "SMITH, JOHN")));
    QVERIFY(explorer.details()->toPlainText().contains(QStringLiteral("SMITH, JANE")));
    QTreeWidget *diff = explorer.diffTree();
    QTreeWidgetItem *erp = nullptr;
    for (int i = 0; i < diff->topLevelItemCount(); ++i)
        if (diff->topLevelItem(i)->text(0) == QLatin1String("erp"))
            erp = diff->topLevelItem(i);
    QVERIFY(erp);
    QCOMPARE(erp->childCount(), 1);
    QCOMPARE(erp->child(0)->text(0), QStringLiteral("[0].customerName"));
    QCOMPARE(erp->child(0)->text(1), QStringLiteral("\"SMITH, JANE\""));
    QCOMPARE(erp->child(0)->text(2), QStringLiteral("\"SMITH, JOHN\""));

    auto *openTrace = explorer.findChild<QPushButton *>(QStringLiteral("openTraceButton"));
    QVERIFY(openTrace->isEnabled());
    QSignalSpy traces(&explorer, &TestExplorer::traceRequested);
    QTest::mouseClick(openTrace, Qt::LeftButton);
    QCOMPARE(traces.size(), 1);
    QCOMPARE(traces.first().at(1).toString(), QStringLiteral("order-sync"));
    QVERIFY(panel.hopModel()->rowCount() > 3);
    QCOMPARE(panel.hopModel()->hops().front().node, QStringLiteral("receive"));
    QCOMPARE(panel.state(), SimulationPanel::State::Finished);
}

QTEST_MAIN(tst_TestExplorer)
#include "tst_testexplorer.moc"
