#include "documenttest.h"

#include "model/documents/capabilitycommands.h"
#include "model/documents/edgecommands.h"
#include "model/documents/flowcommands.h"
#include "model/documents/mappingcommands.h"
#include "model/documents/movenodescommand.h"
#include "model/documents/nodecommands.h"
#include "model/documents/nodepropertycommands.h"

#include <QDirIterator>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Flowsmith;
using namespace DocumentTest;

// Every kind of edit, on every node, edge, rule and capability of the bundled example project:
// each undone on its own must give back the file's bytes, and so must all of them undone
// together. The fixtures under data/ are small; the example is what users open first.
class TestExampleUndo : public QObject
{
    Q_OBJECT

private slots:
    void flows_data();
    void flows();
    void mappings_data();
    void mappings();
    void capabilities_data();
    void capabilities();

private:
    void addFiles(const QString &pattern);
};

namespace {

const QString examples = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples");

// Pushes `command`; if it changed anything, checks the new bytes and that undo restores the
// original. Returns whether the command stayed on the stack.
template<typename Doc, typename Bytes>
bool doAndUndo(Doc *document, QUndoCommand *command, const QByteArray &original, Bytes bytes)
{
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    stack->push(command);
    if (stack->index() == before)
        return false;
    const QByteArray changed = bytes();
    if (changed == original) {
        QTest::qFail("an edit left the bytes unchanged", __FILE__, __LINE__);
        return false;
    }
    stack->undo();
    if (const QByteArray undone = bytes(); undone != original) {
        const QList<QByteArray> want = original.split('\n');
        const QList<QByteArray> got = undone.split('\n');
        qsizetype line = 0;
        while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
            ++line;
        QTest::qFail(qPrintable(QStringLiteral("undo of \"%1\" did not restore the bytes: line %2 "
                                               "is \"%3\", was \"%4\"")
                                    .arg(stack->command(stack->index())->text())
                                    .arg(line + 1)
                                    .arg(QString::fromUtf8(got.value(line)),
                                         QString::fromUtf8(want.value(line)))),
                     __FILE__, __LINE__);
        return false;
    }
    stack->redo();
    if (bytes() != changed)
        QTest::qFail("redo gave different bytes", __FILE__, __LINE__);
    stack->undo();
    return true;
}

void collectRulePaths(const QList<MappingRule> &rules, const RulePath &parent,
                      QList<RulePath> *paths)
{
    for (int i = 0; i < rules.size(); ++i) {
        RulePath path = parent;
        path.append(i);
        paths->append(path);
        collectRulePaths(rules.at(i).rules, path, paths);
    }
}

void collectCapabilityIds(const QList<Capability> &list, QStringList *ids)
{
    for (const Capability &capability : list) {
        ids->append(capability.id);
        collectCapabilityIds(capability.children, ids);
    }
}

} // namespace

void TestExampleUndo::addFiles(const QString &pattern)
{
    QTest::addColumn<QString>("path");
    QDirIterator it(examples, { pattern }, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths))
        QTest::addRow("%s", qPrintable(QDir(examples).relativeFilePath(path))) << path;
    if (paths.isEmpty())
        QTest::addRow("none") << QString();
}

void TestExampleUndo::flows_data()
{
    addFiles(QStringLiteral("*.flow.yaml"));
}

void TestExampleUndo::flows()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no example flows yet");
    const QByteArray original = fileBytes(path);
    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(path, &error), qPrintable(error.toString()));
    if (document.flow().toYaml() != original)
        QSKIP("the file does not round-trip by itself (tst_model reports that)");
    const auto bytes = [&] {
        return document.flow().toYaml();
    };
    QUndoStack *stack = document.undoStack();
    const Flow flow = document.flow();
    int done = 0;

    for (const FlowNode &node : flow.nodes) {
        done += doAndUndo(&document, new RemoveNodesCommand(&document, { node.id }), original,
                          bytes);
        done += doAndUndo(&document, new RenameNodeCommand(&document, node.id, node.name + " 2"),
                          original, bytes);
        done += doAndUndo(&document, new ChangeNodeIdCommand(&document, node.id, node.id + "-x"),
                          original, bytes);
        done += doAndUndo(
            &document, new MoveNodesCommand(&document, { node.id }, { node.at + QPointF(15, 25) }),
            original, bytes);
        done += doAndUndo(&document,
                          new SetNodeConfigCommand(&document, node.id, "x-note", QVariant("n")),
                          original, bytes);
        for (auto it = node.config.cbegin(); it != node.config.cend(); ++it) {
            done += doAndUndo(&document,
                              new SetNodeConfigCommand(&document, node.id, it.key(), std::nullopt),
                              original, bytes);
        }
    }
    for (const FlowEdge &edge : flow.edges) {
        done += doAndUndo(&document, new DisconnectPortsCommand(&document, { edge }), original,
                          bytes);
    }
    for (int f = 0; f <= int(FlowDocument::GovernanceField::Classification); ++f) {
        const auto field = FlowDocument::GovernanceField(f);
        done += doAndUndo(&document, new SetGovernanceCommand(&document, field, QString()),
                          original, bytes);
        done += doAndUndo(&document, new SetGovernanceCommand(&document, field, "changed"),
                          original, bytes);
    }
    done += doAndUndo(&document,
                      new SetSloCommand(&document, FlowDocument::SloField::LatencyMs, 123),
                      original, bytes);
    done += doAndUndo(
        &document, new SetSloCommand(&document, FlowDocument::SloField::SuccessRate, std::nullopt),
        original, bytes);
    QVERIFY(done > flow.nodes.size() * 4);
    QCOMPARE(stack->index(), 0);

    // All of it at once: rename, move and re-id every node, then take half of them away.
    for (const FlowNode &node : flow.nodes) {
        stack->push(new RenameNodeCommand(&document, node.id, "Renamed " + node.id));
        stack->push(new MoveNodesCommand(&document, { node.id }, { QPointF(1, 1) }));
        stack->push(new ChangeNodeIdCommand(&document, node.id, node.id + "-y"));
    }
    for (int i = 0; i < flow.nodes.size(); i += 2)
        stack->push(new RemoveNodesCommand(&document, { flow.nodes.at(i).id + "-y" }));
    QVERIFY(bytes() != original);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(bytes(), original);
}

void TestExampleUndo::mappings_data()
{
    addFiles(QStringLiteral("*.map.yaml"));
}

void TestExampleUndo::mappings()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no example mappings yet");
    const QByteArray original = fileBytes(path);
    MappingDocument document;
    FileError error;
    QVERIFY2(document.load(path, &error), qPrintable(error.toString()));
    if (document.mapping().toYaml() != original)
        QSKIP("the file does not round-trip by itself (tst_model reports that)");
    const auto bytes = [&] {
        return document.mapping().toYaml();
    };
    using Field = MappingDocument::RuleField;

    QList<RulePath> paths;
    collectRulePaths(document.mapping().rules, {}, &paths);
    QVERIFY(!paths.isEmpty());
    int done = 0;
    for (const RulePath &rulePath : std::as_const(paths)) {
        done += doAndUndo(&document, new RemoveRuleCommand(&document, rulePath), original, bytes);
        done += doAndUndo(&document, new SetRuleCommand(&document, rulePath, Field::Target, "t"),
                          original, bytes);
        for (Field field : { Field::From, Field::Expr, Field::ForEach, Field::Filter }) {
            done += doAndUndo(&document, new SetRuleCommand(&document, rulePath, field, QString()),
                              original, bytes);
        }
        done += doAndUndo(&document,
                          new AddRuleCommand(&document, rulePath, 0, MappingRule { .target = "n" }),
                          original, bytes);
    }
    QVERIFY(done >= paths.size() * 3);

    QUndoStack *stack = document.undoStack();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it)
        stack->push(new SetRuleCommand(&document, *it, Field::Target, "all"));
    stack->push(new RemoveRuleCommand(&document, { 0 }));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(bytes(), original);
}

void TestExampleUndo::capabilities_data()
{
    addFiles(QStringLiteral("capabilities.yaml"));
}

void TestExampleUndo::capabilities()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no example capability map yet");
    const QByteArray original = fileBytes(path);
    CapabilityDocument document;
    FileError error;
    QVERIFY2(document.load(path, &error), qPrintable(error.toString()));
    if (document.capabilityMap().toYaml() != original)
        QSKIP("the file does not round-trip by itself (tst_model reports that)");
    const auto bytes = [&] {
        return document.capabilityMap().toYaml();
    };
    using Field = CapabilityDocument::CapabilityField;

    QStringList ids;
    collectCapabilityIds(document.capabilityMap().capabilities, &ids);
    QVERIFY(!ids.isEmpty());
    int done = 0;
    for (const QString &id : std::as_const(ids)) {
        done += doAndUndo(&document, new RemoveCapabilityCommand(&document, id), original, bytes);
        done += doAndUndo(&document,
                          new SetCapabilityFieldCommand(&document, id, Field::Maturity, 5),
                          original, bytes);
        for (Field field : { Field::Name, Field::Description, Field::Owner, Field::Gaps }) {
            done += doAndUndo(&document, new SetCapabilityFieldCommand(&document, id, field, "x y"),
                              original, bytes);
        }
        done += doAndUndo(
            &document, new SetCapabilityFieldCommand(&document, id, Field::Systems, QStringList()),
            original, bytes);
        done += doAndUndo(
            &document, new AddCapabilityCommand(&document, Capability { .id = id + "-child" }, id),
            original, bytes);
    }
    for (int i = 0; i < document.capabilityMap().reviews.size(); ++i)
        done += doAndUndo(&document, new RemoveReviewNoteCommand(&document, i), original, bytes);
    QVERIFY(done >= ids.size() * 6);

    QUndoStack *stack = document.undoStack();
    for (const QString &id : std::as_const(ids))
        stack->push(new SetCapabilityFieldCommand(&document, id, Field::Owner, "everyone"));
    stack->push(new RemoveCapabilityCommand(&document, ids.first()));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(bytes(), original);
}

QTEST_GUILESS_MAIN(TestExampleUndo)
#include "tst_exampleundo.moc"
