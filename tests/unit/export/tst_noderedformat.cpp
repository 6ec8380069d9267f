// Node-RED export of the example project: tabs, node types, wires, ids and repeatability, and
// the errors for what Node-RED cannot express.

#include "model/core/project.h"
#include "model/export/flowformats.h"
#include "model/export/noderedformat.h"
#include "model/export/noderedschema.h"
#include "model/expr/jsonata.h"
#include "model/schema/schemavalidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Flowsmith;
using Json = nlohmann::ordered_json;

namespace {

const QString exampleDir
    = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");

ExportInput loadInput(const QString &folder, QList<ExportProblem> *problems)
{
    FileError error;
    std::optional<Project> project = Project::open(folder, &error);
    if (!project)
        qFatal("cannot open %s: %s", qPrintable(folder), qPrintable(error.toString()));
    return ExportInput::fromProject(*project, problems);
}

// The example with its Kafka topics switched to MQTT, which core Node-RED speaks.
QString mqttCopy(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("project"));
    QDir source(exampleDir);
    for (const QString &sub : { QString(), QStringLiteral("flows"), QStringLiteral("mappings"),
                                QStringLiteral("schemas") }) {
        QDir().mkpath(root + u'/' + sub);
        const QDir from(source.filePath(sub));
        for (const QString &name : from.entryList(QDir::Files)) {
            QFile in(from.filePath(name));
            if (!in.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(in.fileName()));
            QByteArray bytes = in.readAll();
            bytes.replace("protocol: kafka", "protocol: mqtt");
            QFile out(root + u'/' + sub + u'/' + name);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(out.fileName()));
        }
    }
    return root;
}

Json parseFlows(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

const Json *findNode(const Json &flows, const QString &id)
{
    for (const Json &node : flows)
        if (node["id"] == id.toStdString())
            return &node;
    return nullptr;
}

} // namespace

class TestNodeRedFormat : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void nodeIds();
    void exampleTabs();
    void nodeTypes_data();
    void nodeTypes();
    void wires_data();
    void wires();
    void environment();
    void repeatable();
    void writesAtomically();
    void kafkaIsAnError();
    void missingMappingIsAnError();
    void mask_data();
    void mask();
    void schemaFormats_data();
    void schemaFormats();
    void schemaForAjv();
};

void TestNodeRedFormat::registry()
{
    FlowFormat *format = FlowFormats::instance().format(QStringLiteral("nodered"));
    QVERIFY(format);
    QCOMPARE(format->id(), QStringLiteral("nodered"));
    QVERIFY(format->capabilities().testFlag(FlowFormat::Write));
    QVERIFY(FlowFormats::instance().ids(FlowFormat::Write).contains(QStringLiteral("nodered")));
    QVERIFY(!FlowFormats::instance().format(QStringLiteral("no-such-format")));
}

void TestNodeRedFormat::nodeIds()
{
    const QString id = NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("erp"));
    QCOMPARE(id.size(), 16);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(id).hasMatch());
    QCOMPARE(NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("erp")), id);
    QVERIFY(NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("reply")) != id);
    QVERIFY(NodeRedFormat::nodeId(QStringLiteral("other"), QStringLiteral("erp")) != id);
    QVERIFY(NodeRedFormat::nodeId(QStringLiteral("order-sync"), {}) != id);
    QVERIFY(NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("erp"),
                                  QStringLiteral("x"))
            != id);
    QCOMPARE(NodeRedFormat::systemVariable(QStringLiteral("erp")),
             QStringLiteral("SYSTEM_ERP_URL"));
    QCOMPARE(NodeRedFormat::systemVariable(QStringLiteral("web-shop")),
             QStringLiteral("SYSTEM_WEB_SHOP_URL"));
}

void TestNodeRedFormat::exampleTabs()
{
    QTemporaryDir dir;
    QList<ExportProblem> problems;
    const ExportInput input = loadInput(mqttCopy(dir), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(input.flows.size(), 3);
    NodeRedFormat format;
    const QList<ExportedFile> files = format.generate(input);
    QVERIFY2(!format.hasErrors(), qPrintable(format.errorString()));
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().relativePath, QStringLiteral("nodered/flows.json"));
    const Json flows = parseFlows(files.first().contents);
    QStringList tabs;
    for (const Json &node : flows)
        if (node["type"] == "tab")
            tabs.append(QString::fromStdString(node["label"].get<std::string>()));
    QCOMPARE(tabs,
             QStringList({ QStringLiteral("CRM contacts to marketing"),
                           QStringLiteral("Shop orders to ERP"),
                           QStringLiteral("Shipment dispatched") }));
    // Every flow node exported, on its flow's tab, at its place.
    for (const ExportFlow &file : input.flows) {
        const std::string tab = NodeRedFormat::nodeId(file.flow.id, {}).toStdString();
        for (const FlowNode &node : file.flow.nodes) {
            const Json *red = findNode(flows, NodeRedFormat::nodeId(file.flow.id, node.id));
            QVERIFY2(red, qPrintable(file.flow.id + u'/' + node.id));
            QVERIFY((*red)["z"].get<std::string>() == tab);
            QCOMPARE((*red)["x"].get<int>(), qRound(node.at.x()));
            QCOMPARE((*red)["y"].get<int>(), qRound(node.at.y()));
            QVERIFY((*red)["name"].get<std::string>() == node.name.toStdString());
        }
    }
}

void TestNodeRedFormat::nodeTypes_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("redType");

    const QList<std::array<const char *, 3>> rows = {
        { "order-sync", "receive", "http in" },
        { "order-sync", "paid-only", "switch" },
        { "order-sync", "check-order", "change" },
        { "order-sync", "to-erp", "change" },
        { "order-sync", "erp", "http request" },
        { "order-sync", "reply", "http response" },
        { "order-sync", "log-invalid", "debug" },
        { "order-sync", "catch-errors", "catch" },
        { "contact-to-marketing", "receive", "mqtt in" },
        { "contact-to-marketing", "check-contact", "change" },
        { "contact-to-marketing", "lower-case", "change" },
        { "contact-to-marketing", "mask-rejected", "change" },
        { "shipment-dispatched", "per-article", "change" },
        { "shipment-dispatched", "notify", "mqtt out" },
    };
    for (const auto &row : rows)
        QTest::addRow("%s/%s", row[0], row[1]) << row[0] << row[1] << row[2];
}

void TestNodeRedFormat::nodeTypes()
{
    QFETCH(QString, flow);
    QFETCH(QString, node);
    QFETCH(QString, redType);
    QTemporaryDir dir;
    NodeRedFormat format;
    const Json flows
        = parseFlows(format.generate(loadInput(mqttCopy(dir), nullptr)).first().contents);
    const Json *red = findNode(flows, NodeRedFormat::nodeId(flow, node));
    QVERIFY(red);
    QCOMPARE(QString::fromStdString((*red)["type"].get<std::string>()), redType);
}

void TestNodeRedFormat::wires_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("from"); ///< Node-RED node: "node" or "node#part"
    QTest::addColumn<int>("output");
    QTest::addColumn<QStringList>("to");

    auto id = [](const char *flow, const char *node) {
        return NodeRedFormat::nodeId(QLatin1String(flow), QLatin1String(node));
    };
    QTest::addRow("receive -> filter")
        << "order-sync"
        << "receive" << 0 << QStringList { id("order-sync", "paid-only") };
    QTest::addRow("schema change -> json")
        << "order-sync"
        << "check-order" << 0
        << QStringList { NodeRedFormat::nodeId(QStringLiteral("order-sync"),
                                               QStringLiteral("check-order"),
                                               QStringLiteral("json")) };
    QTest::addRow("valid -> map") << "order-sync"
                                  << "check-order#json" << 0
                                  << QStringList { id("order-sync", "to-erp") };
    QTest::addRow("invalid -> log and reject")
        << "order-sync"
        << "check-order#findings" << 0
        << QStringList { id("order-sync", "log-invalid"), id("order-sync", "reject") };
    QTest::addRow("invalid catch -> findings header")
        << "order-sync"
        << "check-order#invalid" << 0
        << QStringList { NodeRedFormat::nodeId(QStringLiteral("order-sync"),
                                               QStringLiteral("check-order"),
                                               QStringLiteral("findings")) };
    QTest::addRow("response -> status header")
        << "order-sync"
        << "erp" << 0
        << QStringList { NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("erp"),
                                               QStringLiteral("status")) };
    QTest::addRow("response -> reply")
        << "order-sync"
        << "erp#status" << 0 << QStringList { id("order-sync", "reply") };
    QTest::addRow("rules pass") << "contact-to-marketing"
                                << "check-contact#pass" << 0
                                << QStringList { id("contact-to-marketing", "lower-case") };
    QTest::addRow("rules fail") << "contact-to-marketing"
                                << "check-contact#check" << 1
                                << QStringList { id("contact-to-marketing", "mask-rejected") };
    QTest::addRow("split -> erp") << "shipment-dispatched"
                                  << "per-article#split" << 0
                                  << QStringList { id("shipment-dispatched", "erp") };
    QTest::addRow("fan out") << "shipment-dispatched"
                             << "check-event#json" << 0
                             << QStringList { id("shipment-dispatched", "to-movements"),
                                              id("shipment-dispatched", "to-tracking"),
                                              id("shipment-dispatched", "to-notification") };
    QTest::addRow("catch -> dead letter")
        << "shipment-dispatched"
        << "catch-errors#error" << 0 << QStringList { id("shipment-dispatched", "dead-letter") };
}

void TestNodeRedFormat::wires()
{
    QFETCH(QString, flow);
    QFETCH(QString, from);
    QFETCH(int, output);
    QFETCH(QStringList, to);
    QTemporaryDir dir;
    NodeRedFormat format;
    const Json flows
        = parseFlows(format.generate(loadInput(mqttCopy(dir), nullptr)).first().contents);
    const QStringList parts = from.split(u'#');
    const Json *red = findNode(
        flows,
        NodeRedFormat::nodeId(flow, parts.first(), parts.size() > 1 ? parts.at(1) : QString()));
    QVERIFY(red);
    QVERIFY(int((*red)["wires"].size()) > output);
    QStringList actual;
    for (const Json &target : (*red)["wires"][output])
        actual.append(QString::fromStdString(target.get<std::string>()));
    QCOMPARE(actual, to);
}

void TestNodeRedFormat::environment()
{
    QTemporaryDir dir;
    NodeRedFormat format;
    const Json flows
        = parseFlows(format.generate(loadInput(mqttCopy(dir), nullptr)).first().contents);
    const Json *tab = findNode(flows, NodeRedFormat::nodeId(QStringLiteral("order-sync"), {}));
    QVERIFY(tab);
    QCOMPARE((*tab)["env"].size(), std::size_t(1));
    QVERIFY((*tab)["env"][0]["name"] == Json("SYSTEM_ERP_URL"));
    QVERIFY((*tab)["env"][0]["value"] == Json("https://erp.example.com/api"));
    const Json *erp = findNode(
        flows, NodeRedFormat::nodeId(QStringLiteral("order-sync"), QStringLiteral("erp")));
    QVERIFY((*erp)["url"] == Json("${SYSTEM_ERP_URL}/sales-orders"));
    QVERIFY((*erp)["method"] == Json("POST"));
    // The retry policy is reported, not silently dropped.
    bool retryWarned = false;
    for (const ExportProblem &problem : format.problems())
        retryWarned = retryWarned
            || (problem.nodeId == QLatin1String("erp")
                && problem.severity == ExportProblem::Warning);
    QVERIFY(retryWarned);
}

void TestNodeRedFormat::repeatable()
{
    QTemporaryDir dir;
    const ExportInput input = loadInput(mqttCopy(dir), nullptr);
    NodeRedFormat first;
    NodeRedFormat second;
    const QByteArray a = first.generate(input).first().contents;
    const QByteArray b
        = second.generate(loadInput(dir.filePath(QStringLiteral("project")), nullptr))
              .first()
              .contents;
    QCOMPARE(a, b);
    QVERIFY(a.endsWith("\n"));
    QVERIFY(a.startsWith("[\n    {\n        \"id\": \""));
}

void TestNodeRedFormat::writesAtomically()
{
    QTemporaryDir dir;
    const ExportInput input = loadInput(mqttCopy(dir), nullptr);
    NodeRedFormat format;
    const QString out = dir.filePath(QStringLiteral("out"));
    QCOMPARE(format.write(input, out), QStringList { QStringLiteral("nodered/flows.json") });
    QFile file(out + QStringLiteral("/nodered/flows.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), format.generate(input).first().contents);
}

void TestNodeRedFormat::kafkaIsAnError()
{
    QList<ExportProblem> problems;
    const ExportInput input = loadInput(exampleDir, &problems);
    QVERIFY(problems.isEmpty());
    QTemporaryDir dir;
    NodeRedFormat format;
    QVERIFY(format.write(input, dir.path()).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nodered/flows.json"))));
    QStringList errors;
    for (const ExportProblem &problem : format.problems())
        if (problem.severity == ExportProblem::Error)
            errors.append(problem.file + u' ' + problem.nodeId + u' '
                          + QString::number(problem.position.line));
    errors.sort();
    QCOMPARE(errors,
             QStringList({ QStringLiteral("flows/contact-to-marketing.flow.yaml receive 13"),
                           QStringLiteral("flows/shipment-dispatched.flow.yaml dead-letter 78"),
                           QStringLiteral("flows/shipment-dispatched.flow.yaml notify 64"),
                           QStringLiteral("flows/shipment-dispatched.flow.yaml receive 14") }));
    QVERIFY(format.errorString().contains(QStringLiteral("Kafka")));
}

void TestNodeRedFormat::missingMappingIsAnError()
{
    FileError error;
    const QByteArray yaml = "flowsmith: 1\nid: f\nnodes:\n"
                            "  - id: a\n    type: source.timer\n    at: [0, 0]\n"
                            "    config: {interval: 1500, body: '{\"n\": 1}'}\n"
                            "  - id: b\n    type: route.aggregate\n    at: [100, 0]\n"
                            "    config: {mode: count, count: 3}\n"
                            "  - id: c\n    type: transform.map\n    at: [200, 0]\n"
                            "    config: {mapping: nowhere}\n"
                            "edges:\n  - {from: a.out, to: b.in}\n  - {from: b.out, to: c.in}\n";
    std::optional<Flow> flow = Flow::fromYaml(yaml, QStringLiteral("flows/f.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    ExportInput input;
    input.flows.append({ QStringLiteral("flows/f.flow.yaml"), *flow });
    NodeRedFormat format;
    const Json flows = parseFlows(format.generate(input).first().contents);
    QVERIFY(format.hasErrors());
    QCOMPARE(format.problems().size(), 1);
    QCOMPARE(format.problems().first().nodeId, QStringLiteral("c"));
    QCOMPARE(format.problems().first().position.line, 12);
    QVERIFY(format.errorString().startsWith(QStringLiteral("flows/f.flow.yaml:12: node 'c'")));
    const Json *timer
        = findNode(flows, NodeRedFormat::nodeId(QStringLiteral("f"), QStringLiteral("a")));
    QVERIFY((*timer)["type"] == Json("inject"));
    QVERIFY((*timer)["repeat"] == Json("1.5"));
    const Json *join
        = findNode(flows, NodeRedFormat::nodeId(QStringLiteral("f"), QStringLiteral("b")));
    QVERIFY((*join)["mode"] == Json("custom"));
    QVERIFY((*join)["count"] == Json("3"));
    QVERIFY((*join)["wires"] == Json::array({ Json::array() }));
}

void TestNodeRedFormat::mask_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::addRow("mask") << "{fields: [email, phone, body.flags], mode: mask}"
                          << R"({"email":"a@b.c","phone":123,"flags":[true,"x"],"name":"n"})"
                          << R"({"email":"***","phone":0,"flags":[false,"***"],"name":"n"})";
    QTest::addRow("mask absent field") << "{fields: [email]}"
                                       << R"({"name":"n"})"
                                       << R"({"name":"n"})";
    QTest::addRow("mask nested in array") << "{fields: [items.card]}"
                                          << R"({"items":[{"card":"4111","n":1},{"n":2}]})"
                                          << R"({"items":[{"card":"***","n":1},{"n":2}]})";
    QTest::addRow("redact") << "{fields: [email, address.street], mode: redact}"
                            << R"({"email":"a@b.c","address":{"street":"s","city":"c"}})"
                            << R"({"address":{"city":"c"}})";
}

// The exported change node, run by our engine on a Node-RED msg, masks as the simulator does.
void TestNodeRedFormat::mask()
{
    QFETCH(QString, config);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    FileError error;
    const QByteArray yaml = "flowsmith: 1\nid: f\nnodes:\n  - id: m\n    type: security.mask\n"
                            "    at: [0, 0]\n    config: "
        + config.toUtf8() + "\n";
    std::optional<Flow> flow = Flow::fromYaml(yaml, QStringLiteral("flows/f.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    ExportInput input;
    input.flows.append({ QStringLiteral("flows/f.flow.yaml"), *flow });
    NodeRedFormat format;
    const Json flows = parseFlows(format.generate(input).first().contents);
    QVERIFY(!format.hasErrors());
    const Json *change
        = findNode(flows, NodeRedFormat::nodeId(QStringLiteral("f"), QStringLiteral("m")));
    QVERIFY(change);
    const std::string text = (*change)["rules"][0]["to"].get<std::string>();
    Expr::Error compileError;
    auto expression = Expr::Expression::compile(text, &compileError);
    QVERIFY2(expression, compileError.message.c_str());
    const Json msg
        = Json { { "payload", Json::parse(body.toStdString()) }, { "headers", Json::object() } };
    const Expr::EvalResult result = expression->evaluate(&msg);
    QVERIFY2(result.ok, result.error.message.c_str());
    QCOMPARE(QString::fromStdString(result.value.dump()),
             QString::fromStdString(Json::parse(expected.toStdString()).dump()));
}

void TestNodeRedFormat::schemaFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    const char *const rows[][2] = {
        { "email", "john.smith@example.com" },
        { "email", "a+tag@sub.example.co.uk" },
        { "email", "anna(at)example.de" },
        { "email", "a@b@example.com" },
        { "email", ".a@example.com" },
        { "date", "2026-02-28" },
        { "date", "2026-02-29" },
        { "date", "2028-02-29" },
        { "date", "2000-02-29" },
        { "date", "1900-02-29" },
        { "date", "2026-04-31" },
        { "date", "2026-12-31" },
        { "date", "2026-13-01" },
        { "date", "2026-2-3" },
        { "date-time", "2026-11-20T09:15:00Z" },
        { "date-time", "2026-11-20T09:15:00.5+01:00" },
        { "date-time", "2026-11-20 23:59:60Z" },
        { "date-time", "2026-11-20T24:00:00Z" },
        { "date-time", "2026-11-20T09:15:00" },
        { "date-time", "2026-02-30T09:15:00Z" },
        { "time", "09:15:00Z" },
        { "time", "09:15" },
        { "uri", "https://x.io/a" },
        { "uri", "/relative" },
        { "uuid", "0b6f4c1e-3a52-4d8e-9c1a-5f2e7d9a1b01" },
        { "uuid", "nope" },
    };
    for (const auto &row : rows)
        QTest::addRow("%s %s", row[0], row[1]) << row[0] << row[1];
}

// The pattern a format becomes for Node-RED's ajv accepts exactly what the simulator does.
void TestNodeRedFormat::schemaFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    const QString pattern = NodeRedSchema::formatPattern(format);
    QVERIFY(!pattern.isEmpty());
    const QRegularExpression expression(pattern);
    QVERIFY2(expression.isValid(), qPrintable(expression.errorString()));
    const SchemaValidator validator(
        Json { { "type", "string" }, { "format", format.toStdString() } });
    QCOMPARE(expression.match(text).hasMatch(),
             validator.validate(Json(text.toStdString())).isEmpty());
}

// What ajv cannot compile goes; a property named "format" is a property, not a keyword.
void TestNodeRedFormat::schemaForAjv()
{
    const Json schema = Json::parse(R"({"$schema": "https://json-schema.org/draft/2020-12/schema",
        "x-ui": {"widget": "form"}, "type": "object",
        "properties": {"format": {"type": "string"},
                       "at": {"type": "string", "format": "date", "pattern": "^2"},
                       "host": {"format": "hostname-ish"}},
        "items": [{"format": "uuid"}], "$defs": {"d": {"format": "email"}}})");
    QStringList notes;
    const Json out = NodeRedSchema::forAjv(schema, &notes);
    QVERIFY(!out.contains("$schema"));
    QVERIFY(!out.contains("x-ui"));
    QVERIFY(out["properties"]["format"] == Json({ { "type", "string" } }));
    QVERIFY(out["properties"]["at"]["pattern"] == Json("^2"));
    QVERIFY(!out["properties"]["at"].contains("format"));
    QVERIFY(out["properties"]["at"]["allOf"][0]["pattern"]
            == Json(NodeRedSchema::formatPattern("date").toStdString()));
    QVERIFY(out["properties"]["host"] == Json::object());
    QVERIFY(out["items"][0]["allOf"][0].contains("pattern"));
    QVERIFY(out["$defs"]["d"]["allOf"][0].contains("pattern"));
    QCOMPARE(notes.size(), 3);
    const Json draft7 = Json::parse(R"({"$schema": "http://json-schema.org/draft-07/schema#"})");
    QVERIFY(NodeRedSchema::forAjv(draft7) == draft7);
}

QTEST_GUILESS_MAIN(TestNodeRedFormat)
#include "tst_noderedformat.moc"
