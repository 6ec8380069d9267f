// The three outputs of a problem list: text for people, JSON for scripts, SARIF 2.1.0 for
// code-scanning views. The machine formats are parsed back and checked for their structure.

#include "model/validation/problemreport.h"
#include "model/validation/problemsummary.h"
#include "model/validation/ruleregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Flowsmith;

namespace {

Problem makeProblem(const char *code, Severity severity, const char *file, int line, int column,
                    const char *message, const char *flowId = "", const char *nodeId = "")
{
    Problem p;
    p.code = QString::fromLatin1(code);
    p.severity = severity;
    p.file = QString::fromLatin1(file);
    p.position = { line, column };
    p.message = QString::fromUtf8(message);
    p.flowId = QString::fromLatin1(flowId);
    p.nodeId = QString::fromLatin1(nodeId);
    return p;
}

ProblemList sampleProblems()
{
    return {
        makeProblem("FS101", Severity::Error, "flows/order sync.flow.yaml", 12, 5,
                    "Edge a.out → ghost.in references the missing node 'ghost'", "order-sync", "a"),
        makeProblem("FS112", Severity::Warning, "flows/order sync.flow.yaml", 5, 3,
                    "Flow 'order-sync' has no data steward", "order-sync"),
        makeProblem("FS003", Severity::Error, "mappings/broken.map.yaml", 4, 17,
                    "YAML syntax error"),
        makeProblem("FS117", Severity::Note, "capabilities.yaml", 0, 0, "A note with no line"),
    };
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << bytes;
    return document.object();
}

} // namespace

class TestProblemReport : public QObject
{
    Q_OBJECT

private slots:
    void formatNames_data();
    void formatNames();
    void text();
    void textWithoutProblems();
    void json();
    void sarifStructure();
    void sarifWithoutProblems();
    void counts();
};

void TestProblemReport::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: not a format
    QTest::addRow("text") << "text" << int(ReportFormat::Text);
    QTest::addRow("json") << "json" << int(ReportFormat::Json);
    QTest::addRow("sarif") << "sarif" << int(ReportFormat::Sarif);
    QTest::addRow("upper case") << "JSON" << -1;
    QTest::addRow("xml") << "xml" << -1;
    QTest::addRow("empty") << "" << -1;
}

void TestProblemReport::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ReportFormat> parsed = ProblemReport::formatFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
}

void TestProblemReport::text()
{
    ProblemReport report(sampleProblems());
    report.setPathPrefix(QStringLiteral("shop/"));
    const QStringList lines = QString::fromUtf8(report.text()).split(u'\n');
    QCOMPARE(lines.size(), 6); // four problems, the count, the final newline
    QCOMPARE(lines[0],
             QStringLiteral("shop/flows/order sync.flow.yaml:12:5: error FS101: Edge "
                            "a.out → ghost.in references the missing node 'ghost'"));
    QCOMPARE(lines[1],
             QStringLiteral("shop/flows/order sync.flow.yaml:5:3: warning FS112: Flow "
                            "'order-sync' has no data steward"));
    QCOMPARE(lines[2],
             QStringLiteral("shop/mappings/broken.map.yaml:4:17: error FS003: YAML syntax error"));
    QCOMPARE(lines[3], QStringLiteral("shop/capabilities.yaml: note FS117: A note with no line"));
    QCOMPARE(lines[4], QStringLiteral("2 error(s), 1 warning(s)"));
    QCOMPARE(lines[5], QString());
    QCOMPARE(report.write(ReportFormat::Text), report.text());
}

void TestProblemReport::textWithoutProblems()
{
    QCOMPARE(ProblemReport({}).text(), QByteArray("No problems\n"));
}

void TestProblemReport::json()
{
    ProblemReport report(sampleProblems());
    report.setProjectRoot(QStringLiteral("/tmp/shop"));
    const QByteArray bytes = report.json();
    QVERIFY(bytes.endsWith("}\n"));
    const QJsonObject root = parse(bytes);
    QCOMPARE(root.value("project").toString(), QStringLiteral("/tmp/shop"));
    const QJsonArray problems = root.value("problems").toArray();
    QCOMPARE(problems.size(), 4);
    const QJsonObject first = problems.at(0).toObject();
    QCOMPARE(first.value("code").toString(), QStringLiteral("FS101"));
    QCOMPARE(first.value("severity").toString(), QStringLiteral("error"));
    QCOMPARE(first.value("file").toString(), QStringLiteral("flows/order sync.flow.yaml"));
    QCOMPARE(first.value("line").toInt(), 12);
    QCOMPARE(first.value("column").toInt(), 5);
    QCOMPARE(first.value("flowId").toString(), QStringLiteral("order-sync"));
    QCOMPARE(first.value("nodeId").toString(), QStringLiteral("a"));
    QVERIFY(first.value("message").toString().contains(QStringLiteral("→")));
    QCOMPARE(problems.at(1).toObject().value("severity").toString(), QStringLiteral("warning"));
    QCOMPARE(problems.at(3).toObject().value("severity").toString(), QStringLiteral("note"));
    const QJsonObject counts = root.value("counts").toObject();
    QCOMPARE(counts.value("errors").toInt(), 2);
    QCOMPARE(counts.value("warnings").toInt(), 1);
    QCOMPARE(counts.value("notes").toInt(), 1);
    QCOMPARE(report.write(ReportFormat::Json), bytes);
}

void TestProblemReport::sarifStructure()
{
    ProblemReport report(sampleProblems());
    report.setProjectRoot(QStringLiteral("/tmp/my shop"));
    report.setToolVersion(QStringLiteral("1.2.3"));
    const QJsonObject log = parse(report.sarif());

    QCOMPARE(log.value("version").toString(), QStringLiteral("2.1.0"));
    QVERIFY(log.value("$schema").toString().contains(QLatin1String("sarif-schema-2.1.0")));
    const QJsonArray runs = log.value("runs").toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.at(0).toObject();

    const QJsonObject driver = run.value("tool").toObject().value("driver").toObject();
    QCOMPARE(driver.value("name").toString(), QStringLiteral("Flowsmith"));
    QCOMPARE(driver.value("version").toString(), QStringLiteral("1.2.3"));
    QVERIFY(driver.value("informationUri").toString().startsWith(QLatin1String("https://")));
    const QJsonArray rules = driver.value("rules").toArray();
    // Every registered rule, then the load-error code that occurs (FS003).
    QCOMPARE(rules.size(), int(RuleRegistry::instance().rules().size()) + 1);
    QStringList ruleIds;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        ruleIds.append(rule.value("id").toString());
        QVERIFY(!rule.value("shortDescription").toObject().value("text").toString().isEmpty());
        const QString level
            = rule.value("defaultConfiguration").toObject().value("level").toString();
        QVERIFY2(level == QLatin1String("error") || level == QLatin1String("warning")
                     || level == QLatin1String("note"),
                 qPrintable(level));
    }
    QCOMPARE(ruleIds.first(), QStringLiteral("FS101"));
    QCOMPARE(ruleIds.last(), QStringLiteral("FS003"));

    const QJsonObject bases = run.value("originalUriBaseIds").toObject();
    const QString rootUri = bases.value("PROJECTROOT").toObject().value("uri").toString();
    QCOMPARE(rootUri, QStringLiteral("file:///tmp/my%20shop/"));

    const QJsonArray results = run.value("results").toArray();
    QCOMPARE(results.size(), 4);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value("ruleId").toString();
        QCOMPARE(ruleIds.at(result.value("ruleIndex").toInt()), ruleId);
        QVERIFY(!result.value("message").toObject().value("text").toString().isEmpty());
    }
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value("level").toString(), QStringLiteral("error"));
    const QJsonObject location
        = first.value("locations").toArray().at(0).toObject().value("physicalLocation").toObject();
    const QJsonObject artifact = location.value("artifactLocation").toObject();
    QCOMPARE(artifact.value("uri").toString(), QStringLiteral("flows/order%20sync.flow.yaml"));
    QCOMPARE(artifact.value("uriBaseId").toString(), QStringLiteral("PROJECTROOT"));
    QCOMPARE(location.value("region").toObject().value("startLine").toInt(), 12);
    QCOMPARE(location.value("region").toObject().value("startColumn").toInt(), 5);
    QCOMPARE(first.value("properties").toObject().value("nodeId").toString(), QStringLiteral("a"));
    QCOMPARE(results.at(1).toObject().value("level").toString(), QStringLiteral("warning"));
    // No line: a location without a region (SARIF regions start at line 1).
    const QJsonObject unplaced = results.at(3).toObject();
    QCOMPARE(unplaced.value("level").toString(), QStringLiteral("note"));
    QVERIFY(!unplaced.value("locations")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("physicalLocation")
                 .toObject()
                 .contains("region"));
}

void TestProblemReport::sarifWithoutProblems()
{
    const QJsonObject log = parse(ProblemReport({}).sarif());
    const QJsonObject run = log.value("runs").toArray().at(0).toObject();
    QVERIFY(run.value("results").isArray());
    QCOMPARE(run.value("results").toArray().size(), 0);
    QCOMPARE(
        run.value("tool").toObject().value("driver").toObject().value("rules").toArray().size(),
        int(RuleRegistry::instance().rules().size()));
}

void TestProblemReport::counts()
{
    const ProblemCounts counts = ProblemCounts::of(sampleProblems());
    QCOMPARE(counts.errors, 2);
    QCOMPARE(counts.warnings, 1);
    QCOMPARE(counts.notes, 1);
    QCOMPARE(counts.total(), 4);
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("warning"));
}

QTEST_GUILESS_MAIN(TestProblemReport)
#include "tst_problemreport.moc"
