#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/documents/flowdocument.h"
#include "model/documents/movenodescommand.h"
#include "model/layout/autolayout.h"
#include "model/layout/autolayoutcommand.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRectF>
#include <QSet>
#include <QTest>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrent>

#include <functional>

using namespace Flowsmith;

Q_DECLARE_METATYPE(Flowsmith::Flow)

namespace {

QString examplePath(const QString &flowId)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR
                          "/resources/examples/retail-order-to-cash/flows/%1.flow.yaml")
        .arg(flowId);
}

Flow loadExample(const QString &flowId)
{
    FileError error;
    std::optional<Flow> flow = Flow::load(examplePath(flowId), &error);
    if (!flow)
        qFatal("cannot load %s", qPrintable(examplePath(flowId)));
    return *flow;
}

FlowNode makeNode(const QString &id, const QString &type, QPointF at)
{
    FlowNode node;
    node.id = id;
    node.type = type;
    node.at = at;
    return node;
}

FlowEdge makeEdge(const QString &from, const QString &fromPort, const QString &to)
{
    FlowEdge edge;
    edge.from = { from, fromPort };
    edge.to = { to, QStringLiteral("in") };
    return edge;
}

/// 200 nodes, about 1.2 edges per node, every edge from a lower to a higher index (acyclic),
/// nodes of every shape of port list, all piled up at one point.
Flow syntheticFlow(int nodeCount)
{
    QRandomGenerator random(4711);
    Flow flow;
    flow.id = QStringLiteral("synthetic");
    const QStringList middleTypes
        = { QStringLiteral("transform.map"), QStringLiteral("route.filter"),
            QStringLiteral("quality.validate"), QStringLiteral("route.choice"),
            QStringLiteral("sink.http") };
    for (int i = 0; i < nodeCount; ++i) {
        const QString type = i < nodeCount / 20
            ? QStringLiteral("source.http")
            : middleTypes.at(random.bounded(int(middleTypes.size())));
        FlowNode node = makeNode(QStringLiteral("n%1").arg(i), type, QPointF(10, 10));
        if (type == QLatin1String("route.choice")) {
            node.config.insert(
                QStringLiteral("cases"),
                QVariantList { QVariantMap { { QStringLiteral("id"), QStringLiteral("a") } },
                               QVariantMap { { QStringLiteral("id"), QStringLiteral("b") } } });
        }
        flow.nodes.append(node);
    }
    const NodeCatalog &catalog = NodeCatalog::instance();
    const int edgeCount = nodeCount * 6 / 5;
    for (int e = 0; e < edgeCount; ++e) {
        const int from = random.bounded(nodeCount - 1);
        const int to = from + 1 + random.bounded(std::min(12, nodeCount - from - 1));
        QStringList outputs;
        for (const PortSpec &port : catalog.ports(flow.nodes.at(from)))
            if (port.direction == PortDirection::Output)
                outputs.append(port.name);
        const QString port = outputs.at(random.bounded(int(outputs.size())));
        const FlowEdge edge = makeEdge(flow.nodes.at(from).id, port, flow.nodes.at(to).id);
        if (!flow.edges.contains(edge))
            flow.edges.append(edge);
    }
    return flow;
}

bool isAcyclic(const Flow &flow)
{
    QHash<QString, QStringList> next;
    for (const FlowEdge &edge : flow.edges)
        next[edge.from.node].append(edge.to.node);
    QHash<QString, int> state; // 1 on the stack, 2 done
    std::function<bool(const QString &)> visit = [&](const QString &id) {
        state[id] = 1;
        for (const QString &to : next.value(id)) {
            if (state.value(to) == 1 || (state.value(to) == 0 && !visit(to)))
                return false;
        }
        state[id] = 2;
        return true;
    };
    for (const FlowNode &node : flow.nodes)
        if (state.value(node.id) == 0 && !visit(node.id))
            return false;
    return true;
}

QString firstOverlap(const Flow &flow, const QHash<QString, QPointF> &positions)
{
    const LayoutMetrics metrics;
    QList<QPair<QString, QRectF>> rects;
    for (const FlowNode &node : flow.nodes) {
        if (positions.contains(node.id))
            rects.append({ node.id, QRectF(positions.value(node.id), metrics.nodeSize(node)) });
    }
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            if (rects.at(i).second.intersects(rects.at(j).second))
                return rects.at(i).first + QStringLiteral(" / ") + rects.at(j).first;
    return QString();
}

} // namespace

class tst_AutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void wholeFlow_data();
    void wholeFlow();
    void subsetLeavesOtherNodesAlone();
    void subsetKeepsItsTopLeft();
    void portsOrderTheTargets();
    void emptyAndUnknown();
    void commandIsOneUndoStep();
    void commandIsNullWhenNothingMoves();
    void concurrentCallsAreSerialised();
};

void tst_AutoLayout::wholeFlow_data()
{
    QTest::addColumn<Flow>("flow");
    for (const char *id : { "order-sync", "shipment-dispatched", "contact-to-marketing" })
        QTest::addRow("%s", id) << loadExample(QString::fromLatin1(id));
    QTest::addRow("synthetic-200") << syntheticFlow(200);
}

void tst_AutoLayout::wholeFlow()
{
    QFETCH(Flow, flow);
    QString error;
    const auto positions = AutoLayout::compute(flow, {}, &error);
    QVERIFY2(positions, qPrintable(error));
    QCOMPARE(positions->size(), flow.nodes.size());

    const QString overlap = firstOverlap(flow, *positions);
    QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("overlapping nodes: ") + overlap));

    if (isAcyclic(flow)) {
        for (const FlowEdge &edge : flow.edges) {
            QVERIFY2(
                positions->value(edge.from.node).x() < positions->value(edge.to.node).x(),
                qPrintable(edge.from.toString() + QStringLiteral(" -> ") + edge.to.toString()));
        }
    }

    // The flow's top-left corner stays where it was.
    QPointF oldMin(1e9, 1e9);
    QPointF newMin(1e9, 1e9);
    for (const FlowNode &node : flow.nodes) {
        oldMin = { std::min(oldMin.x(), node.at.x()), std::min(oldMin.y(), node.at.y()) };
        const QPointF p = positions->value(node.id);
        newMin = { std::min(newMin.x(), p.x()), std::min(newMin.y(), p.y()) };
    }
    QCOMPARE(newMin, oldMin);

    // Same input, same output.
    const auto again = AutoLayout::compute(flow, {}, &error);
    QVERIFY(again);
    QCOMPARE(*again, *positions);
}

void tst_AutoLayout::subsetLeavesOtherNodesAlone()
{
    const Flow flow = loadExample(QStringLiteral("shipment-dispatched"));
    FlowDocument document(flow);
    const QStringList subset = { QStringLiteral("to-movements"), QStringLiteral("per-article"),
                                 QStringLiteral("erp"), QStringLiteral("to-tracking") };
    QString error;
    auto command = AutoLayoutCommand::layout(&document, subset, &error);
    QVERIFY2(command, qPrintable(error));
    document.undoStack()->push(command.release());

    for (const FlowNode &node : flow.nodes) {
        const FlowNode *now = document.node(node.id);
        QVERIFY(now);
        if (!subset.contains(node.id))
            QCOMPARE(now->at, node.at);
    }
    QHash<QString, QPointF> moved;
    for (const QString &id : subset)
        moved.insert(id, document.node(id)->at);
    QVERIFY(firstOverlap(document.flow(), moved).isEmpty());
    // to-movements -> per-article -> erp is a chain inside the subset.
    QVERIFY(moved.value(QStringLiteral("to-movements")).x()
            < moved.value(QStringLiteral("per-article")).x());
    QVERIFY(moved.value(QStringLiteral("per-article")).x()
            < moved.value(QStringLiteral("erp")).x());
}

void tst_AutoLayout::subsetKeepsItsTopLeft()
{
    const Flow flow = loadExample(QStringLiteral("order-sync"));
    QStringList subset;
    for (qsizetype i = 1; i < flow.nodes.size() && subset.size() < 3; ++i)
        subset.append(flow.nodes.at(i).id);
    QString error;
    const auto positions = AutoLayout::compute(flow, subset, &error);
    QVERIFY2(positions, qPrintable(error));
    QCOMPARE(positions->size(), subset.size());
    QPointF oldMin(1e9, 1e9);
    QPointF newMin(1e9, 1e9);
    for (const QString &id : subset) {
        const QPointF before = flow.node(id)->at;
        const QPointF after = positions->value(id);
        oldMin = { std::min(oldMin.x(), before.x()), std::min(oldMin.y(), before.y()) };
        newMin = { std::min(newMin.x(), after.x()), std::min(newMin.y(), after.y()) };
    }
    QCOMPARE(newMin, oldMin);
}

void tst_AutoLayout::portsOrderTheTargets()
{
    // A validate node's 'valid' port is above its 'invalid' port; laid out, the node wired to
    // 'valid' ends up above the one wired to 'invalid', whatever order the file lists them in.
    Flow flow;
    flow.nodes = { makeNode(QStringLiteral("check"), QStringLiteral("quality.validate"), {}),
                   makeNode(QStringLiteral("bad"), QStringLiteral("sink.log"), {}),
                   makeNode(QStringLiteral("good"), QStringLiteral("sink.log"), {}) };
    flow.edges
        = { makeEdge(QStringLiteral("check"), QStringLiteral("invalid"), QStringLiteral("bad")),
            makeEdge(QStringLiteral("check"), QStringLiteral("valid"), QStringLiteral("good")) };
    QString error;
    const auto positions = AutoLayout::compute(flow, {}, &error);
    QVERIFY2(positions, qPrintable(error));
    QVERIFY(positions->value(QStringLiteral("good")).y()
            < positions->value(QStringLiteral("bad")).y());
}

void tst_AutoLayout::emptyAndUnknown()
{
    QString error;
    const auto empty = AutoLayout::compute(Flow(), {}, &error);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());

    // Unknown types, dangling edges, self-loops and ids graphviz would choke on still lay out.
    Flow flow;
    flow.nodes
        = { makeNode(QStringLiteral("a \"b\" {c}|<d>"), QStringLiteral("no.such.type"), { 5, 7 }),
            makeNode(QStringLiteral("x"), QStringLiteral("route.filter"), { 5, 7 }) };
    flow.edges = { makeEdge(QStringLiteral("a \"b\" {c}|<d>"), QStringLiteral("weird port"),
                            QStringLiteral("x")),
                   makeEdge(QStringLiteral("x"), QStringLiteral("out"), QStringLiteral("x")),
                   makeEdge(QStringLiteral("x"), QStringLiteral("out"), QStringLiteral("ghost")) };
    const auto positions = AutoLayout::compute(flow, {}, &error);
    QVERIFY2(positions, qPrintable(error));
    QCOMPARE(positions->size(), 2);
    QVERIFY(positions->value(flow.nodes.at(0).id).x() < positions->value(QStringLiteral("x")).x());
    QVERIFY(firstOverlap(flow, *positions).isEmpty());
}

void tst_AutoLayout::commandIsOneUndoStep()
{
    const QByteArray original = loadExample(QStringLiteral("shipment-dispatched")).toYaml();
    FlowDocument document(loadExample(QStringLiteral("shipment-dispatched")));
    QString error;
    auto command = AutoLayoutCommand::layout(&document, {}, &error);
    QVERIFY2(command, qPrintable(error));
    QCOMPARE(command->text(), QStringLiteral("Auto-layout flow"));
    document.undoStack()->push(command.release());
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.flow().toYaml() != original);
    const QByteArray laidOut = document.flow().toYaml();

    // A later move of the same nodes must not merge into the layout.
    QStringList ids;
    QList<QPointF> shifted;
    for (const FlowNode &node : document.flow().nodes) {
        ids.append(node.id);
        shifted.append(node.at + QPointF(10, 0));
    }
    document.undoStack()->push(new MoveNodesCommand(&document, ids, shifted));
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QCOMPARE(document.flow().toYaml(), laidOut);
    document.undoStack()->undo();
    QCOMPARE(document.flow().toYaml(), original);
    document.undoStack()->redo();
    QCOMPARE(document.flow().toYaml(), laidOut);
}

void tst_AutoLayout::commandIsNullWhenNothingMoves()
{
    FlowDocument document(loadExample(QStringLiteral("order-sync")));
    QString error;
    auto first = AutoLayoutCommand::layout(&document, {}, &error);
    QVERIFY(first);
    document.undoStack()->push(first.release());
    QVERIFY(!AutoLayoutCommand::layout(&document, {}, &error));
    QVERIFY(error.isEmpty());
}

void tst_AutoLayout::concurrentCallsAreSerialised()
{
    const Flow flow = syntheticFlow(60);
    QString error;
    const auto expected = AutoLayout::compute(flow, {}, &error);
    QVERIFY(expected);
    QList<int> runs(6);
    const QList<bool> same = QtConcurrent::blockingMapped(runs, [&](int) {
        QString threadError;
        const auto positions = AutoLayout::compute(flow, {}, &threadError);
        return positions && *positions == *expected;
    });
    for (bool ok : same)
        QVERIFY(ok);
}

QTEST_GUILESS_MAIN(tst_AutoLayout)
#include "tst_autolayout.moc"
