// Issue 15 item 4 in the studio, offscreen: a run of the order flow in the simulation panel
// (finished, or paused after one hop) saved as a test case through "Save as Test Case…", the
// dialog refusing a name already used, and the test explorer showing the new case passing.

#include "editors/simulation/savetestcasedialog.h"
#include "editors/simulation/simulationpanel.h"
#include "editors/simulation/testexplorer.h"
#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "model/documents/flowdocument.h"
#include "tests/common/clirunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Flowsmith;

class tst_SaveTestCase : public QObject
{
    Q_OBJECT

private slots:
    void saveRun_data();
    void saveRun();
};

namespace {

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

QTreeWidgetItem *caseItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0) == name)
                return tree->topLevelItem(i)->child(j);
    return nullptr;
}

} // namespace

void tst_SaveTestCase::saveRun_data()
{
    QTest::addColumn<bool>("pauseAfterOneHop");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("untick");
    QTest::newRow("finished run, ERP and replies")
        << false << QStringLiteral("Die Probe-Aufträge: SMITH, JOHN und García")
        << QStringList { QStringLiteral("log-errors") };
    QTest::newRow("paused after the first hop")
        << true << QStringLiteral("Angehalten bei 山田") << QStringList();
}

void tst_SaveTestCase::saveRun()
{
    QFETCH(bool, pauseAfterOneHop);
    QFETCH(QString, name);
    QFETCH(QStringList, untick);

    QTemporaryDir dir;
    QVERIFY(Test::copyTree(Test::exampleProject(), dir.path()));
    FileError error;
    auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    FlowDocument document;
    QVERIFY(document.load(dir.filePath(QStringLiteral("flows/order-sync.flow.yaml")), &error));

    SimulationPanel panel;
    panel.resize(900, 600);
    panel.setProject(&*project);
    panel.setFlowDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QPushButton *save = button(&panel, "saveTestCaseButton");
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing ran yet

    if (pauseAfterOneHop) {
        QTest::mouseClick(button(&panel, "stepButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.state(), SimulationPanel::State::Paused, 10000);
    } else {
        QTest::mouseClick(button(&panel, "runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.state(), SimulationPanel::State::Finished, 10000);
    }
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *dialog = panel.findChild<SaveTestCaseDialog *>(QStringLiteral("saveTestCaseDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

    // Every sink of the flow is listed and ticked; the ERP lists the records it received.
    QCOMPARE(dialog->sinkTree()->topLevelItemCount(), 5);
    QCOMPARE(dialog->chosenSinks().first(), QStringLiteral("erp"));
    const int erpRecords = dialog->sinkTree()->topLevelItem(0)->childCount();
    QCOMPARE(erpRecords, pauseAfterOneHop ? 0 : 3);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pausedNote")) != nullptr,
             pauseAfterOneHop);

    // A name already used in tests/order-sync.test.yaml is refused before anything is written.
    QVERIFY(!ok->isEnabled());
    dialog->setName(QStringLiteral("A paid order reaches the ERP with the name as SMITH, JOHN"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))
                ->text()
                .contains(QLatin1String("already exists")));
    dialog->findChild<QLineEdit *>(QStringLiteral("testCaseName"))->setText(name);
    for (const QString &sink : untick)
        dialog->setSinkChosen(sink, false);
    QVERIFY(ok->isEnabled());
    QSignalSpy saved(&panel, &SimulationPanel::testCaseSaved);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("tests/order-sync.test.yaml"));

    const auto suite
        = TestSuite::load(dir.filePath(QStringLiteral("tests/order-sync.test.yaml")), &error);
    QVERIFY2(suite, qPrintable(error.toString()));
    const TestCase &recorded = suite->cases.last();
    QCOMPARE(recorded.name, name);
    QCOMPARE(recorded.expectations.size(), 5 - int(untick.size()));
    QVERIFY(!recorded.expectation(QStringLiteral("log-errors")) || untick.isEmpty());
    // At a pause the one input fed so far is recorded with what it produces at the end: the
    // first sample order, paid, reaches the ERP.
    const TestExpectation *erp = recorded.expectation(QStringLiteral("erp"));
    QVERIFY(erp && erp->count);
    QCOMPARE(*erp->count, pauseAfterOneHop ? 1 : 3);

    // The test explorer shows the new case, passing.
    TestExplorer explorer;
    explorer.setProject(&*project);
    explorer.setFlowDocument(&document);
    QSignalSpy finished(&explorer, &TestExplorer::runFinished);
    explorer.runAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QTreeWidgetItem *item = caseItem(explorer.tree(), name);
    QVERIFY(item);
    QCOMPARE(item->text(1), QStringLiteral("passed"));
}

QTEST_MAIN(tst_SaveTestCase)
#include "tst_savetestcase.moc"
