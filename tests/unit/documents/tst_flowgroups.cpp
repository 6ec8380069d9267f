// Groups and notes in flow files, and the canvas's compound commands (split edge, align,
// paste): read, written back byte for byte, each command do -> undo -> bytes -> redo.

#include "documenttest.h"

#include "model/documents/alignnodescommand.h"
#include "model/documents/flowdocument.h"
#include "model/documents/groupcommands.h"
#include "model/documents/nodecommands.h"
#include "model/documents/notecommands.h"
#include "model/documents/pastenodescommand.h"
#include "model/documents/splitedgecommand.h"

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

const QString fixture = QStringLiteral("grouped.flow.yaml");

QStringList edgeTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowEdge &edge : flow.edges)
        texts.append(edge.from.toString() + u'>' + edge.to.toString());
    return texts;
}

} // namespace

class TestFlowGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsGroupsAndNotes();
    void flowWithoutGroupsKeepsItsBytes();
    void badNotesNameTheLine_data();
    void badNotesNameTheLine();
    void commands_data();
    void commands();
    void noteMovesMerge();
    void pasteRenamesIdsAndMembers();
    void alignedPositions_data();
    void alignedPositions();

private:
    QByteArray m_original;
};

void TestFlowGroups::initTestCase()
{
    m_original = fileBytes(dataPath(fixture));
    QVERIFY(!m_original.isEmpty());
}

void TestFlowGroups::readsGroupsAndNotes()
{
    FileError error;
    const std::optional<Flow> flow = Flow::fromYaml(m_original, fixture, &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    QCOMPARE(flow->groups.size(), 1);
    QCOMPARE(flow->groups.first().id, QStringLiteral("intake"));
    QCOMPARE(flow->groups.first().title, QStringLiteral("Intake"));
    QCOMPARE(flow->groups.first().nodes, QStringList({ "receive", "filter" }));
    QCOMPARE(flow->groups.first().color, QStringLiteral("#3b7dd8"));
    QCOMPARE(flow->notes.size(), 2);
    QCOMPARE(flow->notes.first().at, QPointF(80, 240));
    QCOMPARE(flow->notes.first().size, QSizeF(220, 90));
    QVERIFY(flow->notes.last().size.isEmpty());
    QCOMPARE(flow->toYaml(), m_original);

    // A changed flow is re-emitted: groups and notes (and the unknown key) survive.
    Flow changed = *flow;
    changed.name = QStringLiteral("Renamed");
    const QByteArray bytes = changed.toYaml();
    QVERIFY(bytes.contains("x-owner: jane"));
    const std::optional<Flow> reread = Flow::fromYaml(bytes, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    QCOMPARE(reread->groups.first().nodes, flow->groups.first().nodes);
    QCOMPARE(reread->groups.first().color, flow->groups.first().color);
    QCOMPARE(reread->notes.first().text, flow->notes.first().text);
    QCOMPARE(reread->notes.last().size, QSizeF());
}

void TestFlowGroups::flowWithoutGroupsKeepsItsBytes()
{
    const QByteArray bytes = fileBytes(dataPath(QStringLiteral("order-sync.flow.yaml")));
    FileError error;
    std::optional<Flow> flow
        = Flow::fromYaml(bytes, QStringLiteral("order-sync.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    QVERIFY(flow->groups.isEmpty());
    QVERIFY(flow->notes.isEmpty());
    flow->name = QStringLiteral("Changed");
    QVERIFY(!flow->toYaml().contains("groups"));
    QVERIFY(!flow->toYaml().contains("notes"));
}

void TestFlowGroups::badNotesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    const QByteArray head = "flowsmith: 1\nid: bad\nnodes: []\n";
    QTest::addRow("note at is not a pair") << head + "notes:\n  - id: n\n    at: [1]\n" << 6;
    QTest::addRow("note size not numbers")
        << head + "notes:\n  - id: n\n    at: [1, 2]\n    size: [a, 2]\n"
        << 7;
    QTest::addRow("note without id") << head + "notes:\n  - text: hi\n" << 5;
    QTest::addRow("group nodes not a list") << head + "groups:\n  - id: g\n    nodes: 3\n" << 6;
}

void TestFlowGroups::badNotesNameTheLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    FileError error;
    QVERIFY(!Flow::fromYaml(yaml, QStringLiteral("bad.flow.yaml"), &error));
    QCOMPARE(error.file, QStringLiteral("bad.flow.yaml"));
    QCOMPARE(error.position.line, line);
    QVERIFY(!error.message.isEmpty());
}

void TestFlowGroups::commands_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<CheckFlow>("check");

    QTest::addRow("add group") << MakeCommand([](FlowDocument *d) {
        FlowGroup g;
        g.id = QStringLiteral("intake"); // taken: becomes intake-2
        g.title = QStringLiteral("Output");
        g.nodes = QStringList { "log" };
        return new AddGroupCommand(d, g);
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.groups.size(), 2);
        QCOMPARE(f.groups.last().id, QStringLiteral("intake-2"));
        QCOMPARE(f.groups.last().nodes, QStringList { "log" });
    });
    QTest::addRow("remove group") << MakeCommand([](FlowDocument *d) {
        return new RemoveGroupsCommand(d, { "intake" });
    }) << CheckFlow([](const Flow &f) {
        QVERIFY(f.groups.isEmpty());
        QCOMPARE(f.nodes.size(), 4); // the nodes stay
    });
    QTest::addRow("remove a grouped node")
        << MakeCommand([](FlowDocument *d) { return new RemoveNodesCommand(d, { "filter" }); })
        << CheckFlow([](const Flow &f) {
               QCOMPARE(f.groups.size(), 1);
               QCOMPARE(f.groups.first().nodes, QStringList { "receive" });
               QVERIFY(!f.node("filter"));
           });
    QTest::addRow("retitle group") << MakeCommand([](FlowDocument *d) {
        FlowGroup g = *d->group("intake");
        g.title = QStringLiteral("Order intake");
        g.nodes.append(QStringLiteral("spare"));
        return new ChangeGroupCommand(d, "intake", g);
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.groups.first().title, QStringLiteral("Order intake"));
        QCOMPARE(f.groups.first().nodes, QStringList({ "receive", "filter", "spare" }));
    });
    QTest::addRow("add note") << MakeCommand([](FlowDocument *d) {
        FlowNote n;
        n.id = QStringLiteral("why");
        n.text = QStringLiteral("Another");
        n.at = QPointF(10, 20);
        return new AddNoteCommand(d, n);
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.notes.size(), 3);
        QCOMPARE(f.notes.last().id, QStringLiteral("why-2"));
        QCOMPARE(f.notes.last().at, QPointF(10, 20));
    });
    QTest::addRow("remove note") << MakeCommand([](FlowDocument *d) {
        return new RemoveNotesCommand(d, { "why" });
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.notes.size(), 1);
        QCOMPARE(f.notes.first().id, QStringLiteral("todo"));
    });
    QTest::addRow("edit note") << MakeCommand([](FlowDocument *d) {
        FlowNote n = *d->note("todo");
        n.text = QStringLiteral("Add retries to the ERP call");
        n.size = QSizeF(300, 100);
        return new ChangeNoteCommand(d, "todo", n);
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.notes.last().text, QStringLiteral("Add retries to the ERP call"));
        QCOMPARE(f.notes.last().size, QSizeF(300, 100));
    });
    QTest::addRow("split edge") << MakeCommand([](FlowDocument *d) {
        const FlowEdge edge = d->flow().edges.last();
        return new SplitEdgeCommand(d, edge, "spare");
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(
            edgeTexts(f),
            QStringList({ "receive.out>filter.in", "filter.out>spare.in", "spare.out>log.in" }));
    });
    QTest::addRow("align top") << MakeCommand([](FlowDocument *d) {
        return new AlignNodesCommand(d, AlignNodesCommand::Alignment::Top, { "filter", "spare" },
                                     { QRectF(300, 120, 180, 64), QRectF(300, 300, 180, 64) });
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.nodes.at(3).at, QPointF(300, 120));
        QCOMPARE(f.nodes.at(1).at, QPointF(300, 120));
    });
    QTest::addRow("paste fragment") << MakeCommand([](FlowDocument *d) {
        const Flow fragment
            = PasteNodesCommand::fragment(d->flow(), { "receive", "filter" }, { "why" });
        return new PasteNodesCommand(d, fragment, QPointF(0, 400));
    }) << CheckFlow([](const Flow &f) {
        QCOMPARE(f.nodes.size(), 6);
        QCOMPARE(f.nodes.at(4).id, QStringLiteral("receive-2"));
        QCOMPARE(f.nodes.at(4).at, QPointF(80, 520));
        QVERIFY(edgeTexts(f).contains(QStringLiteral("receive-2.out>filter-2.in")));
        QCOMPARE(f.groups.size(), 2);
        QCOMPARE(f.groups.last().nodes, QStringList({ "receive-2", "filter-2" }));
        QCOMPARE(f.notes.size(), 3);
        QCOMPARE(f.notes.last().id, QStringLiteral("why-2"));
    });
}

void TestFlowGroups::commands()
{
    QFETCH(MakeCommand, make);
    QFETCH(CheckFlow, check);

    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(fixture), &error), qPrintable(error.toString()));
    QCOMPARE(document.flow().toYaml(), m_original);
    QUndoStack *stack = document.undoStack();
    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);
    const QByteArray afterDo = document.flow().toYaml();
    QVERIFY(afterDo != m_original);
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

void TestFlowGroups::noteMovesMerge()
{
    FlowDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    for (int i = 1; i <= 3; ++i) {
        FlowNote n = *document.note("why");
        n.at += QPointF(10, 0);
        stack->push(new ChangeNoteCommand(&document, "why", n));
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.note("why")->at, QPointF(110, 240));
    // Back to the start: the merged step disappears.
    for (int i = 1; i <= 3; ++i) {
        FlowNote n = *document.note("why");
        n.at -= QPointF(10, 0);
        stack->push(new ChangeNoteCommand(&document, "why", n));
    }
    QCOMPARE(stack->count(), 0);
    QCOMPARE(document.flow().toYaml(), m_original);
}

void TestFlowGroups::pasteRenamesIdsAndMembers()
{
    FlowDocument source;
    QVERIFY(source.load(dataPath(fixture)));
    const Flow fragment
        = PasteNodesCommand::fragment(source.flow(), { "receive", "filter", "log" });
    QCOMPARE(fragment.edges.size(), 2);
    QCOMPARE(fragment.groups.size(), 1);
    // Across flows: the YAML is what travels.
    FileError error;
    const std::optional<Flow> travelled
        = Flow::fromYaml(fragment.toYaml(), QStringLiteral("clipboard"), &error);
    QVERIFY2(travelled, qPrintable(error.toString()));

    FlowDocument target;
    QVERIFY(target.load(dataPath(QStringLiteral("order-sync.flow.yaml"))));
    const QByteArray before = target.flow().toYaml();
    auto *paste = new PasteNodesCommand(&target, *travelled, QPointF(0, 0));
    target.undoStack()->push(paste);
    QCOMPARE(paste->nodeIds(), QStringList({ "receive-2", "filter", "log" }));
    QCOMPARE(target.flow().groups.first().nodes, QStringList({ "receive-2", "filter" }));
    QVERIFY(edgeTexts(target.flow()).contains(QStringLiteral("receive-2.out>filter.in")));
    target.undoStack()->undo();
    QCOMPARE(target.flow().toYaml(), before);
}

void TestFlowGroups::alignedPositions_data()
{
    using A = AlignNodesCommand::Alignment;
    QTest::addColumn<int>("alignment");
    QTest::addColumn<QList<QPointF>>("expected");
    // Three nodes 180 x 64 at (0,0), (300,50), (100,200).
    QTest::addRow("left") << int(A::Left) << QList<QPointF> { { 0, 0 }, { 0, 50 }, { 0, 200 } };
    QTest::addRow("right") << int(A::Right)
                           << QList<QPointF> { { 300, 0 }, { 300, 50 }, { 300, 200 } };
    QTest::addRow("centre") << int(A::HorizontalCenter)
                            << QList<QPointF> { { 150, 0 }, { 150, 50 }, { 150, 200 } };
    QTest::addRow("top") << int(A::Top) << QList<QPointF> { { 0, 0 }, { 300, 0 }, { 100, 0 } };
    QTest::addRow("bottom") << int(A::Bottom)
                            << QList<QPointF> { { 0, 200 }, { 300, 200 }, { 100, 200 } };
    QTest::addRow("middle") << int(A::VerticalCenter)
                            << QList<QPointF> { { 0, 100 }, { 300, 100 }, { 100, 100 } };
    // Left edges 0, 100, 300 span 480 with 540 of nodes: gaps of -30 each.
    QTest::addRow("distribute horizontally")
        << int(A::DistributeHorizontally) << QList<QPointF> { { 0, 0 }, { 300, 50 }, { 150, 200 } };
    QTest::addRow("distribute vertically")
        << int(A::DistributeVertically) << QList<QPointF> { { 0, 0 }, { 300, 100 }, { 100, 200 } };
}

void TestFlowGroups::alignedPositions()
{
    QFETCH(int, alignment);
    QFETCH(QList<QPointF>, expected);
    const QList<QRectF> rects { QRectF(0, 0, 180, 64), QRectF(300, 50, 180, 64),
                                QRectF(100, 200, 180, 64) };
    QCOMPARE(AlignNodesCommand::alignedPositions(AlignNodesCommand::Alignment(alignment), rects),
             expected);
}

QTEST_GUILESS_MAIN(TestFlowGroups)
#include "tst_flowgroups.moc"
