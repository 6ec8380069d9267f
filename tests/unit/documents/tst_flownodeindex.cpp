// Flow::indexOfNode answers from a hash that must stay exact however `nodes` changes: adds,
// inserts, removals, moves, renames through node() and in place, whole-list assignment, copies
// and the document's commands with undo and redo. After every step each id (and some that are
// not there) is looked up and compared with a linear scan, the definition of the answer.

#include "model/core/flow.h"
#include "model/documents/flowdocument.h"
#include "model/documents/nodecommands.h"
#include "model/documents/nodepropertycommands.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <thread>
#include <vector>

using namespace Flowsmith;

namespace {

int linearIndex(const Flow &flow, const QString &id)
{
    for (int i = 0; i < flow.nodes.size(); ++i)
        if (flow.nodes.at(i).id == id)
            return i;
    return -1;
}

FlowNode makeNode(const QString &id)
{
    FlowNode node;
    node.id = id;
    node.type = QStringLiteral("sink.log");
    return node;
}

// Enough lookups on an unchanged list that the hash is built (after a change flow.cpp answers
// the first 16 by a scan), so that the next lookups go through the hash and its checks.
void warmUp(const Flow &flow)
{
    for (int i = 0; i < 20; ++i)
        flow.indexOfNode(QStringLiteral("warm-up"));
}

bool hasDuplicateIds(const Flow &flow)
{
    QSet<QString> seen;
    for (const FlowNode &node : flow.nodes) {
        if (seen.contains(node.id))
            return true;
        seen.insert(node.id);
    }
    return false;
}

// Looks up every node id and `others`, starting at a random place so that the first lookup
// after a change (the one that meets a stale hash) is a different id each time. Returns the
// first disagreement with the linear scan, empty when there is none.
QString mismatch(const Flow &flow, const QStringList &others, QRandomGenerator &random)
{
    QStringList ids = others;
    for (const FlowNode &node : flow.nodes)
        ids.append(node.id);
    const int start = ids.isEmpty() ? 0 : random.bounded(int(ids.size()));
    for (int k = 0; k < ids.size(); ++k) {
        const QString &id = ids.at((start + k) % ids.size());
        const int expected = linearIndex(flow, id);
        const int actual = flow.indexOfNode(id);
        const FlowNode *node = flow.node(id);
        if (actual != expected || node != (expected < 0 ? nullptr : &flow.nodes.at(expected)))
            return QStringLiteral("'%1': index %2, expected %3 (%4 nodes)")
                .arg(id)
                .arg(actual)
                .arg(expected)
                .arg(flow.nodes.size());
    }
    return {};
}

} // namespace

class TestFlowNodeIndex : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsMatchLinearScan_data();
    void randomEditsMatchLinearScan();
    void commandsMatchLinearScan_data();
    void commandsMatchLinearScan();
    void firstOfDuplicateIds();
    void copiesAndAssignment();
    void concurrentConstLookups();
};

void TestFlowNodeIndex::randomEditsMatchLinearScan_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("steps");

    QTest::addRow("from empty") << 11u << 0 << 400;
    QTest::addRow("small flow") << 23u << 12 << 400;
    QTest::addRow("600 nodes") << 37u << 600 << 150;
}

void TestFlowNodeIndex::randomEditsMatchLinearScan()
{
    QFETCH(quint32, seed);
    QFETCH(int, initial);
    QFETCH(int, steps);

    QRandomGenerator random(seed);
    Flow flow;
    int counter = 0;
    const auto freshId = [&] {
        return QStringLiteral("n%1").arg(counter++);
    };
    for (int i = 0; i < initial; ++i)
        flow.nodes.append(makeNode(freshId()));
    QStringList gone; // ids that were removed or renamed away: lookups must say -1
    const auto anyIndex = [&] {
        return random.bounded(int(flow.nodes.size()));
    };
    QVERIFY2(mismatch(flow, gone, random).isEmpty(), "before any edit");

    for (int step = 0; step < steps; ++step) {
        const int op = flow.nodes.isEmpty() ? 0 : random.bounded(10);
        QString what;
        switch (op) {
        case 0:
            flow.nodes.append(makeNode(freshId()));
            what = QStringLiteral("append");
            break;
        case 1:
            flow.nodes.insert(random.bounded(int(flow.nodes.size()) + 1), makeNode(freshId()));
            what = QStringLiteral("insert");
            break;
        case 2:
            gone.append(flow.nodes.takeAt(anyIndex()).id);
            what = QStringLiteral("take");
            break;
        case 3: {
            const FlowNode moved = flow.nodes.takeAt(anyIndex());
            flow.nodes.insert(random.bounded(int(flow.nodes.size()) + 1), moved);
            what = QStringLiteral("move by take and insert");
            break;
        }
        case 4: {
            FlowNode *node = flow.node(flow.nodes.at(anyIndex()).id);
            gone.append(node->id);
            node->id = freshId();
            what = QStringLiteral("rename through node()");
            break;
        }
        case 5: {
            // A duplicate id made through node(): the first of the two must win.
            FlowNode *node = flow.node(flow.nodes.at(anyIndex()).id);
            gone.append(node->id);
            node->id = flow.nodes.at(anyIndex()).id;
            what = QStringLiteral("rename to a taken id through node()");
            break;
        }
        case 6: {
            FlowNode &node = flow.nodes[anyIndex()];
            gone.append(node.id);
            node.id = freshId();
            what = QStringLiteral("rename in place");
            break;
        }
        case 7:
            // In place and unseen by the hash: exact while ids are unique (flow.h says why).
            if (!hasDuplicateIds(flow)) {
                flow.nodes.swapItemsAt(anyIndex(), anyIndex());
                what = QStringLiteral("swap in place");
            }
            break;
        case 8: {
            QList<FlowNode> replacement = flow.nodes;
            replacement.removeAt(0);
            replacement.append(makeNode(freshId()));
            flow.nodes = replacement;
            what = QStringLiteral("assign a list of the same size");
            break;
        }
        default: {
            const int at = anyIndex();
            flow.nodes.removeAt(at);
            flow.nodes.insert(at, makeNode(freshId())); // same size, most likely same buffer
            what = QStringLiteral("replace in place");
            break;
        }
        }
        const QString problem = mismatch(flow, gone, random);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("step %1, %2: %3").arg(step).arg(what, problem)));
    }
}

void TestFlowNodeIndex::commandsMatchLinearScan_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("seed 5") << 5u;
    QTest::addRow("seed 99") << 99u;
}

void TestFlowNodeIndex::commandsMatchLinearScan()
{
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    Flow start;
    for (int i = 0; i < 40; ++i)
        start.nodes.append(makeNode(QStringLiteral("s%1").arg(i)));
    FlowDocument document(start);
    QUndoStack *stack = document.undoStack();
    QStringList seen; // every id a node ever had: the removed ones must give -1
    int counter = 0;
    for (int step = 0; step < 300; ++step) {
        const QList<FlowNode> &nodes = document.flow().nodes;
        const QString id
            = nodes.isEmpty() ? QString() : nodes.at(random.bounded(int(nodes.size()))).id;
        switch (nodes.isEmpty() ? 0 : random.bounded(6)) {
        case 0: {
            // Sometimes a taken id: the command gives it a suffix.
            const QString wanted = random.bounded(3) == 0 && !id.isEmpty()
                ? id
                : QStringLiteral("a%1").arg(counter++);
            stack->push(new AddNodesCommand(&document, { makeNode(wanted), makeNode(wanted) }));
            break;
        }
        case 1:
            stack->push(new RemoveNodesCommand(&document, { id }));
            break;
        case 2:
            stack->push(
                new ChangeNodeIdCommand(&document, id, QStringLiteral("r%1").arg(counter++)));
            break;
        case 3:
            if (stack->canUndo())
                stack->undo();
            break;
        case 4:
            if (stack->canRedo())
                stack->redo();
            break;
        default:
            stack->setIndex(random.bounded(stack->count() + 1));
            break;
        }
        for (const FlowNode &node : document.flow().nodes)
            if (!seen.contains(node.id))
                seen.append(node.id);
        const QString problem = mismatch(document.flow(), seen, random);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("step %1: %2").arg(step).arg(problem)));
    }
}

void TestFlowNodeIndex::firstOfDuplicateIds()
{
    Flow flow;
    for (const char *id : { "a", "b", "a", "c", "b" })
        flow.nodes.append(makeNode(QString::fromLatin1(id)));
    QCOMPARE(flow.indexOfNode(QStringLiteral("a")), 0);
    QCOMPARE(flow.indexOfNode(QStringLiteral("b")), 1);
    warmUp(flow);
    QCOMPARE(flow.indexOfNode(QStringLiteral("a")), 0);
    QCOMPARE(flow.indexOfNode(QStringLiteral("b")), 1);
    flow.nodes.removeAt(0);
    QCOMPARE(flow.indexOfNode(QStringLiteral("a")), 1);
    QCOMPARE(flow.indexOfNode(QStringLiteral("b")), 0);
    warmUp(flow);
    QCOMPARE(flow.indexOfNode(QStringLiteral("a")), 1);
    QCOMPARE(flow.indexOfNode(QStringLiteral("b")), 0);
    // The first "b" renamed through node(): the second one is now the answer.
    flow.node(QStringLiteral("b"))->id = QStringLiteral("d");
    QCOMPARE(flow.indexOfNode(QStringLiteral("b")), 3);
    QCOMPARE(flow.indexOfNode(QStringLiteral("d")), 0);
    warmUp(flow);
    // And a node renamed through node() to an id that a later node has takes over.
    flow.node(QStringLiteral("d"))->id = QStringLiteral("c");
    QCOMPARE(flow.indexOfNode(QStringLiteral("c")), 0);
    QCOMPARE(flow.indexOfNode(QStringLiteral("d")), -1);
}

void TestFlowNodeIndex::copiesAndAssignment()
{
    Flow original;
    for (int i = 0; i < 50; ++i)
        original.nodes.append(makeNode(QStringLiteral("n%1").arg(i)));
    warmUp(original);
    QCOMPARE(original.indexOfNode(QStringLiteral("n49")), 49);

    Flow copy = original; // shares the node list until one of them changes it
    warmUp(copy);
    QCOMPARE(copy.indexOfNode(QStringLiteral("n10")), 10);
    copy.node(QStringLiteral("n10"))->id = QStringLiteral("x"); // detaches the copy
    copy.nodes.removeAt(0);
    QCOMPARE(copy.indexOfNode(QStringLiteral("x")), 9);
    QCOMPARE(copy.indexOfNode(QStringLiteral("n10")), -1);
    QCOMPARE(original.indexOfNode(QStringLiteral("n10")), 10);
    QCOMPARE(original.indexOfNode(QStringLiteral("x")), -1);

    original = copy;
    QCOMPARE(original.indexOfNode(QStringLiteral("x")), 9);
    QCOMPARE(original.indexOfNode(QStringLiteral("n0")), -1);

    Flow moved = std::move(copy);
    QCOMPARE(moved.indexOfNode(QStringLiteral("n49")), 48);
    moved.nodes.clear();
    QCOMPARE(moved.indexOfNode(QStringLiteral("n49")), -1);
    QCOMPARE(original.indexOfNode(QStringLiteral("n49")), 48);
}

void TestFlowNodeIndex::concurrentConstLookups()
{
    Flow flow;
    for (int i = 0; i < 300; ++i)
        flow.nodes.append(makeNode(QStringLiteral("n%1").arg(i)));
    // Changed after the hash was built, so the threads race to scan and rebuild.
    warmUp(flow);
    QCOMPARE(flow.indexOfNode(QStringLiteral("n0")), 0);
    flow.nodes.removeAt(0);
    const Flow &shared = flow;
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&shared, &wrong, t] {
            for (int round = 0; round < 20; ++round)
                for (int i = 1; i < 300; i += 1 + t)
                    if (shared.indexOfNode(QStringLiteral("n%1").arg(i)) != i - 1)
                        ++wrong;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestFlowNodeIndex)
#include "tst_flownodeindex.moc"
