// ChangeNodeIdCommand keeps every reference to the node consistent: the edges that start or
// end at it and the group member lists, after redo, undo and redo again, and in the file saved
// and read back (which validates without a dangling reference).

#include "documenttest.h"

#include "model/documents/flowdocument.h"
#include "model/documents/nodepropertycommands.h"
#include "model/validation/flowvalidator.h"
#include "model/validation/problemcodes.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Flowsmith;
using namespace DocumentTest;

namespace {

const QString fixture = QStringLiteral("renames.flow.yaml");

QStringList edgeTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowEdge &edge : flow.edges)
        texts.append(edge.from.toString() + u'>' + edge.to.toString());
    return texts;
}

// "intake: receive filter" per group, so one comparison shows every member list.
QStringList groupTexts(const Flow &flow)
{
    QStringList texts;
    for (const FlowGroup &group : flow.groups)
        texts.append(group.id + u':' + u' ' + group.nodes.join(u' '));
    return texts;
}

// Members that name no node of the flow, in the order written.
QStringList danglingMembers(const Flow &flow)
{
    QStringList dangling;
    for (const FlowGroup &group : flow.groups)
        for (const QString &member : group.nodes)
            if (!flow.node(member))
                dangling.append(member);
    return dangling;
}

QStringList groupIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &arguments : spy)
        ids.append(arguments.at(0).toString());
    return ids;
}

} // namespace

class TestChangeNodeId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renameFollowsEverywhere_data();
    void renameFollowsEverywhere();

private:
    QByteArray m_original;
    QStringList m_originalEdges;
    QStringList m_originalGroups;
};

void TestChangeNodeId::initTestCase()
{
    m_original = fileBytes(dataPath(fixture));
    QVERIFY(!m_original.isEmpty());
    FileError error;
    const std::optional<Flow> flow = Flow::fromYaml(m_original, fixture, &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    QCOMPARE(flow->toYaml(), m_original);
    m_originalEdges = edgeTexts(*flow);
    m_originalGroups = groupTexts(*flow);
    QCOMPARE(danglingMembers(*flow), QStringList { "ghost" });
}

void TestChangeNodeId::renameFollowsEverywhere_data()
{
    QTest::addColumn<QString>("oldId");
    QTest::addColumn<QString>("newId");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("changedGroups");
    QTest::addColumn<QStringList>("dangling");

    QTest::addRow("group member and edge source")
        << "receive"
        << "gate"
        << QStringList { "gate.out>filter.in", "filter.out>enrich.in", "enrich.out>log.in",
                         "filter.out>log.in" }
        << QStringList { "intake: gate filter", "review: filter enrich ghost" }
        << QStringList { "intake" } << QStringList { "ghost" };
    QTest::addRow("in two groups, three edges")
        << "filter"
        << "paid-only"
        << QStringList { "receive.out>paid-only.in", "paid-only.out>enrich.in", "enrich.out>log.in",
                         "paid-only.out>log.in" }
        << QStringList { "intake: receive paid-only", "review: paid-only enrich ghost" }
        << QStringList { "intake", "review" } << QStringList { "ghost" };
    QTest::addRow("edge target in no group")
        << "log"
        << "audit"
        << QStringList { "receive.out>filter.in", "filter.out>enrich.in", "enrich.out>audit.in",
                         "filter.out>audit.in" }
        << QStringList { "intake: receive filter", "review: filter enrich ghost" } << QStringList {}
        << QStringList { "ghost" };
    // The stale member already reads "ghost": after redo both resolve, undo renames only the
    // member that was the node's.
    QTest::addRow("takes the id of a stale member")
        << "enrich"
        << "ghost"
        << QStringList { "receive.out>filter.in", "filter.out>ghost.in", "ghost.out>log.in",
                         "filter.out>log.in" }
        << QStringList { "intake: receive filter", "review: filter ghost ghost" }
        << QStringList { "review" } << QStringList {};
    QTest::addRow("id with a dot")
        << "filter"
        << "filter.v2"
        << QStringList { "receive.out>filter.v2.in", "filter.v2.out>enrich.in", "enrich.out>log.in",
                         "filter.v2.out>log.in" }
        << QStringList { "intake: receive filter.v2", "review: filter.v2 enrich ghost" }
        << QStringList { "intake", "review" } << QStringList { "ghost" };
}

void TestChangeNodeId::renameFollowsEverywhere()
{
    QFETCH(QString, oldId);
    QFETCH(QString, newId);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, changedGroups);
    QFETCH(QStringList, dangling);

    FlowDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(fixture), &error), qPrintable(error.toString()));
    const int index = document.flow().indexOfNode(oldId);
    QVERIFY(index >= 0);
    QSignalSpy groupChanged(&document, &FlowDocument::groupChanged);
    QUndoStack *stack = document.undoStack();

    const auto checkRenamed = [&](const Flow &flow) {
        QCOMPARE(flow.indexOfNode(newId), index);
        QCOMPARE(flow.indexOfNode(oldId), -1);
        QCOMPARE(edgeTexts(flow), edges);
        QCOMPARE(groupTexts(flow), groups);
        QCOMPARE(danglingMembers(flow), dangling);
    };

    stack->push(new ChangeNodeIdCommand(&document, oldId, newId));
    QCOMPARE(stack->count(), 1);
    checkRenamed(document.flow());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(groupIds(groupChanged), changedGroups);
    const QByteArray afterDo = document.flow().toYaml();

    groupChanged.clear();
    stack->undo();
    QCOMPARE(document.flow().toYaml(), m_original);
    QCOMPARE(document.flow().indexOfNode(oldId), index);
    QCOMPARE(document.flow().indexOfNode(newId), -1);
    QCOMPARE(edgeTexts(document.flow()), m_originalEdges);
    QCOMPARE(groupTexts(document.flow()), m_originalGroups);
    QCOMPARE(groupIds(groupChanged), changedGroups);

    stack->redo();
    checkRenamed(document.flow());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(document.flow().toYaml(), afterDo);

    // What is written and read back names no node that is not there.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("renames.flow.yaml"));
    QVERIFY2(document.save(path, &error), qPrintable(error.toString()));
    FlowDocument reloaded;
    QVERIFY2(reloaded.load(path, &error), qPrintable(error.toString()));
    QCOMPARE(reloaded.flow().toYaml(), afterDo);
    checkRenamed(reloaded.flow());
    if (QTest::currentTestFailed())
        return;
    const ProblemList problems
        = FlowValidator().validate(reloaded.flow(), QStringLiteral("flows/renames.flow.yaml"));
    for (const Problem &problem : problems) {
        QVERIFY2(problem.code != QLatin1String(ProblemCodes::DanglingEdge),
                 qPrintable(problem.message));
        QVERIFY2(!problem.message.contains(u'\'' + oldId + u'\''), qPrintable(problem.message));
    }
}

QTEST_GUILESS_MAIN(TestChangeNodeId)
#include "tst_changenodeid.moc"
