// The canvas's combined edits as document commands taking ids (issue 13): delete a selection
// with its edges and group memberships, add a node with the catalog's defaults, set one key of
// several nodes. Each do -> undo -> bytes as loaded -> redo -> bytes as after do, no scene.

#include "documenttest.h"

#include "model/documents/addnodefromcatalogcommand.h"
#include "model/documents/deleteflowitemscommand.h"
#include "model/documents/edgecommands.h"
#include "model/documents/flowdocument.h"
#include "model/documents/moveflowitemscommand.h"
#include "model/documents/nodepropertycommands.h"

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

const QString messy = QStringLiteral("messy-groups.flow.yaml");

QString examplePath(const QString &name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash/flows/")
        + name;
}

QString fixturePath(const QString &name)
{
    return name.startsWith(u"example:") ? examplePath(name.mid(8)) : dataPath(name);
}

QStringList edgeTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowEdge &edge : flow.edges)
        texts.append(edge.from.toString() + u'>' + edge.to.toString());
    return texts;
}

QStringList groupTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowGroup &group : flow.groups)
        texts.append(group.id + u'=' + group.nodes.join(u','));
    return texts;
}

FlowEdge edge(const QString &from, const QString &to)
{
    FlowEdge e;
    e.from = PortRef::parse(from);
    e.to = PortRef::parse(to);
    return e;
}

} // namespace

class TestFlowItemCommands : public QObject
{
    Q_OBJECT

private slots:
    void fixturesKeepTheirBytes_data();
    void fixturesKeepTheirBytes();
    void commands_data();
    void commands();
    void noOps_data();
    void noOps();
    void nudgesMerge();
};

void TestFlowItemCommands::fixturesKeepTheirBytes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addRow("messy") << messy;
    QTest::addRow("example") << QStringLiteral("example:order-sync.flow.yaml");
}

void TestFlowItemCommands::fixturesKeepTheirBytes()
{
    QFETCH(QString, fixture);
    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(fixturePath(fixture), &error), qPrintable(error.toString()));
    QCOMPARE(document.flow().toYaml(), fileBytes(fixturePath(fixture)));
}

void TestFlowItemCommands::commands_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<CheckFlow>("check");

    QTest::addRow("delete a node in two groups") << messy << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, { "filter" }, {}, {});
    }) << CheckFlow([](const Flow &f) {
        QVERIFY(!f.node("filter"));
        QCOMPARE(edgeTexts(f), QStringList { "receive.out>log.in" });
        QCOMPARE(groupTexts(f), QStringList({ "intake=receive", "empty=", "both=log" }));
    });
    QTest::addRow("delete every member of a group") << messy << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, { "receive", "filter" }, {}, {});
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.nodes.size(), 2);
        QVERIFY(f.edges.isEmpty());
        // The group the user had left empty is theirs; the emptied one goes.
        QCOMPARE(groupTexts(f), QStringList({ "empty=", "both=log" }));
    });
    QTest::addRow("delete an empty group") << messy << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, {}, {}, { "empty" });
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(groupTexts(f), QStringList({ "intake=receive,filter", "both=filter,log" }));
        QCOMPARE(f.nodes.size(), 4);
    });
    QTest::addRow("delete a group and a member of another")
        << messy << MakeCommand([](FlowDocument *d) {
               return new DeleteFlowItemsCommand(d, { "log" }, {}, { "intake" });
           })
        << CheckFlow([](const Flow &f) {
               // The deleted group's nodes stay; "both" keeps filter.
               QVERIFY(f.node("receive") && f.node("filter"));
               QCOMPARE(groupTexts(f), QStringList({ "empty=", "both=filter" }));
               QCOMPARE(edgeTexts(f), QStringList { "receive.out>filter.in" });
           });
    QTest::addRow("delete one edge") << messy << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, {}, {}, {}, { edge("receive.out", "log.in") });
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(edgeTexts(f), QStringList({ "receive.out>filter.in", "filter.out>log.in" }));
        QCOMPARE(f.nodes.size(), 4);
    });
    QTest::addRow("edge of a deleted node, twice, and a ghost edge")
        << messy << MakeCommand([](FlowDocument *d) {
               return new DeleteFlowItemsCommand(d, { "log" }, {}, {},
                                                 { edge("filter.out", "log.in"),
                                                   edge("filter.out", "log.in"),
                                                   edge("spare.out", "ghost.in") });
           })
        << CheckFlow([](const Flow &f) {
               QCOMPARE(edgeTexts(f), QStringList { "receive.out>filter.in" });
               QCOMPARE(groupTexts(f),
                        QStringList({ "intake=receive,filter", "empty=", "both=filter" }));
           });
    QTest::addRow("notes with a non-Latin id and unknown ids")
        << messy << MakeCommand([](FlowDocument *d) {
               return new DeleteFlowItemsCommand(d, { "ghost" }, { QStringLiteral("空"), "nope" },
                                                 { "nothing" });
           })
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.notes.size(), 1);
               QCOMPARE(f.notes.first().id, QStringLiteral("why"));
               QCOMPARE(f.nodes.size(), 4);
               QCOMPARE(f.groups.size(), 3);
           });
    QTest::addRow("everything") << messy << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, { "receive", "filter", "log", "spare" },
                                          { "why", QStringLiteral("空") },
                                          { "intake", "empty", "both" });
    }) << CheckFlow([](const Flow &f) {
        QVERIFY(f.nodes.isEmpty());
        QVERIFY(f.edges.isEmpty());
        QVERIFY(f.groups.isEmpty());
        QVERIFY(f.notes.isEmpty());
        QCOMPARE(f.name, QStringLiteral("Заказы → ERP"));
    });
    QTest::addRow("example: a node with four edges")
        << QStringLiteral("example:order-sync.flow.yaml") << MakeCommand([](FlowDocument *d) {
               return new DeleteFlowItemsCommand(d, { "check-order" }, {}, {});
           })
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.nodes.size(), 9);
               QCOMPARE(f.edges.size(), 4);
               for (const QString &text : edgeTexts(f))
                   QVERIFY2(!text.contains(u"check-order"), qPrintable(text));
           });

    QTest::addRow("add a node from the catalog, id taken")
        << messy << MakeCommand([](FlowDocument *d) {
               auto *command = new AddNodeFromCatalogCommand(d, "route.filter", QPointF(40, 500));
               if (command->nodeId() != u"filter-2")
                   qWarning("unexpected id %s", qPrintable(command->nodeId()));
               return command;
           })
        << CheckFlow([](const Flow &f) {
               const FlowNode &node = f.nodes.last();
               QCOMPARE(node.id, QStringLiteral("filter-2"));
               QCOMPARE(node.type, QStringLiteral("route.filter"));
               QCOMPARE(node.at, QPointF(40, 500));
               QVERIFY(!node.name.isEmpty());
               QCOMPARE(f.groups.size(), 3); // not a member of anything
           });
    QTest::addRow("add a node with catalog defaults")
        << QStringLiteral("example:order-sync.flow.yaml") << MakeCommand([](FlowDocument *d) {
               return new AddNodeFromCatalogCommand(d, "source.http", QPointF(-20.5, 0));
           })
        << CheckFlow([](const Flow &f) {
               const FlowNode &node = f.nodes.last();
               QCOMPARE(node.id, QStringLiteral("http"));
               QCOMPARE(node.name, QStringLiteral("HTTP in"));
               QCOMPARE(node.config.value("method").toString(), QStringLiteral("POST"));
               QVERIFY(!node.config.contains("path")); // required, but no default
               QCOMPARE(node.at, QPointF(-20.5, 0));
           });
    QTest::addRow("add a timer: a number default") << messy << MakeCommand([](FlowDocument *d) {
        return new AddNodeFromCatalogCommand(d, "source.timer", QPointF(0, 0));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.nodes.last().id, QStringLiteral("timer"));
        QCOMPARE(f.nodes.last().config.value("interval").toInt(), 60000);
    });

    QTest::addRow("move nodes and notes") << messy << MakeCommand([](FlowDocument *d) {
        return new MoveFlowItemsCommand(d, { "receive", "spare", "ghost" },
                                        { QStringLiteral("空") }, QPointF(10, -20));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.node("receive")->at, QPointF(90, 100));
        QCOMPARE(f.node("spare")->at, QPointF(310, 280));
        QCOMPARE(f.node("filter")->at, QPointF(300, 120));
        QCOMPARE(f.notes.last().at, QPointF(530, 220));
        QCOMPARE(f.notes.first().at, QPointF(80, 240));
    });
    QTest::addRow("move notes only") << messy << MakeCommand([](FlowDocument *d) {
        return new MoveFlowItemsCommand(d, {}, { "why", QStringLiteral("空") }, QPointF(-0.5, 0));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.notes.first().at, QPointF(79.5, 240));
        QCOMPARE(f.notes.last().at, QPointF(519.5, 240));
    });
    QTest::addRow("reconnect an edge's end") << messy << MakeCommand([](FlowDocument *d) {
        return new ReconnectEdgeCommand(d, edge("receive.out", "log.in"),
                                        PortRef::parse("receive.out"), PortRef::parse("spare.in"));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(
            edgeTexts(f),
            QStringList({ "receive.out>filter.in", "filter.out>log.in", "receive.out>spare.in" }));
    });
    QTest::addRow("set a key of several nodes") << messy << MakeCommand([](FlowDocument *d) {
        return new SetNodesConfigCommand(d, { "log", "spare", "ghost" }, "level",
                                         QVariant(QStringLiteral("warn")));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.node("log")->config.value("level").toString(), QStringLiteral("warn"));
        QCOMPARE(f.node("spare")->config.value("level").toString(), QStringLiteral("warn"));
    });
    QTest::addRow("remove a key where it is set") << messy << MakeCommand([](FlowDocument *d) {
        return new SetNodesConfigCommand(d, { "receive", "log" }, "path", std::nullopt);
    }) << CheckFlow([](const Flow &f) {
        QVERIFY(!f.node("receive")->config.contains("path"));
        QCOMPARE(f.node("receive")->config.value("method").toString(), QStringLiteral("POST"));
    });
}

void TestFlowItemCommands::commands()
{
    QFETCH(QString, fixture);
    QFETCH(MakeCommand, make);
    QFETCH(CheckFlow, check);

    const QByteArray original = fileBytes(fixturePath(fixture));
    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(fixturePath(fixture), &error), qPrintable(error.toString()));
    QUndoStack *stack = document.undoStack();
    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);
    const QByteArray afterDo = document.flow().toYaml();
    QVERIFY(afterDo != original);
    const std::optional<Flow> reread = Flow::fromYaml(afterDo, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    check(*reread);
    if (QTest::currentTestFailed())
        return;

    stack->undo();
    QCOMPARE(document.flow().toYaml(), original);
    QVERIFY(!document.isModified());
    stack->redo();
    QCOMPARE(document.flow().toYaml(), afterDo);
    stack->undo();
    QCOMPARE(document.flow().toYaml(), original);
}

void TestFlowItemCommands::noOps_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addRow("delete nothing")
        << MakeCommand([](FlowDocument *d) { return new DeleteFlowItemsCommand(d, {}, {}, {}); });
    QTest::addRow("delete ids that name nothing") << MakeCommand([](FlowDocument *d) {
        return new DeleteFlowItemsCommand(d, { "ghost", "" }, { "why-not" }, { "Leer" },
                                          { edge("log.out", "receive.in") });
    });
    QTest::addRow("add a type the catalog does not know") << MakeCommand([](FlowDocument *d) {
        return new AddNodeFromCatalogCommand(d, QStringLiteral("route.überall"), QPointF());
    });
    QTest::addRow("add an empty type")
        << MakeCommand([](FlowDocument *d) { return new AddNodeFromCatalogCommand(d, {}, {}); });
    QTest::addRow("move nothing") << MakeCommand([](FlowDocument *d) {
        return new MoveFlowItemsCommand(d, { "ghost" }, {}, QPointF(10, 10));
    });
    QTest::addRow("move by nothing") << MakeCommand([](FlowDocument *d) {
        return new MoveFlowItemsCommand(d, { "receive" }, { "why" }, QPointF());
    });
    QTest::addRow("reconnect an edge that is not there") << MakeCommand([](FlowDocument *d) {
        return new ReconnectEdgeCommand(d, edge("spare.out", "log.in"), PortRef::parse("spare.out"),
                                        PortRef::parse("filter.in"));
    });
    QTest::addRow("reconnect onto an edge drawn already") << MakeCommand([](FlowDocument *d) {
        return new ReconnectEdgeCommand(d, edge("receive.out", "log.in"),
                                        PortRef::parse("receive.out"), PortRef::parse("filter.in"));
    });
    QTest::addRow("reconnect to a port the file cannot name") << MakeCommand([](FlowDocument *d) {
        return new ReconnectEdgeCommand(d, edge("receive.out", "log.in"),
                                        PortRef::parse("receive.out"), PortRef { "log", "in.x" });
    });
    QTest::addRow("set a value every node has") << MakeCommand([](FlowDocument *d) {
        return new SetNodesConfigCommand(d, { "receive" }, "method", QVariant("POST"));
    });
    QTest::addRow("remove a key no node has") << MakeCommand([](FlowDocument *d) {
        return new SetNodesConfigCommand(d, { "log", "spare" }, "nonexistent", std::nullopt);
    });
    QTest::addRow("set a key of no node") << MakeCommand([](FlowDocument *d) {
        return new SetNodesConfigCommand(d, {}, "level", QVariant("warn"));
    });
}

void TestFlowItemCommands::noOps()
{
    QFETCH(MakeCommand, make);
    const QByteArray original = fileBytes(dataPath(messy));
    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(messy), &error), qPrintable(error.toString()));
    document.undoStack()->push(make(&document));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.flow().toYaml(), original);
    QVERIFY(!document.isModified());
}

void TestFlowItemCommands::nudgesMerge()
{
    const QByteArray original = fileBytes(dataPath(messy));
    FlowDocument document;
    QVERIFY(document.load(dataPath(messy)));
    QUndoStack *stack = document.undoStack();
    const QStringList nodes { "receive", "log" };
    const QStringList notes { "why" };
    for (int i = 0; i < 3; ++i)
        stack->push(new MoveFlowItemsCommand(&document, nodes, notes, QPointF(2, 0)));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.node("receive")->at, QPointF(86, 120));
    QCOMPARE(document.note("why")->at, QPointF(86, 240));
    // Other items: a step of their own.
    stack->push(new MoveFlowItemsCommand(&document, { "log" }, {}, QPointF(0, 2)));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(document.node("log")->at, QPointF(526, 120));
    stack->undo();
    QCOMPARE(document.flow().toYaml(), original);
    QVERIFY(!document.isModified());

    // A run of nudges that comes back to where it started leaves no step.
    stack->push(new MoveFlowItemsCommand(&document, nodes, notes, QPointF(0, 10)));
    stack->push(new MoveFlowItemsCommand(&document, nodes, notes, QPointF(0, -10)));
    QCOMPARE(document.flow().toYaml(), original);
    QCOMPARE(stack->count(), 0);
}

QTEST_GUILESS_MAIN(TestFlowItemCommands)
#include "tst_flowitemcommands.moc"
