// Camel YAML DSL export: every export is checked against the Camel YAML DSL schema, closed so
// that unknown processors and fields fail (issue 7).

#include "exporttesthelpers.h"

#include "model/export/camelformat.h"
#include "model/export/flowformats.h"

#include <QFile>
#include <QTest>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <set>

using namespace Flowsmith;
using Json = nlohmann::json;

namespace {

const QString sourceDir = QStringLiteral(FLOWSMITH_SOURCE_DIR);

/// Closes the published schema: every object schema that lists properties gets
/// `additionalProperties: false`, except anyOf/oneOf holders (their branches add the keys) and
/// the branches of a holder — definitions referenced from an anyOf/oneOf (ExpressionDefinition
/// under setBody's shorthand) and inline branches of a holder that lists properties itself.
class SchemaCloser
{
public:
    explicit SchemaCloser(Json &schema)
    {
        collectBranchRefs(schema);
        walk(schema, false);
    }
    int closed() const { return m_closed; }

private:
    void collectBranchRefs(const Json &node)
    {
        if (node.is_array()) {
            for (const Json &item : node)
                collectBranchRefs(item);
            return;
        }
        if (!node.is_object())
            return;
        for (const char *key : { "anyOf", "oneOf" })
            if (node.contains(key))
                for (const Json &branch : node[key])
                    if (branch.is_object() && branch.contains("$ref"))
                        m_branchRefs.insert(branch["$ref"].get<std::string>());
        for (const auto &[key, value] : node.items())
            collectBranchRefs(value);
    }

    void walk(Json &schema, bool openBranch, const std::string &pointer = {})
    {
        if (!schema.is_object())
            return;
        const bool holder = schema.contains("anyOf") || schema.contains("oneOf");
        if (schema.contains("properties") && !holder && !openBranch
            && !m_branchRefs.count("#" + pointer)) {
            schema["additionalProperties"] = false;
            ++m_closed;
        }
        for (auto &[key, value] : schema.items()) {
            if (key == "properties" || key == "definitions") {
                for (auto &[name, child] : value.items())
                    walk(child, false, pointer + "/" + key + "/" + name);
            } else if (key == "anyOf" || key == "oneOf" || key == "allOf") {
                for (Json &branch : value)
                    walk(branch, holder && schema.contains("properties"));
            } else if (key == "items" || key == "not") {
                if (value.is_array())
                    for (Json &item : value)
                        walk(item, false);
                else
                    walk(value, false, pointer + "/" + key);
            }
        }
    }

    std::set<std::string> m_branchRefs;
    int m_closed = 0;
};

Json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace

class TestCamelFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaIsValidated_data();
    void schemaIsValidated();
    void strictSchemaRejects_data();
    void strictSchemaRejects();
    void routeStructure();
    void sameInputSameBytes();
    void problemsNameTheNode_data();
    void problemsNameTheNode();
    void registered();

private:
    QString validate(const valijson::Schema &schema, const Json &document) const;
    QList<ExportedFile> exportProject(const QString &folder);

    valijson::Schema m_strict;
    valijson::Schema m_published;
};

void TestCamelFormat::initTestCase()
{
    Json schema = readJson(QStringLiteral(FLOWSMITH_SHARED_DIR) + "/data/camel/camelYamlDsl.json");
    QVERIFY(schema.is_array() || schema.is_object());
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    valijson::adapters::NlohmannJsonAdapter published(schema);
    parser.populateSchema(published, m_published);
    SchemaCloser closer(schema);
    QVERIFY2(closer.closed() > 200, qPrintable(QString::number(closer.closed())));
    valijson::adapters::NlohmannJsonAdapter strict(schema);
    parser.populateSchema(strict, m_strict);
}

QString TestCamelFormat::validate(const valijson::Schema &schema, const Json &document) const
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(schema, target, &results))
        return {};
    QStringList errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        QStringList context;
        for (const std::string &step : error.context)
            context.append(QString::fromStdString(step));
        errors.append(context.join(QString()) + ": " + QString::fromStdString(error.description));
    }
    return errors.mid(0, 8).join('\n');
}

QList<ExportedFile> TestCamelFormat::exportProject(const QString &folder)
{
    QList<ExportProblem> problems;
    const ExportInput input = ExportTest::loadInput(folder, &problems);
    for (const ExportProblem &problem : problems)
        qWarning("%s", qPrintable(problem.toString()));
    if (!problems.isEmpty())
        return {};
    CamelFormat format;
    const QList<ExportedFile> files = format.generate(input);
    if (format.hasErrors()) {
        qWarning("%s", qPrintable(format.errorString()));
        return {};
    }
    return files;
}

void TestCamelFormat::schemaIsValidated_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("file");
    const QStringList projects = { sourceDir + "/resources/examples/retail-order-to-cash",
                                   sourceDir + "/tests/data/export/catalog" };
    for (const QString &project : projects) {
        for (const ExportedFile &file : exportProject(project))
            if (file.relativePath.endsWith(QLatin1String(".camel.yaml")))
                QTest::addRow("%s", qPrintable(file.relativePath)) << project << file.relativePath;
    }
}

void TestCamelFormat::schemaIsValidated()
{
    QFETCH(QString, project);
    QFETCH(QString, file);
    for (const ExportedFile &out : exportProject(project)) {
        if (out.relativePath != file)
            continue;
        const Json document = ExportTest::yamlToJson(out.contents);
        QVERIFY(document.is_array());
        QVERIFY(!document.empty());
        const QString errors = validate(m_strict, document);
        QVERIFY2(errors.isEmpty(), qPrintable(errors + "\n" + QString::fromUtf8(out.contents)));
        return;
    }
    QFAIL("the file was not generated");
}

void TestCamelFormat::strictSchemaRejects_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addRow("unknown processor") << QByteArray("- route:\n"
                                                     "    from:\n"
                                                     "      uri: direct:a\n"
                                                     "      steps:\n"
                                                     "        - frobnicate: {times: 2}\n");
    QTest::addRow("unknown route field") << QByteArray("- route:\n"
                                                       "    id: a\n"
                                                       "    colour: red\n"
                                                       "    from: {uri: direct:a, steps: []}\n");
    QTest::addRow("unknown from field") << QByteArray("- route:\n"
                                                      "    from:\n"
                                                      "      uri: direct:a\n"
                                                      "      colour: red\n"
                                                      "      steps: []\n");
    QTest::addRow("unknown log field") << QByteArray("- route:\n"
                                                     "    from:\n"
                                                     "      uri: direct:a\n"
                                                     "      steps:\n"
                                                     "        - log: {message: hi, colour: red}\n");
    QTest::addRow("unknown top-level key") << QByteArray("- rout:\n"
                                                         "    from: {uri: direct:a, steps: []}\n");
}

void TestCamelFormat::strictSchemaRejects()
{
    QFETCH(QByteArray, yaml);
    const Json document = ExportTest::yamlToJson(yaml);
    // As published the schema accepts it; closed, it does not.
    QVERIFY2(validate(m_published, document).isEmpty(), "the published schema rejects it too");
    QVERIFY(!validate(m_strict, document).isEmpty());
}

void TestCamelFormat::routeStructure()
{
    const QList<ExportedFile> files = exportProject(sourceDir + "/tests/data/export/catalog");
    QHash<QString, Json> byPath;
    QByteArray properties;
    for (const ExportedFile &file : files) {
        if (file.relativePath.endsWith(QLatin1String(".camel.yaml")))
            byPath.insert(file.relativePath, ExportTest::yamlToJson(file.contents));
        if (file.relativePath == QLatin1String("camel/application.properties"))
            properties = file.contents;
    }
    QVERIFY(properties.contains("erp.baseUrl = https://erp.example.com/api"));
    QVERIFY(properties.contains("broker.baseUrl = tcp://mqtt.example.com:1883"));

    // http-order: dead-letter channel for error.catch with the sink's retry, one route for
    // the source and one for the catch node.
    const Json http = byPath.value("camel/http-order.camel.yaml");
    JSON_COMPARE(http.size(), 3u);
    const Json channel = http[0]["errorHandler"]["deadLetterChannel"];
    JSON_COMPARE(channel["deadLetterUri"], "direct:http-order-catch");
    JSON_COMPARE(channel["redeliveryPolicy"]["maximumRedeliveries"], 2);
    const Json from = http[1]["route"]["from"];
    JSON_COMPARE(from["uri"], "platform-http:/orders");
    JSON_COMPARE(from["parameters"]["httpMethodRestrict"], "POST");
    const Json doTry = from["steps"][0]["doTry"];
    JSON_COMPARE(doTry["steps"][0]["to"]["uri"], "json-validator:schemas/order.schema.json");
    JSON_COMPARE(doTry["doCatch"][0]["steps"][0]["setHeader"]["constant"], "400");
    const Json rules = doTry["steps"][1]["choice"];
    JSON_COMPARE(rules["when"][0]["language"]["language"], "jsonata");
    JSON_COMPARE(rules["otherwise"]["steps"][0]["log"]["loggingLevel"], "WARN");
    const Json &pass = rules["when"][0]["steps"];
    QVERIFY(pass[0]["setBody"]["language"]["expression"].get<std::string>().find("$mask")
            != std::string::npos);
    JSON_COMPARE(pass[1]["setBody"]["language"]["expression"],
                 R"({"order": id, "amount": total, "email": email})");
    const Json filter = pass[2]["filter"];
    JSON_COMPARE(filter["language"]["expression"], "amount > 100");
    JSON_COMPARE(filter["steps"][0]["setHeader"]["constant"], "POST");
    JSON_COMPARE(filter["steps"][1]["to"]["uri"], "{{erp.baseUrl}}/orders");
    JSON_COMPARE(filter["steps"][1]["to"]["parameters"]["responseTimeout"], 5000);
    JSON_COMPARE(filter["steps"][2]["setHeader"]["name"], "CamelHttpResponseCode");
    JSON_COMPARE(http[2]["route"]["from"]["uri"], "direct:http-order-catch");

    // timer-choice: a timer route with a constant body and a choice with two cases.
    const Json timer = byPath.value("camel/timer-choice.camel.yaml")[0]["route"]["from"];
    JSON_COMPARE(timer["uri"], "timer:timer-choice-tick");
    JSON_COMPARE(timer["parameters"]["period"], 60000);
    JSON_COMPARE(timer["steps"][0]["setBody"]["constant"], R"({"kind": "stock", "level": 3})");
    const Json choice = timer["steps"][1]["choice"];
    JSON_COMPARE(choice["when"].size(), 2u);
    JSON_COMPARE(choice["when"][0]["steps"][0]["to"]["uri"], "paho-mqtt5:shop/stock");
    JSON_COMPARE(choice["when"][0]["steps"][0]["to"]["parameters"]["brokerUrl"],
                 "{{broker.baseUrl}}");
    JSON_COMPARE(choice["when"][1]["steps"][1]["to"]["uri"], "{{erp.baseUrl}}/prices");
    QVERIFY(choice["otherwise"]["steps"][0].contains("log"));

    // topic-split: the split re-assembles itself, the node with two inputs has its own route.
    const Json split = byPath.value("camel/topic-split.camel.yaml");
    JSON_COMPARE(split.size(), 3u);
    const Json orders = split[0]["route"]["from"];
    JSON_COMPARE(orders["uri"], "paho-mqtt5:shop/orders");
    const Json splitStep = orders["steps"][0]["split"];
    JSON_COMPARE(splitStep["language"]["expression"], "items");
    QVERIFY(splitStep["aggregationStrategy"].get<std::string>().find("GroupedBody")
            != std::string::npos);
    JSON_COMPARE(splitStep["steps"][0]["setHeader"]["name"], "source");
    JSON_COMPARE(splitStep["steps"][3]["removeHeader"]["name"], "trace");
    JSON_COMPARE(orders["steps"][1]["to"]["uri"], "direct:topic-split-out");
    const Json events = split[1]["route"]["from"];
    JSON_COMPARE(events["uri"], "kafka:shop.events");
    JSON_COMPARE(events["parameters"]["brokers"], "{{bus.baseUrl}}");
    JSON_COMPARE(events["steps"][0]["aggregate"]["completionSize"], 10);
    JSON_COMPARE(split[2]["route"]["from"]["uri"], "direct:topic-split-out");
    JSON_COMPARE(split[2]["route"]["from"]["steps"][0]["to"]["uri"], "kafka:shop.checked");
}

void TestCamelFormat::sameInputSameBytes()
{
    const QString project = sourceDir + "/resources/examples/retail-order-to-cash";
    const QList<ExportedFile> first = exportProject(project);
    const QList<ExportedFile> second = exportProject(project);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].relativePath, second[i].relativePath);
        QCOMPARE(first[i].contents, second[i].contents);
    }
}

void TestCamelFormat::problemsNameTheNode_data()
{
    QTest::addColumn<QByteArray>("nodes");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("error");
    QTest::addRow("unknown system")
        << QByteArray("  - {id: s, type: source.http, config: {method: POST, path: /a}}\n"
                      "  - {id: call, type: sink.http, config: {system: nowhere, method: GET}}\n"
                      "edges:\n  - {from: s.out, to: call.in}\n")
        << "call"
        << "'nowhere' is not in flowsmith.yaml" << true;
    QTest::addRow("missing mapping")
        << QByteArray("  - {id: s, type: source.http, config: {method: POST, path: /a}}\n"
                      "  - {id: map, type: transform.map, config: {mapping: absent}}\n"
                      "edges:\n  - {from: s.out, to: map.in}\n")
        << "map"
        << "'absent' is missing" << true;
    QTest::addRow("input into a source")
        << QByteArray("  - {id: s, type: source.http, config: {method: POST, path: /a}}\n"
                      "  - {id: t, type: source.timer, config: {interval: 10}}\n"
                      "edges:\n  - {from: s.out, to: t.in}\n")
        << "t"
        << "cannot have an input" << true;
    QTest::addRow("headers") << QByteArray(
        "  - {id: s, type: source.http, config: {method: POST, path: /a}}\n"
        "  - {id: m, type: transform.map, config: {expression: $headers.x}}\n"
        "edges:\n  - {from: s.out, to: m.in}\n")
                             << "m"
                             << "$headers" << false;
}

void TestCamelFormat::problemsNameTheNode()
{
    QFETCH(QByteArray, nodes);
    QFETCH(QString, node);
    QFETCH(QString, message);
    QFETCH(bool, error);
    FileError fileError;
    std::optional<Flow> flow
        = Flow::fromYaml("flowsmith: 1\nid: f\nnodes:\n" + nodes, "flows/f.flow.yaml", &fileError);
    QVERIFY2(flow, qPrintable(fileError.toString()));
    ExportInput input;
    input.flows.append({ "flows/f.flow.yaml", *flow });
    CamelFormat format;
    const QList<ExportedFile> files = format.generate(input);
    QCOMPARE(format.hasErrors(), error);
    bool found = false;
    for (const ExportProblem &problem : format.problems())
        found |= problem.nodeId == node && problem.message.contains(message)
            && problem.file == QLatin1String("flows/f.flow.yaml") && problem.position.line > 0;
    QVERIFY2(found,
             qPrintable(format.problems().isEmpty() ? QString("no problem")
                                                    : format.problems().first().toString()));
    if (!error) {
        // A warning still gives a schema-valid file.
        const QString errors = validate(m_strict, ExportTest::yamlToJson(files.first().contents));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }
}

void TestCamelFormat::registered()
{
    FlowFormat *format = FlowFormats::instance().format("camel");
    QVERIFY(format);
    QVERIFY(format->capabilities().testFlag(FlowFormat::Write));
    QVERIFY(FlowFormats::instance().format("nodered"));
}

QTEST_GUILESS_MAIN(TestCamelFormat)
#include "tst_camelformat.moc"
