#include "model/vcs/flowdiff.h"

#include "vcstestdata.h"

#include <QJsonArray>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::VcsTest;

class TestFlowDiff : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void json();
    void symmetric();
};

void TestFlowDiff::changes_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("no change") << QStringList() << QStringList();
    QTest::addRow("restyled, same meaning")
        << QStringList { "config: {system: erp, method: POST, path: /sales-orders}",
                         "config:\n      path: \"/sales-orders\"\n      method: POST\n"
                         "      system: erp",
                         "slo: {latencyMs: 2000, successRate: 99.95}",
                         "slo:\n  latencyMs: 2000.0\n  successRate: 99.95" }
        << QStringList();
    QTest::addRow("nodes reordered")
        << QStringList { "  - id: receive\n    type: source.http\n    name: Receive order\n"
                         "    at: [80, 120]\n    config: {method: POST, path: /orders}\n",
                         "", "edges:",
                         "  - id: receive\n    type: source.http\n    name: Receive order\n"
                         "    at: [80, 120]\n    config: {method: POST, path: /orders}\nedges:" }
        << QStringList();
    QTest::addRow("node added") << QStringList {
        "edges:", "  - id: audit\n    type: sink.log\n    at: [740, 240]\nedges:"
    } << QStringList { "+ node audit (sink.log)" };
    QTest::addRow("node removed") << QStringList {
        "  - id: erp\n    type: sink.http\n    at: [740, 120]\n"
        "    config: {system: erp, method: POST, path: /sales-orders}\n",
        ""
    } << QStringList { "- node erp (sink.http)" };
    QTest::addRow("node moved") << QStringList { "at: [740, 120]", "at: [760, 140.5]" }
                                << QStringList { "~ node erp: moved [740, 120] → [760, 140.5]" };
    QTest::addRow("node renamed") << QStringList {
        "name: Receive order", "name: Receive shop order"
    } << QStringList { "~ node receive: renamed \"Receive order\" → \"Receive shop order\"" };
    QTest::addRow("node named") << QStringList { "    type: route.filter\n",
                                                 "    type: route.filter\n    name: Paid\n" }
                                << QStringList { "~ node paid-only: renamed (none) → \"Paid\"" };
    QTest::addRow("type changed") << QStringList {
        "type: sink.http", "type: sink.log"
    } << QStringList { "~ node erp: type \"sink.http\" → \"sink.log\"" };
    QTest::addRow("config field changed")
        << QStringList { "path: /sales-orders", "path: /sales-orders/v2" }
        << QStringList { "~ node erp: config.path \"/sales-orders\" → \"/sales-orders/v2\"" };
    QTest::addRow("nested config field")
        << QStringList { "retry: 3", "retry: 5" }
        << QStringList { "~ node to-erp: config.options.retry 3 → 5" };
    QTest::addRow("config field added and removed")
        << QStringList { "{strict: true, retry: 3}", "{strict: true, timeoutMs: 500}" }
        << QStringList { "~ node to-erp: config.options.retry 3 → (none)",
                         "~ node to-erp: config.options.timeoutMs (none) → 500" };
    QTest::addRow("config value becomes a list")
        << QStringList { "method: POST, path: /sales-orders",
                         "method: [POST, PUT], path: /sales-orders" }
        << QStringList { "~ node erp: config.method \"POST\" → [\"POST\", \"PUT\"]" };
    QTest::addRow("edge added") << QStringList {
        "  - {from: to-erp.out, to: erp.in}\n",
        "  - {from: to-erp.out, to: erp.in}\n  - {from: receive.out, to: erp.in}\n"
    } << QStringList { "+ edge receive.out → erp.in" };
    QTest::addRow("edge removed") << QStringList { "  - {from: paid-only.out, to: to-erp.in}\n",
                                                   "" }
                                  << QStringList { "- edge paid-only.out → to-erp.in" };
    QTest::addRow("edge rewired") << QStringList {
        "{from: receive.out, to: paid-only.in}", "{from: receive.out, to: to-erp.in}"
    } << QStringList { "- edge receive.out → paid-only.in", "+ edge receive.out → to-erp.in" };
    QTest::addRow("flow renamed") << QStringList {
        "name: Shop orders to ERP", "name: Web-shop orders to ERP"
    } << QStringList { "~ flow: name \"Shop orders to ERP\" → \"Web-shop orders to ERP\"" };
    QTest::addRow("description removed")
        << QStringList { "description: Every paid web-shop order becomes an ERP sales order.\n",
                         "" }
        << QStringList { "~ flow: description \"Every paid web-shop order becomes an ERP sales "
                         "order.\" → (none)" };
    QTest::addRow("governance")
        << QStringList { "owner: integration-team", "owner: platform-team\n  retireBy: 2028-12-31" }
        << QStringList { "~ flow: governance.owner \"integration-team\" → \"platform-team\"",
                         "~ flow: governance.retireBy (none) → \"2028-12-31\"" };
    QTest::addRow("slo") << QStringList { "latencyMs: 2000", "latencyMs: 1500" }
                         << QStringList { "~ flow: slo.latencyMs 2000 → 1500" };
    QTest::addRow("stable order of several changes")
        << QStringList { "path: /sales-orders",
                         "path: /v2",
                         "at: [80, 120]",
                         "at: [90, 120]",
                         "  - {from: to-erp.out, to: erp.in}\n",
                         "",
                         "edges:",
                         "  - id: audit\n    type: sink.log\nedges:",
                         "name: Shop orders to ERP",
                         "name: Orders" }
        << QStringList { "~ flow: name \"Shop orders to ERP\" → \"Orders\"",
                         "+ node audit (sink.log)", "~ node receive: moved [80, 120] → [90, 120]",
                         "~ node erp: config.path \"/sales-orders\" → \"/v2\"",
                         "- edge to-erp.out → erp.in" };
}

void TestFlowDiff::changes()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, expected);
    const FlowDiff diff = FlowDiff::compare(parsed(baseFlow), parsed(edited(edits)));
    QStringList lines;
    for (const FlowChange &change : diff.changes())
        lines.append(change.toText());
    QCOMPARE(lines, expected);
    QCOMPARE(diff.isEmpty(), expected.isEmpty());
    QCOMPARE(diff.toText(), expected.isEmpty() ? QString() : expected.join(u'\n') + u'\n');
}

void TestFlowDiff::json()
{
    const FlowDiff diff = FlowDiff::compare(
        parsed(baseFlow),
        parsed(edited({ "path: /sales-orders", "path: /v2", "  - {from: to-erp.out, to: erp.in}\n",
                        "", "at: [740, 120]", "at: [700, 100]" })));
    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value("equal").toBool(true), false);
    const QJsonArray changes = json.value("changes").toArray();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).toObject(),
             (QJsonObject { { "kind", "nodeMoved" },
                            { "node", "erp" },
                            { "field", "at" },
                            { "old", QJsonArray { 740, 120 } },
                            { "new", QJsonArray { 700, 100 } } }));
    QCOMPARE(changes.at(1).toObject(),
             (QJsonObject { { "kind", "nodeConfigChanged" },
                            { "node", "erp" },
                            { "field", "config.path" },
                            { "old", "/sales-orders" },
                            { "new", "/v2" } }));
    QCOMPARE(
        changes.at(2).toObject(),
        (QJsonObject { { "kind", "edgeRemoved" }, { "from", "to-erp.out" }, { "to", "erp.in" } }));
    QCOMPARE(FlowDiff::compare(parsed(baseFlow), parsed(baseFlow)).toJson(),
             (QJsonObject { { "equal", true }, { "changes", QJsonArray() } }));
}

void TestFlowDiff::symmetric()
{
    // Swapping the sides turns every addition into a removal and every old into new.
    const Flow a = parsed(baseFlow);
    const Flow b = parsed(
        edited({ "edges:", "  - id: audit\n    type: sink.log\nedges:", "retry: 3", "retry: 4" }));
    const QList<FlowChange> forward = FlowDiff::compare(a, b).changes();
    const QList<FlowChange> backward = FlowDiff::compare(b, a).changes();
    QCOMPARE(forward.size(), 2);
    QCOMPARE(backward.size(), 2);
    QCOMPARE(forward.at(0).kind, FlowChange::NodeAdded);
    QCOMPARE(backward.at(0).kind, FlowChange::NodeRemoved);
    QCOMPARE(forward.at(1).oldValue, backward.at(1).newValue);
    QCOMPARE(forward.at(1).newValue, backward.at(1).oldValue);
}

QTEST_GUILESS_MAIN(TestFlowDiff)
#include "tst_flowdiff.moc"
