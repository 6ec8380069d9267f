// Loading, changing a field and saving changes exactly that field's text: unknown keys,
// styles (flow or block), quoting and key order of everything else survive.

#include "modeltestutils.h"

#include <QTest>

#include <functional>

using namespace Flowsmith;

namespace {

QString goldenPath(const QString &relative)
{
    return Test::dataDir() + QStringLiteral("/golden/project/") + relative;
}

// `text` with `before` (which must occur exactly once) replaced by `after`.
QByteArray replaced(const QByteArray &text, const QByteArray &before, const QByteArray &after)
{
    if (text.count(before) != 1)
        return "<" + before + "> does not occur exactly once";
    QByteArray result = text;
    return result.replace(before, after);
}

} // namespace

class tst_ModelEdit : public QObject
{
    Q_OBJECT

private slots:
    void flowEdit_data();
    void flowEdit();
    void addNodeAndEdge();
    void revertedEditGivesOriginalBytes();
    void commentsSurviveOnlyUnchangedFiles();
    void newFlowIsCanonical();
    void emptyValuesStayAsWritten();
    void mappingEdit();
    void testSuiteEdit();
    void capabilityEdit();
    void manifestEdit();
};

using FlowChange = std::function<void(Flow &)>;
Q_DECLARE_METATYPE(FlowChange)

void tst_ModelEdit::flowEdit_data()
{
    QTest::addColumn<FlowChange>("change");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::addRow("move a node") << FlowChange([](Flow &f) {
        f.node("paid-only")->at = { 310, 130.25 };
    }) << QByteArray("    at: [300, 120]\n")
                                 << QByteArray("    at: [310, 130.25]\n");
    QTest::addRow("rename the flow")
        << FlowChange([](Flow &f) { f.name = QStringLiteral("Orders to ERP"); })
        << QByteArray("name: Shop orders to ERP\n") << QByteArray("name: Orders to ERP\n");
    QTest::addRow("flow-style config value") << FlowChange([](Flow &f) {
        f.node("paid-only")->config[QStringLiteral("condition")]
            = QStringLiteral("status = \"settled\"");
    }) << QByteArray("{condition: status = \"paid\"}")
                                             << QByteArray("{condition: status = \"settled\"}");
    QTest::addRow("new key in block config")
        << FlowChange([](Flow &f) { f.node("check")->config[QStringLiteral("failFast")] = true; })
        << QByteArray("      strict: true\n")
        << QByteArray("      strict: true\n      failFast: true\n");
    QTest::addRow("nested config value") << FlowChange([](Flow &f) {
        QVariantMap retry = f.node("erp")->config.value(QStringLiteral("retry")).toMap();
        retry[QStringLiteral("attempts")] = 5;
        f.node("erp")->config[QStringLiteral("retry")] = retry;
    }) << QByteArray("retry: {attempts: 3, backoffMs: 1000}")
                                         << QByteArray("retry: {attempts: 5, backoffMs: 1000}");
    QTest::addRow("remove a config key")
        << FlowChange([](Flow &f) { f.node("erp")->config.remove(QStringLiteral("timeoutMs")); })
        << QByteArray("      timeoutMs: 5000\n") << QByteArray();
    QTest::addRow("case ports") << FlowChange([](Flow &f) {
        QVariantList cases = f.node("route")->config.value(QStringLiteral("cases")).toList();
        QVariantMap second = cases.at(1).toMap();
        second[QStringLiteral("id")] = QStringLiteral("normal");
        cases[1] = second;
        f.node("route")->config[QStringLiteral("cases")] = cases;
    }) << QByteArray("{id: small,")
                                << QByteArray("{id: normal,");
    QTest::addRow("quoted name stays quoted")
        << FlowChange([](Flow &f) { f.node("erp")->name = QStringLiteral("ERP orders"); })
        << QByteArray("name: \"ERP: sales orders\"") << QByteArray("name: \"ERP orders\"");
    QTest::addRow("number-like name is quoted")
        << FlowChange([](Flow &f) { f.node("paid-only")->name = QStringLiteral("2024"); })
        << QByteArray("    type: route.filter\n")
        << QByteArray("    type: route.filter\n    name: \"2024\"\n");
    QTest::addRow("name that needs quotes")
        << FlowChange([](Flow &f) { f.node("paid-only")->name = QStringLiteral("Paid: yes #1"); })
        << QByteArray("    type: route.filter\n")
        << QByteArray("    type: route.filter\n    name: \"Paid: yes #1\"\n");
    QTest::addRow("multi-line description")
        << FlowChange(
               [](Flow &f) { f.description = QStringLiteral("Paid orders.\nOnly paid ones.\n"); })
        << QByteArray("description: Every paid web-shop order becomes an ERP sales order.\n")
        << QByteArray("description: |\n  Paid orders.\n  Only paid ones.\n");
    QTest::addRow("clear the steward")
        << FlowChange([](Flow &f) { f.governance.steward.clear(); })
        << QByteArray("  steward: customer-data-office\n") << QByteArray();
    QTest::addRow("add a capability") << FlowChange([](Flow &f) {
        f.governance.capabilities.append(QStringLiteral("invoicing"));
    }) << QByteArray("capabilities: [order-capture]")
                                      << QByteArray("capabilities: [order-capture, invoicing]");
    QTest::addRow("change the SLO")
        << FlowChange([](Flow &f) { f.slo.latencyMs = 1500; })
        << QByteArray("slo: {latencyMs: 2000,") << QByteArray("slo: {latencyMs: 1500,");
    QTest::addRow("remove a node and its edge")
        << FlowChange([](Flow &f) { f.nodes.removeAt(f.indexOfNode(QStringLiteral("reply"))); })
        << QByteArray("  - id: reply\n    type: sink.reply\n    at: [1400, 120]\n    config: "
                      "{status: 201}\n"
                      "edges:\n")
        << QByteArray("edges:\n");
    QTest::addRow("remove an edge")
        << FlowChange([](Flow &f) { f.edges.removeAt(7); })
        << QByteArray("  - {from: erp.response, to: reply.in}\n") << QByteArray();
    QTest::addRow("reconnect an edge")
        << FlowChange([](Flow &f) { f.edges[0].to = PortRef::parse(QStringLiteral("check.in")); })
        << QByteArray("{from: receive.out, to: paid-only.in}")
        << QByteArray("{from: receive.out, to: check.in}");
}

void tst_ModelEdit::flowEdit()
{
    QFETCH(FlowChange, change);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);

    const QString path = goldenPath(QStringLiteral("flows/order-sync.flow.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto flow = Flow::load(path, &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    change(*flow);
    const QByteArray expected = replaced(original, before, after);
    QCOMPARE(flow->toYaml(), expected);

    // And the result reads back to the same flow.
    const auto again = Flow::fromYaml(expected, path, &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(again->toYaml(), expected);
    QCOMPARE(again->nodes.size(), flow->nodes.size());
    for (int i = 0; i < flow->nodes.size(); ++i) {
        QCOMPARE(again->nodes.at(i).name, flow->nodes.at(i).name);
        QCOMPARE(again->nodes.at(i).at, flow->nodes.at(i).at);
        QCOMPARE(again->nodes.at(i).config, flow->nodes.at(i).config);
    }
    QCOMPARE(again->description, flow->description);
}

void tst_ModelEdit::addNodeAndEdge()
{
    const QString path = goldenPath(QStringLiteral("flows/order-sync.flow.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto flow = Flow::load(path, &error);
    QVERIFY(flow);
    FlowNode audit;
    audit.id = QStringLiteral("audit");
    audit.type = QStringLiteral("sink.log");
    audit.name = QStringLiteral("Audit trail");
    audit.at = QPointF(1620, 120);
    audit.config = { { QStringLiteral("level"), QStringLiteral("info") } };
    flow->nodes.append(audit);
    FlowEdge edge;
    edge.from = PortRef::parse(QStringLiteral("erp.response"));
    edge.to = PortRef::parse(QStringLiteral("audit.in"));
    flow->edges.append(edge);

    QByteArray expected = replaced(original, "edges:\n",
                                   "  - id: audit\n    type: sink.log\n    name: Audit trail\n"
                                   "    at: [1620, 120]\n    config: {level: info}\nedges:\n");
    expected += "  - {from: erp.response, to: audit.in}\n";
    QCOMPARE(flow->toYaml(), expected);
}

void tst_ModelEdit::revertedEditGivesOriginalBytes()
{
    const QString path = goldenPath(QStringLiteral("flows/order-sync.flow.yaml"));
    FileError error;
    auto flow = Flow::load(path, &error);
    QVERIFY(flow);
    const FlowNode removed = flow->nodes.takeAt(2);
    QVERIFY(flow->toYaml() != Test::readAll(path));
    flow->nodes.insert(2, removed); // as an undo does: the node keeps its origin
    QCOMPARE(flow->toYaml(), Test::readAll(path));
}

// yaml-cpp drops comments, so the model keeps a file's bytes while nothing changed and writes
// canonical text once something did.
void tst_ModelEdit::commentsSurviveOnlyUnchangedFiles()
{
    const QByteArray text = "# Orders\nflowsmith: 1\nid: f   # the id\nname:   Flow\n";
    FileError error;
    auto flow = Flow::fromYaml(text, QStringLiteral("f.flow.yaml"), &error);
    QVERIFY(flow);
    QCOMPARE(flow->toYaml(), text);
    flow->name = QStringLiteral("Flow 2");
    QCOMPARE(flow->toYaml(), QByteArray("flowsmith: 1\nid: f\nname: Flow 2\n"));
}

void tst_ModelEdit::newFlowIsCanonical()
{
    Flow flow;
    flow.id = QStringLiteral("new-flow");
    flow.name = QStringLiteral("New flow");
    flow.governance.owner = QStringLiteral("integration-team");
    flow.governance.capabilities = { QStringLiteral("order-capture") };
    flow.slo.latencyMs = 2000;
    flow.slo.successRate = 99.95;
    FlowNode node;
    node.id = QStringLiteral("receive");
    node.type = QStringLiteral("source.http");
    node.at = QPointF(80, 120);
    node.config = { { QStringLiteral("method"), QStringLiteral("POST") },
                    { QStringLiteral("path"), QStringLiteral("/orders") } };
    flow.nodes.append(node);
    FlowNode log;
    log.id = QStringLiteral("log");
    log.type = QStringLiteral("sink.log");
    log.at = QPointF(300, 120);
    flow.nodes.append(log);
    flow.edges.append({ PortRef::parse(QStringLiteral("receive.out")),
                        PortRef::parse(QStringLiteral("log.in")),
                        {},
                        {} });
    const QByteArray expected = "flowsmith: 1\n"
                                "id: new-flow\n"
                                "name: New flow\n"
                                "governance:\n"
                                "  owner: integration-team\n"
                                "  capabilities: [order-capture]\n"
                                "slo: {latencyMs: 2000, successRate: 99.95}\n"
                                "nodes:\n"
                                "  - id: receive\n"
                                "    type: source.http\n"
                                "    at: [80, 120]\n"
                                "    config: {method: POST, path: /orders}\n"
                                "  - id: log\n"
                                "    type: sink.log\n"
                                "    at: [300, 120]\n"
                                "edges:\n"
                                "  - {from: receive.out, to: log.in}\n";
    QCOMPARE(flow.toYaml(), expected);
    FileError error;
    const auto read = Flow::fromYaml(expected, QStringLiteral("new.flow.yaml"), &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(read->nodes.at(0).config, node.config);
    QCOMPARE(read->slo.successRate, std::optional<double>(99.95));
}

// `key:` with no value and `[]` read as empty; an edit elsewhere must not drop or rewrite them.
void tst_ModelEdit::emptyValuesStayAsWritten()
{
    const QByteArray text = "flowsmith: 1\nid: f\nname: x\nowner: null\nslo:\n  latencyMs: null\n"
                            "nodes: null\nedges: []\n";
    FileError error;
    auto flow = Flow::fromYaml(text, QStringLiteral("f.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    QVERIFY(flow->nodes.isEmpty());
    QVERIFY(!flow->slo.latencyMs);
    flow->name = QStringLiteral("z");
    QCOMPARE(flow->toYaml(), replaced(text, "name: x\n", "name: z\n"));
}

void tst_ModelEdit::mappingEdit()
{
    const QString path = goldenPath(QStringLiteral("mappings/shop-order-to-erp.map.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto mapping = Mapping::load(path, &error);
    QVERIFY2(mapping, qPrintable(error.toString()));
    QCOMPARE(mapping->rules.size(), 4);
    QCOMPARE(mapping->rules.at(2).rules.size(), 2);
    mapping->rules[2].rules[0].from = QStringLiteral("sku");
    MappingRule price;
    price.target = QStringLiteral("price");
    price.from = QStringLiteral("unitPrice");
    price.function = { { QStringLiteral("name"), QStringLiteral("toNumber") } };
    mapping->rules[2].rules.append(price);
    QByteArray expected
        = replaced(original, "{target: sku, from: productId}", "{target: sku, from: sku}");
    expected = replaced(expected, "function: {name: toNumber}}\n",
                        "function: {name: toNumber}}\n      - {target: price, from: unitPrice, "
                        "function: {name: toNumber}}\n");
    QCOMPARE(mapping->toYaml(), expected);
}

void tst_ModelEdit::testSuiteEdit()
{
    const QString path = goldenPath(QStringLiteral("tests/order-sync.test.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto suite = TestSuite::load(path, &error);
    QVERIFY2(suite, qPrintable(error.toString()));
    QCOMPARE(suite->cases.size(), 2);
    const TestCase &first = suite->cases.at(0);
    QVERIFY(first.body->at("orderId") == nlohmann::ordered_json("A-1001"));
    QVERIFY(first.body->at("total") == nlohmann::ordered_json(1200));
    QCOMPARE(first.mock(QStringLiteral("erp"))->status, std::optional<int>(201));
    QCOMPARE(first.expectation(QStringLiteral("erp"))->assertion, QStringLiteral("$count($) = 1"));
    QCOMPARE(suite->cases.at(1).inputFile, QStringLiteral("samples/orders.json"));

    suite->cases[0].mocks[0].status = 200;
    suite->cases[0].expectations[0].count = 2;
    QByteArray expected = replaced(original, "{status: 201,", "{status: 200,");
    expected = replaced(expected, "        count: 1\n", "        count: 2\n");
    QCOMPARE(suite->toYaml(), expected);
}

void tst_ModelEdit::capabilityEdit()
{
    const QString path = goldenPath(QStringLiteral("capabilities.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto map = CapabilityMap::load(path, &error);
    QVERIFY2(map, qPrintable(error.toString()));
    QVERIFY(map->capability(QStringLiteral("invoicing")));
    QCOMPARE(map->capability(QStringLiteral("order-capture"))->flows,
             QStringList { QStringLiteral("order-sync") });
    map->capabilities[0].children[1].maturity = 3;
    map->capabilities[0].children[1].flows = { QStringLiteral("invoice-sync") };
    const QByteArray expected
        = replaced(original, "    maturity: 2\n        systems: [erp]\n",
                   "    maturity: 3\n        systems: [erp]\n        flows: [invoice-sync]\n");
    QCOMPARE(map->toYaml(), expected);
}

void tst_ModelEdit::manifestEdit()
{
    const QString path = goldenPath(QStringLiteral("flowsmith.yaml"));
    const QByteArray original = Test::readAll(path);
    FileError error;
    auto manifest = ProjectManifest::load(path, &error);
    QVERIFY2(manifest, qPrintable(error.toString()));
    QCOMPARE(manifest->system(QStringLiteral("erp"))->baseUrl,
             QStringLiteral("https://erp.example.com"));
    manifest->systems[1].baseUrl = QStringLiteral("https://erp2.example.com");
    const QByteArray expected
        = replaced(original, "https://erp.example.com", "https://erp2.example.com");
    QCOMPARE(manifest->toYaml(), expected);
}

QTEST_GUILESS_MAIN(tst_ModelEdit)
#include "tst_modeledit.moc"
