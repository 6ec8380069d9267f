#include "documenttest.h"

#include "model/documents/edgecommands.h"
#include "model/documents/flowcommands.h"
#include "model/documents/flowdocument.h"
#include "model/documents/livenodemove.h"
#include "model/documents/movenodescommand.h"
#include "model/documents/nodecommands.h"
#include "model/documents/nodepropertycommands.h"

#include <QDir>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Flowsmith;
using namespace DocumentTest;

using MakeCommand = std::function<QUndoCommand *(FlowDocument *)>;
using CheckFlow = std::function<void(const Flow &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(CheckFlow)

namespace {

const QString fixture = QStringLiteral("order-sync.flow.yaml");

FlowNode makeNode(const QString &id, const QString &type, QPointF at, const QString &name = {})
{
    FlowNode node;
    node.id = id;
    node.type = type;
    node.name = name;
    node.at = at;
    return node;
}

QStringList nodeIds(const Flow &flow)
{
    QStringList ids;
    for (const FlowNode &node : flow.nodes)
        ids.append(node.id);
    return ids;
}

QStringList edgeTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowEdge &edge : flow.edges)
        texts.append(edge.from.toString() + u'>' + edge.to.toString());
    return texts;
}

} // namespace

class TestFlowDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void commands_data();
    void commands();
    void noOpCommands_data();
    void noOpCommands();

    void removeRestoresUnknownKeys();
    void pastedNodesGetFreshIds();
    void changeIdLeavesOtherEdges();
    void consecutiveMovesMerge();
    void movesOfDifferentNodesDoNotMerge();
    void moveBackToStartVanishes();
    void liveMoveFirstRedoDoesNothing();
    void liveMoveCancelRestores();

    void dirtyStateFollowsCleanIndex();
    void saveWritesAtomicallyAndReload();
    void loadFailureLeavesDocument();

    void changeSignals_data();
    void changeSignals();

    void randomEditsUndoToOriginalBytes();

private:
    QByteArray m_original;
};

void TestFlowDocument::initTestCase()
{
    m_original = fileBytes(dataPath(fixture));
    QVERIFY(!m_original.isEmpty());
    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(fixture), &error), qPrintable(error.toString()));
    // Everything below compares against these bytes: the fixture must round-trip on its own.
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::commands_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QByteArrayList>("edits"); // expected bytes, when the edit is predictable
    QTest::addColumn<CheckFlow>("check"); // applied to the flow re-read from the new bytes

    using GF = FlowDocument::GovernanceField;

    QTest::addRow("add node") << MakeCommand([](FlowDocument *d) {
        return new AddNodesCommand(d, { makeNode("mask", "security.mask", { 300, 260 }) });
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(nodeIds(f),
                 QStringList({ "receive", "paid-only", "to-erp", "erp", "audit", "mask" }));
        QCOMPARE(f.nodes.last().type, QStringLiteral("security.mask"));
        QCOMPARE(f.nodes.last().at, QPointF(300, 260));
        QCOMPARE(f.edges.size(), 4);
    });
    QTest::addRow("add nodes with edges") << MakeCommand([](FlowDocument *d) {
        FlowEdge a { PortRef { "to-erp", "out" }, PortRef { "mask", "in" }, {}, {} };
        FlowEdge b { PortRef { "mask", "out" }, PortRef { "topic", "in" }, {}, {} };
        return new AddNodesCommand(d,
                                   { makeNode("mask", "security.mask", { 740, 260 }, "Mask"),
                                     makeNode("topic", "sink.topic", { 960, 260 }) },
                                   { a, b });
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(f.nodes.size(), 7);
        QCOMPARE(f.nodes.at(5).name, QStringLiteral("Mask"));
        QCOMPARE(edgeTexts(f).mid(4), QStringList({ "to-erp.out>mask.in", "mask.out>topic.in" }));
    });
    QTest::addRow("remove middle node")
        << MakeCommand([](FlowDocument *d) { return new RemoveNodesCommand(d, { "paid-only" }); })
        << QByteArrayList { "  - id: paid-only\n    type: route.filter\n    at: [300, 120]\n"
                            "    config: {condition: status = \"paid\"}\n    x-reviewed-by: jane\n",
                            "",
                            "  - {from: receive.out, to: paid-only.in}\n",
                            "",
                            "  - {from: paid-only.out, to: to-erp.in}\n",
                            "",
                            "  - {from: paid-only.out, to: audit.in}\n",
                            "" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(nodeIds(f), QStringList({ "receive", "to-erp", "erp", "audit" }));
               QCOMPARE(edgeTexts(f), QStringList({ "to-erp.out>erp.in" }));
           });
    QTest::addRow("remove first and last nodes") << MakeCommand([](FlowDocument *d) {
        return new RemoveNodesCommand(d, { "audit", "receive" });
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(nodeIds(f), QStringList({ "paid-only", "to-erp", "erp" }));
        QCOMPARE(edgeTexts(f), QStringList({ "paid-only.out>to-erp.in", "to-erp.out>erp.in" }));
    });
    QTest::addRow("move node") << MakeCommand([](FlowDocument *d) {
        return new MoveNodesCommand(d, { "receive" }, { QPointF(100, 140) });
    }) << QByteArrayList { "at: [80, 120]", "at: [100, 140]" }
                               << CheckFlow([](const Flow &f) {
                                      QCOMPARE(f.nodes.first().at, QPointF(100, 140));
                                  });
    QTest::addRow("move two nodes") << MakeCommand([](FlowDocument *d) {
        return new MoveNodesCommand(d, { "to-erp", "erp" },
                                    { QPointF(540, 160), QPointF(760, 160) });
    }) << QByteArrayList { "at: [520, 120]", "at: [540, 160]", "at: [740, 120]", "at: [760, 160]" }
                                    << CheckFlow([](const Flow &f) {
                                           QCOMPARE(f.node("to-erp")->at, QPointF(540, 160));
                                           QCOMPARE(f.node("erp")->at, QPointF(760, 160));
                                       });
    QTest::addRow("connect ports") << MakeCommand([](FlowDocument *d) {
        return new ConnectPortsCommand(d, PortRef { "to-erp", "out" }, PortRef { "audit", "in" });
    })
                                   << QByteArrayList { "  - {from: paid-only.out, to: audit.in}\n",
                                                       "  - {from: paid-only.out, to: audit.in}\n"
                                                       "  - {from: to-erp.out, to: audit.in}\n" }
                                   << CheckFlow([](const Flow &f) {
                                          QCOMPARE(edgeTexts(f).last(),
                                                   QStringLiteral("to-erp.out>audit.in"));
                                      });
    QTest::addRow("disconnect ports")
        << MakeCommand([](FlowDocument *d) {
               return new DisconnectPortsCommand(d, PortRef { "paid-only", "out" },
                                                 PortRef { "to-erp", "in" });
           })
        << QByteArrayList { "  - {from: paid-only.out, to: to-erp.in}\n", "" }
        << CheckFlow([](const Flow &f) { QCOMPARE(f.edges.size(), 3); });
    QTest::addRow("disconnect two edges")
        << MakeCommand([](FlowDocument *d) {
               const QList<FlowEdge> edges = d->flow().edges;
               return new DisconnectPortsCommand(d, { edges.at(3), edges.at(0) });
           })
        << QByteArrayList { "  - {from: receive.out, to: paid-only.in}\n", "",
                            "  - {from: paid-only.out, to: audit.in}\n", "" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(edgeTexts(f),
                        QStringList({ "paid-only.out>to-erp.in", "to-erp.out>erp.in" }));
           });
    QTest::addRow("rename node") << MakeCommand([](FlowDocument *d) {
        return new RenameNodeCommand(d, "receive", "Receive web order");
    }) << QByteArrayList { "name: Receive order", "name: Receive web order" }
                                 << CheckFlow([](const Flow &f) {
                                        QCOMPARE(f.nodes.first().name,
                                                 QStringLiteral("Receive web order"));
                                    });
    QTest::addRow("name an unnamed node") << MakeCommand([](FlowDocument *d) {
        return new RenameNodeCommand(d, "paid-only", "Paid only");
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(f.node("paid-only")->name, QStringLiteral("Paid only"));
    });
    QTest::addRow("clear a node name")
        << MakeCommand([](FlowDocument *d) { return new RenameNodeCommand(d, "receive", {}); })
        << QByteArrayList { "    name: Receive order\n", "" }
        << CheckFlow([](const Flow &f) { QVERIFY(f.node("receive")->name.isEmpty()); });
    QTest::addRow("change node id") << MakeCommand(
        [](FlowDocument *d) { return new ChangeNodeIdCommand(d, "paid-only", "paid"); })
                                    << QByteArrayList { "id: paid-only",
                                                        "id: paid",
                                                        "{from: receive.out, to: paid-only.in}",
                                                        "{from: receive.out, to: paid.in}",
                                                        "{from: paid-only.out, to: to-erp.in}",
                                                        "{from: paid.out, to: to-erp.in}",
                                                        "{from: paid-only.out, to: audit.in}",
                                                        "{from: paid.out, to: audit.in}" }
                                    << CheckFlow([](const Flow &f) {
                                           QVERIFY(f.node("paid"));
                                           QVERIFY(!f.node("paid-only"));
                                       });
    QTest::addRow("set config key")
        << MakeCommand([](FlowDocument *d) {
               return new SetNodeConfigCommand(d, "to-erp", "mapping",
                                               QVariant(QStringLiteral("shop-order-to-erp-v2")));
           })
        << QByteArrayList { "mapping: shop-order-to-erp\n", "mapping: shop-order-to-erp-v2\n" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.node("to-erp")->config.value("mapping").toString(),
                        QStringLiteral("shop-order-to-erp-v2"));
           });
    QTest::addRow("set config key in flow style")
        << MakeCommand([](FlowDocument *d) {
               return new SetNodeConfigCommand(d, "erp", "path",
                                               QVariant(QStringLiteral("/orders")));
           })
        << QByteArrayList { "path: /sales-orders}", "path: /orders}" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.node("erp")->config.value("path").toString(), QStringLiteral("/orders"));
           });
    QTest::addRow("add config key") << MakeCommand([](FlowDocument *d) {
        return new SetNodeConfigCommand(d, "erp", "timeoutMs", QVariant(5000));
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(f.node("erp")->config.value("timeoutMs").toInt(), 5000);
        QCOMPARE(f.node("erp")->config.size(), 4);
    });
    QTest::addRow("remove config key") << MakeCommand([](FlowDocument *d) {
        return new SetNodeConfigCommand(d, "erp", "method", std::nullopt);
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QVERIFY(!f.node("erp")->config.contains("method"));
        QCOMPARE(f.node("erp")->config.size(), 2);
    });
    QTest::addRow("replace whole config")
        << MakeCommand([](FlowDocument *d) {
               return new SetNodeConfigCommand(d, "audit", QVariantMap { { "level", "debug" } });
           })
        << QByteArrayList { "config: {level: info}", "config: {level: debug}" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.node("audit")->config,
                        QVariantMap({ { "level", QStringLiteral("debug") } }));
           });
    QTest::addRow("set governance owner")
        << MakeCommand([](FlowDocument *d) {
               return new SetGovernanceCommand(d, GF::Owner, QStringLiteral("platform-team"));
           })
        << QByteArrayList { "  owner: integration-team\n", "  owner: platform-team\n" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.governance.owner, QStringLiteral("platform-team"));
           });
    QTest::addRow("set governance capabilities")
        << MakeCommand([](FlowDocument *d) {
               return new SetGovernanceCommand(d, GF::Capabilities,
                                               QStringList({ "order-capture", "invoicing" }));
           })
        << QByteArrayList { "capabilities: [order-capture]",
                            "capabilities: [order-capture, invoicing]" }
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.governance.capabilities, QStringList({ "order-capture", "invoicing" }));
           });
    QTest::addRow("clear governance steward") << MakeCommand([](FlowDocument *d) {
        return new SetGovernanceCommand(d, GF::Steward, QString());
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QVERIFY(f.governance.steward.isEmpty());
        QCOMPARE(f.governance.owner, QStringLiteral("integration-team"));
    });
    QTest::addRow("set governance retire date") << MakeCommand([](FlowDocument *d) {
        return new SetGovernanceCommand(d, GF::RetireBy, QStringLiteral("2029-06-30"));
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QCOMPARE(f.governance.retireBy, QStringLiteral("2029-06-30"));
    });
    QTest::addRow("set latency objective")
        << MakeCommand([](FlowDocument *d) {
               return new SetSloCommand(d, FlowDocument::SloField::LatencyMs, 1500);
           })
        << QByteArrayList { "latencyMs: 2000", "latencyMs: 1500" }
        << CheckFlow([](const Flow &f) { QCOMPARE(f.slo.latencyMs, std::optional<double>(1500)); });
    QTest::addRow("remove success-rate objective") << MakeCommand([](FlowDocument *d) {
        return new SetSloCommand(d, FlowDocument::SloField::SuccessRate, std::nullopt);
    }) << QByteArrayList {} << CheckFlow([](const Flow &f) {
        QVERIFY(!f.slo.successRate.has_value());
        QCOMPARE(f.slo.latencyMs, std::optional<double>(2000));
    });
    QTest::addRow("rename flow") << MakeCommand([](FlowDocument *d) {
        return new SetFlowPropertyCommand(d, FlowDocument::FlowProperty::Name,
                                          QStringLiteral("Web-shop orders to ERP"));
    }) << QByteArrayList { "name: Shop orders to ERP", "name: Web-shop orders to ERP" }
                                 << CheckFlow([](const Flow &f) {
                                        QCOMPARE(f.name, QStringLiteral("Web-shop orders to ERP"));
                                    });
    QTest::addRow("change flow description")
        << MakeCommand([](FlowDocument *d) {
               return new SetFlowPropertyCommand(d, FlowDocument::FlowProperty::Description,
                                                 QStringLiteral("Paid orders only."));
           })
        << QByteArrayList { "description: Every paid web-shop order becomes an ERP sales order.",
                            "description: Paid orders only." }
        << CheckFlow(
               [](const Flow &f) { QCOMPARE(f.description, QStringLiteral("Paid orders only.")); });
}

// do -> expected bytes -> undo -> the file's bytes -> redo -> the same bytes as after do.
void TestFlowDocument::commands()
{
    QFETCH(MakeCommand, make);
    QFETCH(QByteArrayList, edits);
    QFETCH(CheckFlow, check);

    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();

    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);
    QVERIFY(document.isModified());

    const QByteArray afterDo = document.flow().toYaml();
    QVERIFY(afterDo != m_original);
    if (!edits.isEmpty()) {
        QByteArray expected = m_original;
        QVERIFY(applyEdits(&expected, edits));
        QCOMPARE(afterDo, expected);
    }
    FileError error;
    const std::optional<Flow> reread = Flow::fromYaml(afterDo, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    check(*reread);
    if (QTest::currentTestFailed())
        return;

    stack->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
    QVERIFY(!document.isModified());

    stack->redo();
    QCOMPARE(document.flow().toYaml(), afterDo);

    stack->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::noOpCommands_data()
{
    QTest::addColumn<MakeCommand>("make");

    QTest::addRow("rename to the same name") << MakeCommand(
        [](FlowDocument *d) { return new RenameNodeCommand(d, "receive", "Receive order"); });
    QTest::addRow("rename a missing node")
        << MakeCommand([](FlowDocument *d) { return new RenameNodeCommand(d, "nope", "x"); });
    QTest::addRow("connect an existing edge") << MakeCommand([](FlowDocument *d) {
        return new ConnectPortsCommand(d, PortRef { "receive", "out" },
                                       PortRef { "paid-only", "in" });
    });
    QTest::addRow("disconnect a missing edge") << MakeCommand([](FlowDocument *d) {
        return new DisconnectPortsCommand(d, PortRef { "erp", "response" },
                                          PortRef { "audit", "in" });
    });
    QTest::addRow("remove a missing node")
        << MakeCommand([](FlowDocument *d) { return new RemoveNodesCommand(d, { "nope" }); });
    QTest::addRow("change id to a taken id") << MakeCommand(
        [](FlowDocument *d) { return new ChangeNodeIdCommand(d, "receive", "erp"); });
    QTest::addRow("change id to empty")
        << MakeCommand([](FlowDocument *d) { return new ChangeNodeIdCommand(d, "receive", {}); });
    QTest::addRow("move to where it is") << MakeCommand([](FlowDocument *d) {
        return new MoveNodesCommand(d, { "receive" }, { QPointF(80, 120) });
    });
    QTest::addRow("set config to its value") << MakeCommand([](FlowDocument *d) {
        return new SetNodeConfigCommand(d, "audit", "level", QVariant(QStringLiteral("info")));
    });
    QTest::addRow("remove a missing config key") << MakeCommand(
        [](FlowDocument *d) { return new SetNodeConfigCommand(d, "audit", "nope", std::nullopt); });
    QTest::addRow("set governance to its value") << MakeCommand([](FlowDocument *d) {
        return new SetGovernanceCommand(d, FlowDocument::GovernanceField::Classification,
                                        QStringLiteral("confidential"));
    });
    QTest::addRow("set slo to its value") << MakeCommand([](FlowDocument *d) {
        return new SetSloCommand(d, FlowDocument::SloField::SuccessRate, 99.95);
    });
    QTest::addRow("add a node of an unknown type") << MakeCommand([](FlowDocument *d) {
        return new AddNodesCommand(
            d, { makeNode("x", "magic.wand", {}) },
            { FlowEdge { PortRef { "x", "out" }, PortRef { "audit", "in" }, {}, {} } });
    });
    QTest::addRow("connect an empty port") << MakeCommand([](FlowDocument *d) {
        return new ConnectPortsCommand(d, PortRef { "erp", "" }, PortRef { "audit", "in" });
    });
    QTest::addRow("connect from a missing node id") << MakeCommand([](FlowDocument *d) {
        return new ConnectPortsCommand(d, PortRef { "", "out" }, PortRef { "audit", "in" });
    });
    QTest::addRow("add nothing") << MakeCommand(
        [](FlowDocument *d) { return new AddNodesCommand(d, {}); });
}

// An edit that changes nothing leaves no undo step and no dirty document.
void TestFlowDocument::noOpCommands()
{
    QFETCH(MakeCommand, make);

    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy modified(&document, &Document::modifiedChanged);
    document.undoStack()->push(make(&document));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 0);
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::removeRestoresUnknownKeys()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    document.undoStack()->push(new RemoveNodesCommand(&document, { "paid-only" }));
    QVERIFY(!document.flow().toYaml().contains("x-reviewed-by"));
    document.undoStack()->undo();
    QVERIFY(!document.node("paid-only")->origin.isNull());
    QVERIFY(document.flow().toYaml().contains("    x-reviewed-by: jane\n"));
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::pastedNodesGetFreshIds()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    // A copy of receive -> paid-only, pasted twice.
    const QList<FlowNode> nodes { *document.node("receive"), *document.node("paid-only") };
    const QList<FlowEdge> edges { document.flow().edges.first() };

    auto *first = new AddNodesCommand(&document, nodes, edges);
    document.undoStack()->push(first);
    QCOMPARE(first->nodeIds(), QStringList({ "receive-2", "paid-only-2" }));
    auto *second = new AddNodesCommand(&document, nodes, edges);
    document.undoStack()->push(second);
    QCOMPARE(second->nodeIds(), QStringList({ "receive-3", "paid-only-3" }));
    QCOMPARE(edgeTexts(document.flow()).mid(4),
             QStringList({ "receive-2.out>paid-only-2.in", "receive-3.out>paid-only-3.in" }));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::changeIdLeavesOtherEdges()
{
    // An edge already dangling towards the new id must not be renamed back on undo.
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    stack->push(
        new ConnectPortsCommand(&document, PortRef { "gate", "out" }, PortRef { "audit", "in" }));
    const QByteArray withDangling = document.flow().toYaml();
    stack->push(new ChangeNodeIdCommand(&document, "receive", "gate"));
    QCOMPARE(edgeTexts(document.flow()).first(), QStringLiteral("gate.out>paid-only.in"));
    stack->undo();
    QCOMPARE(document.flow().toYaml(), withDangling);
    QCOMPARE(edgeTexts(document.flow()).last(), QStringLiteral("gate.out>audit.in"));
}

void TestFlowDocument::consecutiveMovesMerge()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    for (int step = 1; step <= 5; ++step)
        stack->push(
            new MoveNodesCommand(&document, { "erp", "audit" },
                                 { QPointF(740 + step * 10, 120), QPointF(520, 260 + step) }));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.node("erp")->at, QPointF(790, 120));
    QCOMPARE(document.node("audit")->at, QPointF(520, 265));
    stack->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
    stack->redo();
    QCOMPARE(document.node("erp")->at, QPointF(790, 120));
}

void TestFlowDocument::movesOfDifferentNodesDoNotMerge()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    stack->push(new MoveNodesCommand(&document, { "erp" }, { QPointF(1, 2) }));
    stack->push(new MoveNodesCommand(&document, { "audit" }, { QPointF(3, 4) }));
    stack->push(new RenameNodeCommand(&document, "erp", "ERP"));
    stack->push(new MoveNodesCommand(&document, { "audit" }, { QPointF(5, 6) }));
    QCOMPARE(stack->count(), 4);
    // Nor across a save: the saved state must stay reachable.
    QTemporaryDir dir;
    QVERIFY(document.save(dir.filePath("saved.flow.yaml")));
    stack->push(new MoveNodesCommand(&document, { "audit" }, { QPointF(7, 8) }));
    QCOMPARE(stack->count(), 5);
    stack->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.node("audit")->at, QPointF(5, 6));
}

void TestFlowDocument::moveBackToStartVanishes()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    stack->push(new MoveNodesCommand(&document, { "receive" }, { QPointF(90, 130) }));
    stack->push(new MoveNodesCommand(&document, { "receive" }, { QPointF(80, 120) }));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowDocument::liveMoveFirstRedoDoesNothing()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy changed(&document, &FlowDocument::nodeChanged);
    {
        LiveNodeMove drag(&document, { "receive", "paid-only" });
        drag.moveBy(QPointF(5, 5));
        drag.moveBy(QPointF(10, 20));
        QCOMPARE(document.node("paid-only")->at, QPointF(310, 140));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(document.undoStack()->count(), 0);
        drag.finish();
    }
    // The push's redo left the data alone: no further signal, same positions.
    QCOMPARE(changed.count(), 4);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.node("receive")->at, QPointF(90, 140));
    const QByteArray moved = document.flow().toYaml();

    document.undoStack()->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
    QCOMPARE(changed.count(), 6);
    document.undoStack()->redo();
    QCOMPARE(document.flow().toYaml(), moved);
    QCOMPARE(changed.count(), 8);
}

void TestFlowDocument::liveMoveCancelRestores()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    {
        LiveNodeMove drag(&document, { "erp" });
        drag.moveTo({ QPointF(0, 0) });
        QCOMPARE(document.node("erp")->at, QPointF(0, 0));
    } // destroyed unfinished: cancelled
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.flow().toYaml(), m_original);

    LiveNodeMove still(&document, { "erp" });
    still.moveBy(QPointF(0, 0));
    still.finish();
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestFlowDocument::dirtyStateFollowsCleanIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy modified(&document, &Document::modifiedChanged);
    QUndoStack *stack = document.undoStack();
    QVERIFY(!document.isModified());

    stack->push(new RenameNodeCommand(&document, "erp", "ERP"));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    const QString path = dir.filePath("order-sync.flow.yaml");
    QVERIFY(document.save(path));
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QCOMPARE(document.fileName(), path);

    stack->undo();
    QVERIFY(document.isModified());
    QCOMPARE(modified.last().at(0).toBool(), true);
    stack->redo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QCOMPARE(modified.count(), 4);

    // Undo past the save, then a new edit: the saved state can no longer be reached.
    stack->undo();
    stack->push(new RenameNodeCommand(&document, "audit", "Audit"));
    QVERIFY(document.isModified());
    stack->undo();
    QVERIFY(document.isModified());
}

void TestFlowDocument::saveWritesAtomicallyAndReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("order-sync.flow.yaml");
    QVERIFY(QFile::copy(dataPath(fixture), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    FlowDocument document;
    QVERIFY(document.load(path));
    document.undoStack()->push(new RenameNodeCommand(&document, "erp", "ERP"));
    QVERIFY(document.save(path));
    QCOMPARE(fileBytes(path), document.flow().toYaml());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ "order-sync.flow.yaml" }));

    // The source view saves the file underneath: reload replaces the data and the history.
    QByteArray changed = m_original;
    changed.replace("name: Shop orders to ERP", "name: Edited by hand");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(changed);
    }
    QSignalSpy reset(&document, &Document::reset);
    FileError error;
    QVERIFY2(document.reload(&error), qPrintable(error.toString()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(document.flow().name, QStringLiteral("Edited by hand"));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(document.flow().toYaml(), changed);
}

void TestFlowDocument::loadFailureLeavesDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath("broken.flow.yaml");
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("flowsmith: 1\nid: [unclosed\n");
    }
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    document.undoStack()->push(new RenameNodeCommand(&document, "erp", "ERP"));
    const QByteArray before = document.flow().toYaml();

    QSignalSpy reset(&document, &Document::reset);
    FileError error;
    QVERIFY(!document.load(broken, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.file, broken);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(document.flow().toYaml(), before);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.fileName(), dataPath(fixture));

    // Saving where one cannot write fails, names the file and keeps the document dirty.
    FlowDocument unsaved;
    QVERIFY(unsaved.load(dataPath(fixture)));
    unsaved.undoStack()->push(new RenameNodeCommand(&unsaved, "erp", "ERP"));
    const QString impossible = dir.filePath("no/such/folder/x.flow.yaml");
    QVERIFY(!unsaved.save(impossible, &error));
    QVERIFY(unsaved.isModified());
    QCOMPARE(unsaved.fileName(), dataPath(fixture));

    // A new document has nowhere to save or reload from until it is given a name.
    FlowDocument untitled;
    QVERIFY(!untitled.save(QString(), &error));
    QCOMPARE(error.code, QStringLiteral("FS012"));
    QVERIFY(!untitled.reload(&error));
    QVERIFY(!error.message.isEmpty());
}

void TestFlowDocument::changeSignals_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QStringList>("afterDo"); // signals, in order, with their arguments
    QTest::addColumn<QStringList>("afterUndo");

    QTest::addRow("remove node")
        << MakeCommand([](FlowDocument *d) { return new RemoveNodesCommand(d, { "to-erp" }); })
        << QStringList({ "edgeRemoved to-erp.out>erp.in", "edgeRemoved paid-only.out>to-erp.in",
                         "nodeRemoved to-erp" })
        << QStringList({ "nodeAdded to-erp", "edgeAdded paid-only.out>to-erp.in",
                         "edgeAdded to-erp.out>erp.in" });
    QTest::addRow("add node") << MakeCommand([](FlowDocument *d) {
        return new AddNodesCommand(
            d, { makeNode("x", "sink.log", {}) },
            { FlowEdge { PortRef { "erp", "response" }, PortRef { "x", "in" }, {}, {} } });
    }) << QStringList({ "nodeAdded x", "edgeAdded erp.response>x.in" })
                              << QStringList({ "edgeRemoved erp.response>x.in", "nodeRemoved x" });
    QTest::addRow("connect") << MakeCommand([](FlowDocument *d) {
        return new ConnectPortsCommand(d, PortRef { "erp", "response" }, PortRef { "audit", "in" });
    }) << QStringList({ "edgeAdded erp.response>audit.in" })
                             << QStringList({ "edgeRemoved erp.response>audit.in" });
    QTest::addRow("move") << MakeCommand([](FlowDocument *d) {
        return new MoveNodesCommand(d, { "erp" }, { QPointF() });
    }) << QStringList({ "nodeChanged erp Position" })
                          << QStringList({ "nodeChanged erp Position" });
    QTest::addRow("rename") << MakeCommand([](FlowDocument *d) {
        return new RenameNodeCommand(d, "erp", "ERP");
    }) << QStringList({ "nodeChanged erp Name" })
                            << QStringList({ "nodeChanged erp Name" });
    QTest::addRow("config") << MakeCommand([](FlowDocument *d) {
        return new SetNodeConfigCommand(d, "erp", "path", QVariant("/x"));
    }) << QStringList({ "nodeChanged erp Config" })
                            << QStringList({ "nodeChanged erp Config" });
    QTest::addRow("change id") << MakeCommand([](FlowDocument *d) {
        return new ChangeNodeIdCommand(d, "erp", "erp2");
    }) << QStringList({ "nodeIdChanged erp erp2" })
                               << QStringList({ "nodeIdChanged erp2 erp" });
    QTest::addRow("governance") << MakeCommand([](FlowDocument *d) {
        return new SetGovernanceCommand(d, FlowDocument::GovernanceField::Steward, QString("x"));
    }) << QStringList({ "governanceChanged Steward" })
                                << QStringList({ "governanceChanged Steward" });
    QTest::addRow("slo") << MakeCommand([](FlowDocument *d) {
        return new SetSloCommand(d, FlowDocument::SloField::LatencyMs, 10);
    }) << QStringList({ "sloChanged LatencyMs" })
                         << QStringList({ "sloChanged LatencyMs" });
    QTest::addRow("flow name") << MakeCommand([](FlowDocument *d) {
        return new SetFlowPropertyCommand(d, FlowDocument::FlowProperty::Name, "x");
    }) << QStringList({ "flowPropertyChanged Name" })
                               << QStringList({ "flowPropertyChanged Name" });
}

// Views rebuild from the signals alone, so every change must be announced, in an order in
// which no edge ever refers to a node a view does not have.
void TestFlowDocument::changeSignals()
{
    QFETCH(MakeCommand, make);
    QFETCH(QStringList, afterDo);
    QFETCH(QStringList, afterUndo);

    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QStringList log;
    const auto edge = [](const FlowEdge &e) {
        return e.from.toString() + u'>' + e.to.toString();
    };
    const auto name = [](auto value) {
        return QString::fromLatin1(QMetaEnum::fromType<decltype(value)>().valueToKey(int(value)));
    };
    connect(&document, &FlowDocument::nodeAdded, this,
            [&](const QString &id) { log << "nodeAdded " + id; });
    connect(&document, &FlowDocument::nodeRemoved, this,
            [&](const QString &id) { log << "nodeRemoved " + id; });
    connect(&document, &FlowDocument::nodeChanged, this,
            [&](const QString &id, FlowDocument::NodeProperty p) {
                log << "nodeChanged " + id + u' ' + name(p);
            });
    connect(&document, &FlowDocument::nodeIdChanged, this,
            [&](const QString &a, const QString &b) { log << "nodeIdChanged " + a + u' ' + b; });
    connect(&document, &FlowDocument::edgeAdded, this,
            [&](const FlowEdge &e) { log << "edgeAdded " + edge(e); });
    connect(&document, &FlowDocument::edgeRemoved, this,
            [&](const FlowEdge &e) { log << "edgeRemoved " + edge(e); });
    connect(&document, &FlowDocument::governanceChanged, this,
            [&](FlowDocument::GovernanceField f) { log << "governanceChanged " + name(f); });
    connect(&document, &FlowDocument::sloChanged, this,
            [&](FlowDocument::SloField f) { log << "sloChanged " + name(f); });
    connect(&document, &FlowDocument::flowPropertyChanged, this,
            [&](FlowDocument::FlowProperty p) { log << "flowPropertyChanged " + name(p); });

    document.undoStack()->push(make(&document));
    QCOMPARE(log, afterDo);
    log.clear();
    document.undoStack()->undo();
    QCOMPARE(log, afterUndo);
    log.clear();
    document.undoStack()->redo();
    QCOMPARE(log, afterDo);

    // And the spies see typed arguments (queued connections and QML need the metatypes).
    QSignalSpy edgeSpy(&document, &FlowDocument::edgeAdded);
    document.undoStack()->push(
        new ConnectPortsCommand(&document, PortRef { "audit", "x" }, PortRef { "erp", "in" }));
    QCOMPARE(edgeSpy.count(), 1);
    QCOMPARE(edgeSpy.first().first().value<FlowEdge>().from, (PortRef { "audit", "x" }));
}

// 200 random edits, checked against a snapshot at every step on the way back.
void TestFlowDocument::randomEditsUndoToOriginalBytes()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    QRandomGenerator random(20261126);
    QList<QByteArray> snapshots { m_original };
    int counter = 0;

    const auto pick = [&](const QStringList &list) {
        return list.at(random.bounded(int(list.size())));
    };
    const auto ids = [&] {
        return nodeIds(document.flow());
    };

    for (int step = 0; step < 200; ++step) {
        const int before = stack->index();
        const QStringList nodes = ids();
        const QString id = pick(nodes);
        ++counter;
        const int kind = random.bounded(13);
        if (kind == 11 && stack->canUndo()) {
            stack->undo();
            QCOMPARE(document.flow().toYaml(), snapshots.at(stack->index()));
            continue;
        }
        if (kind == 12 && stack->canRedo()) {
            stack->redo();
            QCOMPARE(document.flow().toYaml(), snapshots.at(stack->index()));
            continue;
        }
        switch (kind) {
        case 0:
            stack->push(new MoveNodesCommand(
                &document, { id }, { QPointF(random.bounded(1000), random.bounded(600)) }));
            break;
        case 1:
            stack->push(
                new RenameNodeCommand(&document, id, QStringLiteral("Node %1").arg(counter)));
            break;
        case 2:
            stack->push(new AddNodesCommand(&document,
                                            { makeNode(QStringLiteral("n%1").arg(counter),
                                                       "sink.log", QPointF(counter, counter)) }));
            break;
        case 3:
            if (nodes.size() > 2)
                stack->push(new RemoveNodesCommand(&document, { id, pick(nodes) }));
            break;
        case 4:
            stack->push(new ConnectPortsCommand(&document, PortRef { id, "out" },
                                                PortRef { pick(nodes), "in" }));
            break;
        case 5:
            if (!document.flow().edges.isEmpty()) {
                const auto &edges = document.flow().edges;
                stack->push(new DisconnectPortsCommand(
                    &document, { edges.at(random.bounded(int(edges.size()))) }));
            }
            break;
        case 6:
            stack->push(
                new ChangeNodeIdCommand(&document, id, QStringLiteral("id%1").arg(counter)));
            break;
        case 7:
            if (random.bounded(2))
                stack->push(new SetNodeConfigCommand(&document, id, "note", QVariant(counter)));
            else
                stack->push(new SetNodeConfigCommand(
                    &document, id, pick({ "note", "path", "level" }), std::nullopt));
            break;
        case 8:
            stack->push(new SetGovernanceCommand(&document, FlowDocument::GovernanceField::Owner,
                                                 QStringLiteral("team-%1").arg(counter % 3)));
            break;
        case 9:
            stack->push(new SetSloCommand(&document, FlowDocument::SloField::LatencyMs,
                                          random.bounded(2) ? std::optional<double>(counter)
                                                            : std::nullopt));
            break;
        default: {
            LiveNodeMove drag(&document, { id });
            drag.moveBy(QPointF(random.bounded(3) * 10, 0));
            drag.finish();
            break;
        }
        }
        const int after = stack->index();
        const QByteArray bytes = document.flow().toYaml();
        snapshots.resize(before + 1);
        if (after == before + 1) {
            snapshots.append(bytes);
        } else if (after == before) {
            snapshots[after] = bytes; // merged into the last step, or dropped as a no-op
        } else {
            QCOMPARE(after, before - 1); // a merge that came back to where it started
            QCOMPARE(bytes, snapshots.at(after));
            snapshots.resize(after + 1);
        }
        // Every state must be one the file format can carry.
        FileError error;
        QVERIFY2(Flow::fromYaml(bytes, fixture, &error).has_value(), qPrintable(error.toString()));
    }
    QVERIFY(stack->index() > 50);

    const int top = stack->index();
    while (stack->canUndo()) {
        stack->undo();
        QCOMPARE(document.flow().toYaml(), snapshots.at(stack->index()));
    }
    QCOMPARE(document.flow().toYaml(), m_original);
    QVERIFY(!document.isModified());
    while (stack->index() < top) {
        stack->redo();
        QCOMPARE(document.flow().toYaml(), snapshots.at(stack->index()));
    }
}

QTEST_GUILESS_MAIN(TestFlowDocument)
#include "tst_flowdocument.moc"
