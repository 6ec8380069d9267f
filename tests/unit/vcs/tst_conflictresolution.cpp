// applyConflictResolutions: after a conflicting FlowMerge, each choice (ours, theirs, edited,
// removed node) ends in the flow a person meant.

#include "model/vcs/conflictresolution.h"
#include "model/vcs/flowdiff.h"
#include "model/vcs/flowmerge.h"

#include "vcstestdata.h"

#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::VcsTest;

class TestConflictResolution : public QObject
{
    Q_OBJECT

private slots:
    void resolveField_data();
    void resolveField();
    void resolveRemovedNode_data();
    void resolveRemovedNode();
};

void TestConflictResolution::resolveField_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QVariant>("editedValue");
    QTest::addColumn<QString>("expectedPath");
    QTest::addRow("ours") << int(ConflictResolution::Ours) << QVariant() << "/ours";
    QTest::addRow("theirs") << int(ConflictResolution::Theirs) << QVariant() << "/theirs";
    QTest::addRow("edited") << int(ConflictResolution::Edited) << QVariant("/both") << "/both";
}

void TestConflictResolution::resolveField()
{
    QFETCH(int, choice);
    QFETCH(QVariant, editedValue);
    QFETCH(QString, expectedPath);
    const Flow base = parsed(baseFlow);
    const Flow ours
        = parsed(edited({ "path: /sales-orders", "path: /ours", "retry: 3", "retry: 5" }));
    const Flow theirs = parsed(edited({ "path: /sales-orders", "path: /theirs" }));
    FlowMerge merge = FlowMerge::merge(base, ours, theirs);
    QCOMPARE(merge.conflicts().size(), 1);
    QCOMPARE(merge.conflicts().first().field, QStringLiteral("config.path"));

    Flow result = merge.result();
    QString error;
    QVERIFY2(applyConflictResolutions(
                 &result, theirs,
                 { { merge.conflicts().first(), ConflictResolution::Choice(choice), editedValue } },
                 &error),
             qPrintable(error));
    QCOMPARE(result.node("erp")->config.value("path").toString(), expectedPath);
    // Everything else is as merged: ours' retry stays, nothing else moved.
    QCOMPARE(result.node("to-erp")->config.value("options").toMap().value("retry").toInt(), 5);
    const FlowDiff rest = FlowDiff::compare(merge.result(), result);
    QCOMPARE(rest.changes().size(), expectedPath == QLatin1String("/ours") ? 0 : 1);
}

void TestConflictResolution::resolveRemovedNode_data()
{
    QTest::addColumn<bool>("oursRemoves");
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("nodeStays");
    QTest::addRow("theirs removed, keep ours") << false << int(ConflictResolution::Ours) << true;
    QTest::addRow("theirs removed, take theirs")
        << false << int(ConflictResolution::Theirs) << false;
    QTest::addRow("ours removed, keep ours") << true << int(ConflictResolution::Ours) << false;
    QTest::addRow("ours removed, take theirs") << true << int(ConflictResolution::Theirs) << true;
}

void TestConflictResolution::resolveRemovedNode()
{
    QFETCH(bool, oursRemoves);
    QFETCH(int, choice);
    QFETCH(bool, nodeStays);
    const Flow base = parsed(baseFlow);
    const QByteArray removed
        = edited({ "  - id: erp\n    type: sink.http\n    at: [740, 120]\n"
                   "    config: {system: erp, method: POST, path: /sales-orders}\n",
                   "", "  - {from: to-erp.out, to: erp.in}\n", "" });
    const QByteArray changed = edited({ "path: /sales-orders", "path: /v2" });
    const Flow ours = parsed(oursRemoves ? removed : changed);
    const Flow theirs = parsed(oursRemoves ? changed : removed);
    const FlowMerge merge = FlowMerge::merge(base, ours, theirs);
    QCOMPARE(merge.conflicts().size(), 1);
    Flow result = merge.result();
    QString error;
    QVERIFY(applyConflictResolutions(
        &result, theirs, { { merge.conflicts().first(), ConflictResolution::Choice(choice), {} } },
        &error));
    QCOMPARE(result.node("erp") != nullptr, nodeStays);
    bool edge = false;
    for (const FlowEdge &e : result.edges)
        edge |= e.to.node == QLatin1String("erp");
    QCOMPARE(edge, nodeStays);
    if (nodeStays)
        QCOMPARE(result.node("erp")->config.value("path").toString(), QStringLiteral("/v2"));
}

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
