#include "model/vcs/flowdiff.h"
#include "model/vcs/flowmerge.h"

#include "vcstestdata.h"

#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::VcsTest;

namespace {

const char auditNode[] = "  - id: audit\n    type: sink.log\n    at: [740, 240]\nedges:";
const char notifyNode[] = "  - id: notify\n    type: sink.log\n    name: Notify\nedges:";
const char paidOnlyNode[] = "  - id: paid-only\n    type: route.filter\n    at: [300, 120]\n"
                            "    config: {condition: status = \"paid\"}\n";
const char lastEdge[] = "  - {from: to-erp.out, to: erp.in}\n";

} // namespace

class TestFlowMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void keepsOursBytesWhenTheirsIsBase();
    void keepsStylesOfOurs();
};

void TestFlowMerge::merge_data()
{
    QTest::addColumn<QStringList>("ours");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("expected"); // edits of the base giving the merged flow
    QTest::addColumn<QStringList>("expectedNodes");
    QTest::addColumn<QStringList>("conflicts");

    const QStringList allNodes { "receive", "paid-only", "to-erp", "erp" };

    QTest::addRow("nothing changed")
        << QStringList() << QStringList() << QStringList() << allNodes << QStringList();
    QTest::addRow("only theirs changed")
        << QStringList() << QStringList { "retry: 3", "retry: 9" }
        << QStringList { "retry: 3", "retry: 9" } << allNodes << QStringList();
    QTest::addRow("move on one side, config on the other")
        << QStringList { "at: [740, 120]", "at: [760, 160]" }
        << QStringList { "path: /sales-orders", "path: /sales-orders/v2" }
        << QStringList { "at: [740, 120]", "at: [760, 160]", "path: /sales-orders",
                         "path: /sales-orders/v2" }
        << allNodes << QStringList();
    QTest::addRow("different config keys of one node")
        << QStringList { "strict: true", "strict: false" } << QStringList { "retry: 3", "retry: 5" }
        << QStringList { "strict: true", "strict: false", "retry: 3", "retry: 5" } << allNodes
        << QStringList();
    QTest::addRow("both add different nodes")
        << QStringList { "edges:", auditNode, lastEdge,
                         QString(lastEdge) + "  - {from: to-erp.out, to: audit.in}\n" }
        << QStringList { "edges:", notifyNode, lastEdge,
                         QString(lastEdge) + "  - {from: erp.response, to: notify.in}\n" }
        << QStringList { "edges:", QString(auditNode).chopped(6) + notifyNode, lastEdge,
                         QString(lastEdge)
                             + "  - {from: to-erp.out, to: audit.in}\n"
                               "  - {from: erp.response, to: notify.in}\n" }
        << QStringList { "receive", "paid-only", "to-erp", "erp", "audit", "notify" }
        << QStringList();
    QTest::addRow("they remove a node we did not touch")
        << QStringList { "path: /sales-orders", "path: /v2" }
        << QStringList { paidOnlyNode,
                         "",
                         "  - {from: receive.out, to: paid-only.in}\n",
                         "",
                         "{from: paid-only.out, to: to-erp.in}",
                         "{from: receive.out, to: to-erp.in}" }
        << QStringList { "path: /sales-orders",
                         "path: /v2",
                         paidOnlyNode,
                         "",
                         "  - {from: receive.out, to: paid-only.in}\n",
                         "",
                         "  - {from: paid-only.out, to: to-erp.in}\n",
                         "",
                         lastEdge,
                         QString(lastEdge) + "  - {from: receive.out, to: to-erp.in}\n" }
        << QStringList { "receive", "to-erp", "erp" } << QStringList();
    QTest::addRow("same change on both sides")
        << QStringList { "path: /sales-orders", "path: /v2", "edges:", auditNode }
        << QStringList { "path: /sales-orders", "path: /v2", "edges:", auditNode }
        << QStringList { "path: /sales-orders", "path: /v2", "edges:", auditNode }
        << QStringList { "receive", "paid-only", "to-erp", "erp", "audit" } << QStringList();
    QTest::addRow("conflicting config field")
        << QStringList { "path: /sales-orders", "path: /ours", "latencyMs: 2000",
                         "latencyMs: 1000" }
        << QStringList { "path: /sales-orders", "path: /theirs" }
        << QStringList { "path: /sales-orders", "path: /ours", "latencyMs: 2000",
                         "latencyMs: 1000" }
        << allNodes
        << QStringList {
               "conflict in node erp field config.path: ours \"/ours\" theirs \"/theirs\""
           };
    QTest::addRow("conflicting flow property, clean node edit")
        << QStringList { "owner: integration-team", "owner: team-a" }
        << QStringList { "owner: integration-team", "owner: team-b", "retry: 3", "retry: 4" }
        << QStringList { "owner: integration-team", "owner: team-a", "retry: 3", "retry: 4" }
        << allNodes
        << QStringList {
               "conflict in flow field governance.owner: ours \"team-a\" theirs \"team-b\""
           };
    QTest::addRow("we change, they remove")
        << QStringList { "status = \"paid\"", "status = \"settled\"" }
        << QStringList { paidOnlyNode,
                         "",
                         "  - {from: receive.out, to: paid-only.in}\n",
                         "",
                         "{from: paid-only.out, to: to-erp.in}",
                         "{from: receive.out, to: to-erp.in}" }
        << QStringList { "status = \"paid\"", "status = \"settled\"", lastEdge,
                         QString(lastEdge) + "  - {from: receive.out, to: to-erp.in}\n" }
        << allNodes
        << QStringList { "conflict in node paid-only field config.condition: ours "
                         "\"status = \\\"settled\\\"\" theirs (node removed)" };
    QTest::addRow("we remove, they change")
        << QStringList { paidOnlyNode,
                         "",
                         "  - {from: receive.out, to: paid-only.in}\n",
                         "",
                         "{from: paid-only.out, to: to-erp.in}",
                         "{from: receive.out, to: to-erp.in}" }
        << QStringList { "at: [300, 120]", "at: [300, 200]" }
        << QStringList { paidOnlyNode,
                         "",
                         "  - {from: receive.out, to: paid-only.in}\n",
                         "",
                         "{from: paid-only.out, to: to-erp.in}",
                         "{from: receive.out, to: to-erp.in}" }
        << QStringList { "receive", "to-erp", "erp" }
        << QStringList {
               "conflict in node paid-only field at: ours (node removed) theirs [300, 200]"
           };
    QTest::addRow("we remove, they connect")
        << QStringList { "  - id: erp\n    type: sink.http\n    at: [740, 120]\n"
                         "    config: {system: erp, method: POST, path: /sales-orders}\n",
                         "", lastEdge, "" }
        << QStringList { "edges:", notifyNode, lastEdge,
                         QString(lastEdge) + "  - {from: erp.response, to: notify.in}\n" }
        << QStringList { "  - id: erp\n    type: sink.http\n    at: [740, 120]\n"
                         "    config: {system: erp, method: POST, path: /sales-orders}\n",
                         "",
                         "edges:",
                         notifyNode,
                         lastEdge,
                         "" }
        << QStringList { "receive", "paid-only", "to-erp", "notify" }
        << QStringList { "conflict in node erp field edges: ours (node removed) theirs "
                         "\"erp.response → notify.in\"" };
    QTest::addRow("both add one id differently")
        << QStringList { "edges:", auditNode }
        << QStringList { "edges:", QString(auditNode).replace("740, 240", "800, 300") }
        << QStringList { "edges:", auditNode }
        << QStringList { "receive", "paid-only", "to-erp", "erp", "audit" }
        << QStringList { "conflict in node audit field at: ours [740, 240] theirs [800, 300]" };
}

void TestFlowMerge::merge()
{
    QFETCH(QStringList, ours);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedNodes);
    QFETCH(QStringList, conflicts);

    const FlowMerge merge
        = FlowMerge::merge(parsed(baseFlow), parsed(edited(ours)), parsed(edited(theirs)));
    QStringList conflictLines;
    for (const MergeConflict &conflict : merge.conflicts())
        conflictLines.append(conflict.toText());
    QCOMPARE(conflictLines, conflicts);
    QCOMPARE(merge.isClean(), conflicts.isEmpty());
    QCOMPARE(nodeIds(merge.result()), expectedNodes);

    // The merged flow means what the expected one means, and survives a save and a load.
    const Flow reloaded = parsed(merge.result().toYaml());
    QCOMPARE(FlowDiff::compare(parsed(edited(expected)), reloaded).toText(), QString());
}

void TestFlowMerge::keepsOursBytesWhenTheirsIsBase()
{
    const QByteArray ours = edited({ "path: /sales-orders", "path: /v2" })
        + "# a comment that only an unchanged document keeps\n";
    const FlowMerge merge = FlowMerge::merge(parsed(baseFlow), parsed(ours), parsed(baseFlow));
    QVERIFY(merge.isClean());
    QCOMPARE(merge.result().toYaml(), ours);
}

void TestFlowMerge::keepsStylesOfOurs()
{
    // Our block-style config, quoting and unknown config keys stay; their edit lands beside them.
    const QByteArray ours = edited({ "config: {system: erp, method: POST, path: /sales-orders}",
                                     "config:\n      system: erp\n      method: \"POST\"\n"
                                     "      path: /sales-orders\n      extra: kept" });
    const QByteArray theirs = edited({ "retry: 3", "retry: 4" });
    const FlowMerge merge = FlowMerge::merge(parsed(baseFlow), parsed(ours), parsed(theirs));
    QVERIFY(merge.isClean());
    QCOMPARE(QString::fromUtf8(merge.result().toYaml()),
             QString::fromUtf8(edited({ "retry: 3", "retry: 4" }, ours)));
}

QTEST_GUILESS_MAIN(TestFlowMerge)
#include "tst_flowmerge.moc"
