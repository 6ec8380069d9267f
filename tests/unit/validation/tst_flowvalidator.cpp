// FlowValidator on flows that live only in memory, as the studio has them between edits:
// no file, no positions, nothing read from disk.

#include "validationtestutils.h"

#include "model/core/capabilitymap.h"
#include "model/core/flow.h"
#include "model/core/project.h"
#include "model/validation/flowvalidator.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/validationcontext.h"

#include <QtTest>

using namespace Flowsmith;

namespace {

FlowNode node(const QString &id, const QString &type, const QVariantMap &config = {})
{
    FlowNode n;
    n.id = id;
    n.type = type;
    n.config = config;
    return n;
}

FlowEdge edge(const QString &from, const QString &to)
{
    return { PortRef::parse(from), PortRef::parse(to), {}, {} };
}

/// source.timer → sink.log, with an owner and a steward: no problems.
Flow smallFlow()
{
    Flow flow;
    flow.id = QStringLiteral("tick");
    flow.governance.owner = QStringLiteral("team");
    flow.governance.steward = QStringLiteral("office");
    flow.nodes = { node(QStringLiteral("tick"), QStringLiteral("source.timer"),
                        { { QStringLiteral("interval"), 1000 } }),
                   node(QStringLiteral("log"), QStringLiteral("sink.log")) };
    flow.edges = { edge(QStringLiteral("tick.out"), QStringLiteral("log.in")) };
    return flow;
}

QStringList codesOf(const ProblemList &problems)
{
    QStringList codes;
    for (const Problem &problem : problems)
        codes.append(problem.code);
    return codes;
}

ValidationContext fixedContext()
{
    ValidationContext context;
    context.today = QDate(2026, 6, 1);
    return context;
}

} // namespace

class TestFlowValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanFlow();
    void unknownNodeType();
    void danglingEdgeWithoutPositions();
    void edgeEndWithoutPort();
    void choiceCasePorts();
    void referencesComeFromTheContext();
    void projectDefaultsSatisfyGovernance();
    void longChainAndLateCycle();
    void maturityOutOfRange();
    void contextFromProject();
};

void TestFlowValidator::cleanFlow()
{
    const ProblemList problems = FlowValidator(fixedContext()).validate(smallFlow());
    QVERIFY2(problems.isEmpty(), qPrintable(codesOf(problems).join(u',')));
}

void TestFlowValidator::unknownNodeType()
{
    Flow flow = smallFlow();
    flow.nodes.append(node(QStringLiteral("fax"), QStringLiteral("sink.fax")));
    flow.edges.append(edge(QStringLiteral("tick.out"), QStringLiteral("fax.in")));
    const ProblemList problems = FlowValidator(fixedContext()).validate(flow);
    // The unknown node is reported once; the port rules leave it alone.
    QCOMPARE(codesOf(problems), QStringList { QLatin1String(ProblemCodes::UnknownNodeType) });
    QCOMPARE(problems.first().nodeId, QStringLiteral("fax"));
    QCOMPARE(problems.first().flowId, QStringLiteral("tick"));
    QCOMPARE(problems.first().severity, Severity::Error);
    QVERIFY(problems.first().message.contains(QLatin1String("sink.fax")));
    QVERIFY(problems.first().file.isEmpty());
}

void TestFlowValidator::danglingEdgeWithoutPositions()
{
    Flow flow = smallFlow();
    flow.nodes[0].position = { 7, 5 };
    flow.edges.append(edge(QStringLiteral("tick.out"), QStringLiteral("gone.in")));
    const ProblemList problems
        = FlowValidator(fixedContext()).validate(flow, QStringLiteral("flows/tick.flow.yaml"));
    QCOMPARE(codesOf(problems), QStringList { QLatin1String(ProblemCodes::DanglingEdge) });
    // An edge made in the studio has no place yet: the problem points at its source node.
    QCOMPARE(problems.first().position, (SourcePosition { 7, 5 }));
    QCOMPARE(problems.first().nodeId, QStringLiteral("tick"));
    QCOMPARE(problems.first().file, QStringLiteral("flows/tick.flow.yaml"));
}

void TestFlowValidator::edgeEndWithoutPort()
{
    // The loader refuses "from: tick"; an edge built in the studio may still lack a port.
    Flow flow = smallFlow();
    flow.edges.append(edge(QStringLiteral("tick"), QStringLiteral("log.in")));
    const ProblemList problems = FlowValidator(fixedContext()).validate(flow);
    QCOMPARE(codesOf(problems), (QStringList { QLatin1String(ProblemCodes::DanglingEdge) }));
    QCOMPARE(problems.first().nodeId, QStringLiteral("tick"));
    QVERIFY(problems.first().message.contains(QLatin1String("port")));
}

void TestFlowValidator::choiceCasePorts()
{
    Flow flow = smallFlow();
    const QVariantList cases { QVariantMap {
        { QStringLiteral("id"), QStringLiteral("big") },
        { QStringLiteral("condition"), QStringLiteral("total > 100") } } };
    flow.nodes.append(node(QStringLiteral("route"), QStringLiteral("route.choice"),
                           { { QStringLiteral("cases"), cases } }));
    flow.nodes.append(node(QStringLiteral("big-log"), QStringLiteral("sink.log")));
    flow.edges.append(edge(QStringLiteral("tick.out"), QStringLiteral("route.in")));
    flow.edges.append(edge(QStringLiteral("route.big"), QStringLiteral("big-log.in")));
    QVERIFY(FlowValidator(fixedContext()).validate(flow).isEmpty());

    flow.edges.append(edge(QStringLiteral("route.small"), QStringLiteral("log.in")));
    const ProblemList problems = FlowValidator(fixedContext()).validate(flow);
    QCOMPARE(codesOf(problems), QStringList { QLatin1String(ProblemCodes::DanglingEdge) });
    QVERIFY(problems.first().message.contains(QLatin1String("big")));
}

void TestFlowValidator::referencesComeFromTheContext()
{
    Flow flow = smallFlow();
    flow.nodes.append(node(QStringLiteral("map"), QStringLiteral("transform.map"),
                           { { QStringLiteral("mapping"), QStringLiteral("m") } }));
    flow.nodes.append(node(QStringLiteral("call"), QStringLiteral("sink.http"),
                           { { QStringLiteral("system"), QStringLiteral("erp") } }));
    flow.edges = { edge(QStringLiteral("tick.out"), QStringLiteral("map.in")),
                   edge(QStringLiteral("map.out"), QStringLiteral("call.in")),
                   edge(QStringLiteral("tick.out"), QStringLiteral("log.in")) };
    flow.governance.capabilities = { QStringLiteral("billing") };

    ValidationContext context = fixedContext();
    QCOMPARE(codesOf(FlowValidator(context).validate(flow)),
             (QStringList { QLatin1String(ProblemCodes::MissingMapping),
                            QLatin1String(ProblemCodes::UnknownSystem),
                            QLatin1String(ProblemCodes::UnknownCapability) }));
    context.mappingIds.insert(QStringLiteral("m"));
    context.systemIds.insert(QStringLiteral("erp"));
    context.capabilityIds.insert(QStringLiteral("billing"));
    FlowValidator validator;
    validator.setContext(context);
    QVERIFY(validator.validate(flow).isEmpty());
}

void TestFlowValidator::projectDefaultsSatisfyGovernance()
{
    Flow flow = smallFlow();
    flow.governance.owner.clear();
    flow.governance.steward.clear();
    ValidationContext context = fixedContext();
    QCOMPARE(codesOf(FlowValidator(context).validate(flow)),
             (QStringList { QLatin1String(ProblemCodes::MissingOwner),
                            QLatin1String(ProblemCodes::MissingSteward) }));
    context.defaultOwner = QStringLiteral("integration-team");
    context.defaultSteward = QStringLiteral("data-office");
    QVERIFY(FlowValidator(context).validate(flow).isEmpty());
}

void TestFlowValidator::longChainAndLateCycle()
{
    // Deep graphs must not exhaust the stack: the graph walks are iterative.
    Flow flow = smallFlow();
    flow.edges.clear();
    const int length = 20000;
    QString previous = QStringLiteral("tick.out");
    for (int i = 0; i < length; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        flow.nodes.append(node(id, QStringLiteral("transform.map"),
                               { { QStringLiteral("expression"), QStringLiteral("$") } }));
        flow.edges.append(edge(previous, id + QStringLiteral(".in")));
        previous = id + QStringLiteral(".out");
    }
    flow.edges.append(edge(previous, QStringLiteral("log.in")));
    QVERIFY(FlowValidator(fixedContext()).validate(flow).isEmpty());

    flow.edges.append(edge(QStringLiteral("n19999.out"), QStringLiteral("n10.in")));
    const ProblemList problems = FlowValidator(fixedContext()).validate(flow);
    QCOMPARE(codesOf(problems), QStringList { QLatin1String(ProblemCodes::Cycle) });
    QCOMPARE(problems.first().nodeId, QStringLiteral("n10"));
    // The path of a long cycle is shortened to its ends.
    const QString message = problems.first().message;
    QVERIFY2(message.contains(QStringLiteral("n10 → n11 → ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" → n19999 → n10")), qPrintable(message));
    QVERIFY(message.size() < 200);
}

void TestFlowValidator::maturityOutOfRange()
{
    // The loader refuses maturity 9 in a file; a map edited in memory can still hold it.
    CapabilityMap map;
    Capability capability;
    capability.id = QStringLiteral("billing");
    capability.maturity = 9;
    capability.position = { 4, 5 };
    map.capabilities = { capability };
    ProjectSnapshot snapshot;
    snapshot.capabilities = map;
    ProblemList problems;
    const ValidationRule *rule
        = RuleRegistry::instance().rule(QLatin1String(ProblemCodes::MaturityOutOfRange));
    QVERIFY(rule);
    rule->checkProject(snapshot, fixedContext(), problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Severity::Warning);
    QCOMPARE(problems.first().file, QStringLiteral("capabilities.yaml"));
    QCOMPARE(problems.first().position, (SourcePosition { 4, 5 }));

    problems.clear();
    snapshot.capabilities->capabilities[0].maturity = 5;
    rule->checkProject(snapshot, fixedContext(), problems);
    QVERIFY(problems.isEmpty());
}

void TestFlowValidator::contextFromProject()
{
    FileError error;
    const std::optional<Project> project
        = Project::open(ValidationTest::dataDir() + QStringLiteral("/clean"), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    const ValidationContext context = ValidationContext::fromProject(*project, QDate(2026, 6, 1));
    QCOMPARE(context.today, QDate(2026, 6, 1));
    QCOMPARE(context.systemIds, (QSet<QString> { QStringLiteral("shop"), QStringLiteral("erp") }));
    QCOMPARE(context.mappingIds, QSet<QString> { QStringLiteral("order-to-erp") });
    QCOMPARE(context.schemaIds,
             (QSet<QString> { QStringLiteral("order"), QStringLiteral("sales-order") }));
    QCOMPARE(context.capabilityIds,
             (QSet<QString> { QStringLiteral("order-to-cash"), QStringLiteral("order-capture") }));
    QVERIFY(context.defaultOwner.isEmpty());
}

QTEST_GUILESS_MAIN(TestFlowValidator)
#include "tst_flowvalidator.moc"
