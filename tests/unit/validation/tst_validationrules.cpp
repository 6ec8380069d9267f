// The table of validation rules: each row copies the clean fixture project, breaks one thing
// and checks that exactly the expected problems appear, the main one with its code, severity,
// node and line.

#include "validationtestutils.h"

#include "model/validation/problemcodes.h"
#include "model/validation/projectvalidator.h"
#include "model/validation/ruleregistry.h"

#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace Flowsmith;
using namespace ValidationTest;

namespace {

/// One change to a file of the copied project: replace `find` by `replace` (find must occur),
/// or create the file with `replace` when `find` is empty.
struct Edit
{
    QString file;
    QByteArray find;
    QByteArray replace;
};

/// The day the tests pretend it is, so that retireBy rows never go stale.
const QDate Today(2026, 6, 1);

const QString FlowPath = QStringLiteral("flows/orders.flow.yaml");
const QString MapPath = QStringLiteral("mappings/order-to-erp.map.yaml");
const QString CapsPath = QStringLiteral("capabilities.yaml");
const QString ManifestPath = QStringLiteral("flowsmith.yaml");
const QString SuitePath = QStringLiteral("tests/orders.test.yaml");

QStringList codesOf(const ProblemList &problems)
{
    QStringList codes;
    for (const Problem &problem : problems)
        codes.append(problem.code);
    codes.sort();
    return codes;
}

QString describe(const ProblemList &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(QStringLiteral("%1:%2:%3 %4 %5 [%6]")
                         .arg(p.file)
                         .arg(p.position.line)
                         .arg(p.position.column)
                         .arg(p.code, p.message, p.nodeId));
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(QList<Edit>)
Q_DECLARE_METATYPE(Flowsmith::Severity)

class TestValidationRules : public QObject
{
    Q_OBJECT

private slots:
    void cleanProjectHasNoProblems();
    void rule_data();
    void rule();
    void everyRuleHasARow();
    void registryIsConsistent();
    void everyProblemIsPlaced();
    void missingFolderIsOneProblem();

private:
    QSet<QString> m_codesInTable;
};

void TestValidationRules::cleanProjectHasNoProblems()
{
    const ProblemList problems
        = ProjectValidator(Today).validate(dataDir() + QStringLiteral("/clean"));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValidationRules::rule_data()
{
    QTest::addColumn<QList<Edit>>("edits");
    QTest::addColumn<QString>("code"); // the problem the row is about; empty: none
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("file"); // where it must point
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QByteArray>("anchor"); // text on the line it must point to
    QTest::addColumn<QStringList>("allCodes"); // every problem of the project, sorted

    const auto row = [](const char *name, QList<Edit> edits, const QString &code, Severity severity,
                        const QString &file, const QString &nodeId, const QByteArray &anchor,
                        QStringList allCodes = {}) {
        if (allCodes.isEmpty() && !code.isEmpty())
            allCodes = { code };
        allCodes.sort();
        QTest::addRow("%s", name) << edits << code << severity << file << nodeId << anchor
                                  << allCodes;
    };
    const auto addEdge = [](const QByteArray &edge) {
        return Edit { FlowPath, "  - {from: failed.out, to: failures.in}\n",
                      "  - {from: failed.out, to: failures.in}\n  - " + edge + "\n" };
    };
    const auto addNodes = [](const QByteArray &nodes) {
        return Edit { FlowPath, "edges:\n", nodes + "edges:\n" };
    };
    const auto retireBy = [](const QByteArray &date) {
        return Edit { FlowPath, "retireBy: 2030-12-31", "retireBy: " + date };
    };
    using S = Severity;

    row("FS130 group lists a missing node",
        { Edit { FlowPath, "  - {from: failed.out, to: failures.in}\n",
                 "  - {from: failed.out, to: failures.in}\ngroups:\n  - id: erp-side\n"
                 "    title: ERP\n    nodes: [to-erp, ghost]\n" } },
        ProblemCodes::DanglingGroupMember, S::Warning, FlowPath, QString(), "id: erp-side");
    row("FS101 edge to a missing node", { addEdge("{from: to-erp.out, to: ghost.in}") },
        ProblemCodes::DanglingEdge, S::Error, FlowPath, "to-erp", "to: ghost.in");
    row("FS101 edge from a missing port", { addEdge("{from: check.maybe, to: erp.in}") },
        ProblemCodes::DanglingEdge, S::Error, FlowPath, "check", "check.maybe");
    row("FS102 input to input", { addEdge("{from: failures.in, to: erp.in}") },
        ProblemCodes::IncompatiblePorts, S::Error, FlowPath, "failures", "failures.in, to: erp");
    row("FS102 output to output", { addEdge("{from: failed.out, to: check.valid}") },
        ProblemCodes::IncompatiblePorts, S::Error, FlowPath, "failed", "to: check.valid");
    row("FS102 into a node without inputs", { addEdge("{from: check.invalid, to: failed.in}") },
        ProblemCodes::IncompatiblePorts, S::Error, FlowPath, "check", "to: failed.in");
    row("FS103 required input unconnected",
        { addNodes("  - id: extra\n    type: sink.log\n    config: {level: info}\n") },
        ProblemCodes::RequiredInputUnconnected, S::Error, FlowPath, "extra", "- id: extra");
    row("FS104 source without outgoing edge",
        { addNodes("  - id: tick\n    type: source.timer\n    config: {interval: 60000}\n") },
        ProblemCodes::SourceWithoutOutput, S::Warning, FlowPath, "tick", "- id: tick");
    row("FS105 unreachable node",
        { addNodes("  - id: orphan-map\n    type: transform.map\n    config: {expression: $}\n"
                   "  - id: orphan-log\n    type: sink.log\n"),
          addEdge("{from: orphan-map.out, to: orphan-log.in}") },
        ProblemCodes::UnreachableNode, S::Warning, FlowPath, "orphan-log", "- id: orphan-log",
        { ProblemCodes::RequiredInputUnconnected, ProblemCodes::UnreachableNode });
    row("FS106 cycle", { addEdge("{from: to-erp.out, to: check.in}") }, ProblemCodes::Cycle,
        S::Error, FlowPath, "check", "- id: check");
    row("FS107 missing mapping",
        { { FlowPath, "config: {mapping: order-to-erp}", "config: {mapping: order-to-sap}" } },
        ProblemCodes::MissingMapping, S::Error, FlowPath, "to-erp", "- id: to-erp");
    row("FS108 validate names a missing schema",
        { { FlowPath, "config: {schema: order}", "config: {schema: invoice}" } },
        ProblemCodes::MissingSchema, S::Error, FlowPath, "check", "- id: check");
    row("FS108 mapping names a missing schema",
        { { MapPath, "target: sales-order", "target: sap-order" } }, ProblemCodes::MissingSchema,
        S::Error, MapPath, QString(), "target: sap-order");
    row("FS109 unknown system",
        { { FlowPath, "{system: erp, method: POST", "{system: sap, method: POST" } },
        ProblemCodes::UnknownSystem, S::Error, FlowPath, "erp", "- id: erp");
    row("FS110 duplicate node id",
        { addNodes("  - id: erp\n    type: sink.log\n    config: {level: info}\n") },
        ProblemCodes::DuplicateId, S::Error, FlowPath, "erp", "- id: erp\n    type: sink.log");
    row("FS110 duplicate flow id",
        { { QStringLiteral("flows/zz-orders.flow.yaml"),
            {},
            "flowsmith: 1\nid: orders\nname: Orders again\ngovernance:\n  owner: team\n"
            "  steward: office\nnodes:\n  - id: tick\n    type: source.timer\n"
            "    config: {interval: 1000}\n  - id: log\n    type: sink.log\nedges:\n"
            "  - {from: tick.out, to: log.in}\n" } },
        ProblemCodes::DuplicateId, S::Error, QStringLiteral("flows/zz-orders.flow.yaml"), QString(),
        "id: orders", { ProblemCodes::DuplicateId, ProblemCodes::IdFileNameMismatch });
    row("FS110 duplicate system id",
        { { ManifestPath, "    owner: finance\n",
            "    owner: finance\n  - id: erp\n    name: Old ERP\n    kind: erp\n" } },
        ProblemCodes::DuplicateId, S::Error, ManifestPath, QString(), "- id: erp\n    name: Old");
    row("FS110 duplicate capability id",
        { { CapsPath, "        flows: [orders]\n",
            "        flows: [orders]\n      - id: order-capture\n        name: Again\n" } },
        ProblemCodes::DuplicateId, S::Error, CapsPath, QString(),
        "- id: order-capture\n        name: Again");
    row("FS111 missing owner", { { FlowPath, "  owner: integration-team\n", "" } },
        ProblemCodes::MissingOwner, S::Warning, FlowPath, QString(), "  steward: data-office");
    row("FS112 missing steward", { { FlowPath, "  steward: data-office\n", "" } },
        ProblemCodes::MissingSteward, S::Warning, FlowPath, QString(), "  owner: integration");
    row("FS113 retireBy yesterday", { retireBy("2026-05-31") }, ProblemCodes::RetirementPassed,
        S::Error, FlowPath, QString(), "  owner: integration");
    row("FS114 retireBy today", { retireBy("2026-06-01") }, ProblemCodes::RetirementDue, S::Warning,
        FlowPath, QString(), "  owner: integration");
    row("FS114 retireBy today+30", { retireBy("2026-07-01") }, ProblemCodes::RetirementDue,
        S::Warning, FlowPath, QString(), "  owner: integration");
    row("FS114 retireBy today+90", { retireBy("2026-08-30") }, ProblemCodes::RetirementDue,
        S::Warning, FlowPath, QString(), "  owner: integration");
    row("no FS114 for retireBy today+91", { retireBy("2026-08-31") }, QString(), S::Warning,
        FlowPath, QString(), QByteArray());
    row("no FS114 for retireBy today+120", { retireBy("2026-09-29") }, QString(), S::Warning,
        FlowPath, QString(), QByteArray());
    row("FS115 required config missing",
        { { FlowPath, "{method: POST, path: /orders, system: shop}",
            "{method: POST, system: shop}" } },
        ProblemCodes::RequiredConfigMissing, S::Error, FlowPath, "receive", "- id: receive");
    row("FS115 map without mapping or expression",
        { { FlowPath, "config: {mapping: order-to-erp}", "config: {}" } },
        ProblemCodes::RequiredConfigMissing, S::Error, FlowPath, "to-erp", "- id: to-erp");
    row("FS115 required field of a list item",
        { addNodes("  - id: route\n    type: route.choice\n    config:\n      cases:\n"
                   "        - {id: big}\n"),
          addEdge("{from: check.valid, to: route.in}") },
        ProblemCodes::RequiredConfigMissing, S::Error, FlowPath, "route", "- id: route");
    row("FS116 unknown capability",
        { { FlowPath, "capabilities: [order-capture]",
            "capabilities: [order-capture, invoicing]" } },
        ProblemCodes::UnknownCapability, S::Error, FlowPath, QString(), "  owner: integration");
    row("FS117 capability links a missing flow",
        { { CapsPath, "flows: [orders]", "flows: [orders, returns]" } },
        ProblemCodes::CapabilityLinkMissing, S::Error, CapsPath, QString(), "- id: order-capture");
    row("FS117 capability links a missing system",
        { { CapsPath, "systems: [shop, erp]", "systems: [shop, erp, wms]" } },
        ProblemCodes::CapabilityLinkMissing, S::Error, CapsPath, QString(), "- id: order-capture");
    row("FS118 test suite for a missing flow", { { SuitePath, "flow: orders", "flow: returns" } },
        ProblemCodes::TestReferenceMissing, S::Error, SuitePath, QString(), "flow: returns");
    row("FS118 test case feeds a node that is no source",
        { { SuitePath, "source: receive", "source: check" } }, ProblemCodes::TestReferenceMissing,
        S::Error, SuitePath, QString(), "- name: A valid order");
    row("FS118 test case mocks a node that is no sink",
        { { SuitePath, "      erp: {status: 201", "      to-erp: {status: 201" } },
        ProblemCodes::TestReferenceMissing, S::Error, SuitePath, QString(), "to-erp: {status");
    row("FS118 test case expects at a missing node",
        { { SuitePath, "    expect:\n      erp:", "    expect:\n      ghost:" } },
        ProblemCodes::TestReferenceMissing, S::Error, SuitePath, QString(), "ghost:");
    row("FS118 test case reads a missing input file",
        { { SuitePath, "inputFile: samples/order.json", "inputFile: samples/missing.json" } },
        ProblemCodes::TestReferenceMissing, S::Error, SuitePath, QString(),
        "- name: A valid order");
    row("FS120 retireBy is not a date", { retireBy("2030-13-01") }, ProblemCodes::InvalidDate,
        S::Error, FlowPath, QString(), "  owner: integration");
    row("FS120 review date is not a date", { { CapsPath, "date: 2026-05-01", "date: May 2026" } },
        ProblemCodes::InvalidDate, S::Error, CapsPath, QString(), "- capability: order-capture");
    row("FS121 mapping id differs from file name",
        { { MapPath, "id: order-to-erp", "id: order-2-erp" } }, ProblemCodes::IdFileNameMismatch,
        S::Warning, MapPath, QString(), "id: order-2-erp");
    row("FS122 duplicate edge",
        { { FlowPath, "  - {from: receive.out, to: check.in}\n",
            "  - {from: receive.out, to: check.in}\n  - {from: receive.out,  to: check.in}\n" } },
        ProblemCodes::DuplicateEdge, S::Warning, FlowPath, "receive", "receive.out,  to");
    row("FS123 review of a missing capability",
        { { CapsPath, "- capability: order-capture", "- capability: order-billing" } },
        ProblemCodes::ReviewCapabilityMissing, S::Error, CapsPath, QString(),
        "- capability: order-billing");
    // The mapping line checks (model/mapping/mappingchecker.h), one row per code.
    const QString SalesOrder = QStringLiteral("schemas/sales-order.schema.json");
    const QString Order = QStringLiteral("schemas/order.schema.json");
    const QByteArray orderIdString = "\"orderId\": {\n      \"type\": \"string\"";
    row("FS125 string into a number",
        { { SalesOrder, orderIdString, "\"orderId\": {\n      \"type\": \"number\"" } },
        ProblemCodes::MappingTypeMismatch, S::Warning, MapPath, QString(), "target: orderId");
    row("FS126 array into a single value",
        { { Order, "\"id\": {\n      \"type\": \"string\"\n    }",
            "\"id\": {\n      \"type\": \"array\",\n      \"items\": {\"type\": \"string\"}\n    "
            "}" } },
        ProblemCodes::MappingCardinality, S::Warning, MapPath, QString(), "target: orderId");
    row("FS127 required target field unmapped",
        { { SalesOrder, "\"type\": \"object\",\n  \"properties\"",
            "\"type\": \"object\",\n  \"required\": [\"orderId\"],\n  \"properties\"" },
          { MapPath, "  - {target: orderId, from: id}\n", "" } },
        ProblemCodes::MappingRequiredUnmapped, S::Warning, MapPath, QString(),
        "target: sales-order");
    row("FS128 constant outside the target enum",
        { { SalesOrder, orderIdString, orderIdString + ",\n      \"enum\": [\"A\", \"B\"]" },
          { MapPath, "{target: orderId, from: id}",
            "{target: orderId, function: {name: constant, value: C}}" } },
        ProblemCodes::MappingEnumNotCovered, S::Warning, MapPath, QString(), "target: orderId");
    row("FS129 source path not in the schema",
        { { MapPath, "{target: orderId, from: id}", "{target: orderId, from: ident}" } },
        ProblemCodes::MappingUnknownSourcePath, S::Error, MapPath, QString(), "target: orderId");
    // A file that does not load is a problem under its FileError code; the rest is still
    // checked (here: the capability map now links a flow that did not load).
    row("FS009 unknown node type stops only its file",
        { { FlowPath, "type: error.catch", "type: error.trap" } }, QStringLiteral("FS009"),
        S::Error, FlowPath, QString(), "type: error.trap",
        { QStringLiteral("FS009"), ProblemCodes::CapabilityLinkMissing });
    row("FS003 broken mapping leaves the flows checked",
        { { MapPath, "  - {target: orderId, from: id}\n", "  - {target: orderId, from: [id}\n" },
          { FlowPath, "config: {schema: order}", "config: {schema: invoice}" } },
        ProblemCodes::MissingSchema, S::Error, FlowPath, "check", "- id: check",
        { QStringLiteral("FS003"), ProblemCodes::MissingSchema });
}

void TestValidationRules::rule()
{
    QFETCH(QList<Edit>, edits);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(QString, file);
    QFETCH(QString, nodeId);
    QFETCH(QByteArray, anchor);
    QFETCH(QStringList, allCodes);
    m_codesInTable.insert(code);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(dataDir() + QStringLiteral("/clean"), dir.path()));
    for (const Edit &edit : edits) {
        const QString path = dir.filePath(edit.file);
        QByteArray bytes = edit.find.isEmpty() ? QByteArray() : readFile(path);
        if (!edit.find.isEmpty()) {
            QVERIFY2(bytes.contains(edit.find), edit.find.constData());
            bytes.replace(bytes.indexOf(edit.find), edit.find.size(), edit.replace);
        } else {
            bytes = edit.replace;
        }
        QVERIFY(writeFile(path, bytes));
    }

    const ProblemList problems = ProjectValidator(Today).validate(dir.path());
    QVERIFY2(codesOf(problems) == allCodes, qPrintable(describe(problems)));
    if (code.isEmpty())
        return;

    ProblemList matching;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(matching),
                 [&](const Problem &p) { return p.code == code && p.file == file; });
    QVERIFY2(!matching.isEmpty(), qPrintable(describe(problems)));
    const Problem &problem = matching.first();
    QCOMPARE(problem.severity, severity);
    QCOMPARE(problem.nodeId, nodeId);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(problem.position.line, lineOf(readFile(dir.filePath(file)), anchor));
    QVERIFY(problem.position.column > 0);
    if (file.startsWith(QLatin1String("flows/")) && code.startsWith(QLatin1String("FS1")))
        QVERIFY(!problem.flowId.isEmpty());
}

void TestValidationRules::everyRuleHasARow()
{
    // FS119 (unknown node type) and FS124 (maturity) cannot come from a file that loads:
    // tst_flowvalidator covers them on in-memory models.
    for (const auto &rule : RuleRegistry::instance().rules()) {
        const QString code = rule->code();
        if (code == QLatin1String(ProblemCodes::UnknownNodeType)
            || code == QLatin1String(ProblemCodes::MaturityOutOfRange))
            continue;
        QVERIFY2(m_codesInTable.contains(code), qPrintable(code));
    }
}

void TestValidationRules::registryIsConsistent()
{
    QStringList codes;
    for (const auto &rule : RuleRegistry::instance().rules()) {
        codes.append(rule->code());
        QVERIFY(rule->code().startsWith(QLatin1String("FS1")));
        QVERIFY(!rule->summary().isEmpty());
        QCOMPARE(RuleRegistry::instance().rule(rule->code()), rule.get());
    }
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    QCOMPARE(RuleRegistry::instance().rule(QStringLiteral("FS101"))->defaultSeverity(),
             Severity::Error);
    QCOMPARE(RuleRegistry::instance().rule(QStringLiteral("FS111"))->defaultSeverity(),
             Severity::Warning);
    QVERIFY(!RuleRegistry::instance().rule(QStringLiteral("FS003")));
}

void TestValidationRules::everyProblemIsPlaced()
{
    // Many things wrong at once: every problem still names a relative file and a line.
    QTemporaryDir dir;
    QVERIFY(copyTree(dataDir() + QStringLiteral("/clean"), dir.path()));
    QByteArray flow = readFile(dir.filePath(FlowPath));
    flow.replace("  owner: integration-team\n", "");
    flow.replace("retireBy: 2030-12-31", "retireBy: 2020-01-01");
    flow.replace("config: {schema: order}", "config: {schema: nothing}");
    flow.replace("  - {from: check.valid, to: to-erp.in}\n", "");
    QVERIFY(writeFile(dir.filePath(FlowPath), flow));

    const ProblemList problems = ProjectValidator(Today).validate(dir.path());
    QVERIFY(problems.size() >= 5);
    for (const Problem &problem : problems) {
        QVERIFY(!problem.file.isEmpty());
        QVERIFY(QDir::isRelativePath(problem.file));
        QVERIFY(problem.position.isValid());
        QVERIFY(!problem.message.isEmpty());
    }
    // Sorted in reading order.
    for (int i = 1; i < problems.size(); ++i) {
        QVERIFY(problems[i - 1].file < problems[i].file
                || (problems[i - 1].file == problems[i].file
                    && problems[i - 1].position.line <= problems[i].position.line));
    }
}

void TestValidationRules::missingFolderIsOneProblem()
{
    QTemporaryDir dir;
    const ProblemList problems
        = ProjectValidator(Today).validate(dir.filePath(QStringLiteral("nothing-here")));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Severity::Error);
    QVERIFY(problems.first().code.startsWith(QLatin1String("FS0")));
}

QTEST_GUILESS_MAIN(TestValidationRules)
#include "tst_validationrules.moc"
