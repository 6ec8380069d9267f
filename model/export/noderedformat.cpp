#include "model/export/noderedformat.h"

#include "model/export/jsonatatext.h"

#include "model/core/nodecatalog.h"
#include "model/data/jsonvariant.h"
#include "model/export/flowsjsonformat.h"
#include "model/export/noderedexpression.h"
#include "model/export/noderedschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace Flowsmith {

namespace {

using JsonataText::maskExpression;

using Json = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::NodeRedFormat", text);
}

std::string str(const QString &text)
{
    return text.toStdString();
}

/// A route.split expression as an array, the way the simulator splits: a single value is
/// one part, nothing is no part (Node-RED's split would cut a string at newlines and an
/// object into its keys).
QString splitExpression(const QString &expression)
{
    return QStringLiteral("($v := (%1); $exists($v) ? ($type($v) = \"array\" ? $v : [$v]) : [])")
        .arg(expression);
}

/// One Node-RED node being built: its properties, place and outputs.
struct RedNode
{
    Json json;
    QPointF at;
    std::vector<std::vector<QString>> wires;
    int outputs = -1; ///< when the type alone does not tell (a foreign node)
};

/// Writes one flow as a tab.
class TabWriter
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::NodeRedFormat)

public:
    TabWriter(const ExportInput &input, const ExportFlow &file, QList<ExportProblem> *problems)
        : m_input(input)
        , m_file(file)
        , m_flow(file.flow)
        , m_problems(problems)
    { }

    void write(Json &out);

private:
    RedNode &add(const FlowNode &node, const char *type, const QString &part = {},
                 QPointF offset = {});
    void exitAt(const FlowNode &node, const QString &port, const RedNode &red, int output);
    void error(const FlowNode &node, const QString &message);
    void warning(const FlowNode &node, const QString &message);
    void translate(const FlowNode &node);
    void translateRules(const FlowNode &node);
    void fillErrorHeaders();
    QString brokerFor(const FlowNode &node);
    QString idOf(const RedNode &red) const
    {
        return QString::fromStdString(red.json["id"].get<std::string>());
    }

    const ExportInput &m_input;
    const ExportFlow &m_file;
    const Flow &m_flow;
    QList<ExportProblem> *m_problems;
    std::vector<RedNode> m_nodes;
    std::vector<Json> m_configNodes;
    QHash<QString, QString> m_entry; ///< our node id -> the Node-RED node its input is
    QHash<QString, QString> m_owner; ///< Node-RED id -> the node of ours it is part of
    std::map<QString, std::pair<QString, int>> m_exits; ///< "node.port" -> (id, output)
    std::set<QString> m_systems; ///< systems whose URL the tab's environment carries
    std::vector<QString> m_errorHeaders; ///< change nodes that build the error header
};

void TabWriter::error(const FlowNode &node, const QString &message)
{
    m_problems->append({ ExportProblem::Error, m_file.relativePath, node.position, node.id,
                         tr("node '%1' (%2): %3").arg(node.id, node.type, message) });
}

void TabWriter::warning(const FlowNode &node, const QString &message)
{
    m_problems->append({ ExportProblem::Warning, m_file.relativePath, node.position, node.id,
                         tr("node '%1' (%2): %3").arg(node.id, node.type, message) });
}

RedNode &TabWriter::add(const FlowNode &node, const char *type, const QString &part, QPointF offset)
{
    RedNode red;
    red.json["id"] = str(NodeRedFormat::nodeId(m_flow.id, node.id, part));
    red.json["type"] = type;
    red.json["z"] = str(NodeRedFormat::nodeId(m_flow.id, {}));
    red.json["name"] = str(part.isEmpty() ? node.name : QString());
    red.at = node.at + offset;
    if (part.isEmpty() || !m_entry.contains(node.id))
        m_entry.insert(node.id, idOf(red));
    m_owner.insert(idOf(red), node.id);
    m_nodes.push_back(std::move(red));
    return m_nodes.back();
}

void TabWriter::exitAt(const FlowNode &node, const QString &port, const RedNode &red, int output)
{
    m_exits[node.id + u'.' + port] = { idOf(red), output };
}

QString TabWriter::brokerFor(const FlowNode &node)
{
    const QString system = node.config.value(QStringLiteral("system")).toString();
    const QString id = NodeRedFormat::nodeId(m_flow.id, {}, QStringLiteral("broker:") + system);
    for (const Json &config : m_configNodes)
        if (config["id"] == str(id))
            return id;
    Json broker;
    broker["id"] = str(id);
    broker["type"] = "mqtt-broker";
    broker["z"] = str(NodeRedFormat::nodeId(m_flow.id, {}));
    broker["name"] = str(system);
    if (!system.isEmpty() && m_input.manifest.system(system)) {
        m_systems.insert(system);
        broker["broker"] = str(QStringLiteral("${%1}").arg(NodeRedFormat::systemVariable(system)));
    } else {
        broker["broker"] = "localhost";
    }
    broker["port"] = "1883";
    broker["clientid"] = "";
    broker["autoConnect"] = true;
    broker["usetls"] = false;
    broker["protocolVersion"] = "4";
    broker["keepalive"] = "60";
    broker["cleansession"] = true;
    m_configNodes.push_back(std::move(broker));
    return id;
}

void TabWriter::translate(const FlowNode &node)
{
    const QVariantMap &config = node.config;
    const QString type = node.type;
    auto text = [&config](const char *key, const QString &fallback = {}) {
        return config.value(QLatin1String(key), fallback).toString();
    };

    if (type == QLatin1String("source.http")) {
        RedNode &red = add(node, "http in");
        red.json["url"] = str(text("path", QStringLiteral("/")));
        red.json["method"] = str(text("method", QStringLiteral("POST")).toLower());
        red.json["upload"] = false;
        red.json["swaggerDoc"] = "";
        exitAt(node, QStringLiteral("out"), red, 0);
    } else if (type == QLatin1String("source.timer")) {
        RedNode &red = add(node, "inject");
        red.json["props"] = Json::array({ Json { { "p", "payload" } } });
        const qint64 interval = config.value(QStringLiteral("interval"), 60000).toLongLong();
        red.json["repeat"] = str(QString::number(double(interval) / 1000.0));
        red.json["crontab"] = "";
        red.json["once"] = false;
        red.json["onceDelay"] = 0.1;
        red.json["topic"] = "";
        const QString body = text("body");
        red.json["payload"] = str(body.isEmpty() ? QStringLiteral("{}") : body);
        red.json["payloadType"] = "json";
        exitAt(node, QStringLiteral("out"), red, 0);
    } else if (type == QLatin1String("source.topic") || type == QLatin1String("sink.topic")) {
        if (text("protocol", QStringLiteral("kafka")) != QLatin1String("mqtt")) {
            error(node, tr("Kafka topics are not part of core Node-RED; only MQTT topics export"));
            return;
        }
        const bool in = type == QLatin1String("source.topic");
        const QString broker = brokerFor(node);
        RedNode &red = add(node, in ? "mqtt in" : "mqtt out");
        red.json["topic"] = str(text("topic"));
        red.json["qos"] = in ? "2" : "";
        if (in) {
            red.json["datatype"] = "auto-detect";
        } else {
            red.json["retain"] = "";
        }
        red.json["broker"] = str(broker);
        if (in) {
            red.json["nl"] = false;
            red.json["rap"] = true;
            red.json["rh"] = 0;
            red.json["inputs"] = 0;
            exitAt(node, QStringLiteral("out"), red, 0);
        }
    } else if (type == QLatin1String("transform.map")) {
        QString expression = text("expression");
        if (expression.isEmpty()) {
            const QString mapping = text("mapping");
            expression = m_input.mappingExpressions.value(mapping);
            if (expression.isEmpty()) {
                error(node, tr("the mapping '%1' is missing or does not compile").arg(mapping));
                return;
            }
        }
        RedNode &red = add(node, "change");
        red.json["rules"]
            = Json::array({ Json { { "t", "set" },
                                   { "p", "payload" },
                                   { "pt", "msg" },
                                   { "to", str(NodeRedExpression::wrapCopy(expression)) },
                                   { "tot", "jsonata" } } });
        exitAt(node, QStringLiteral("out"), red, 0);
    } else if (type == QLatin1String("transform.set")) {
        Json rules = Json::array();
        for (const QVariant &item : config.value(QStringLiteral("actions")).toList()) {
            const QVariantMap action = item.toMap();
            QString target = action.value(QStringLiteral("target")).toString();
            QString property;
            if (target == QLatin1String("body"))
                property = QStringLiteral("payload");
            else if (target.startsWith(QLatin1String("body.")))
                property = QStringLiteral("payload.") + target.mid(5);
            else if (target.startsWith(QLatin1String("headers.")))
                property = target;
            else {
                error(node,
                      tr("the target '%1' is neither body.<path> nor headers.<name>").arg(target));
                return;
            }
            if (action.value(QStringLiteral("op"), QStringLiteral("set")).toString()
                == QLatin1String("remove")) {
                rules.push_back(
                    Json { { "t", "delete" }, { "p", str(property) }, { "pt", "msg" } });
            } else {
                const QString value = action.value(QStringLiteral("value")).toString();
                rules.push_back(Json { { "t", "set" },
                                       { "p", str(property) },
                                       { "pt", "msg" },
                                       { "to", str(NodeRedExpression::wrapCopy(value)) },
                                       { "tot", "jsonata" } });
            }
        }
        RedNode &red = add(node, "change");
        red.json["rules"] = rules;
        exitAt(node, QStringLiteral("out"), red, 0);
    } else if (type == QLatin1String("quality.rules")) {
        translateRules(node);
    } else if (type == QLatin1String("route.filter") || type == QLatin1String("route.choice")) {
        Json rules = Json::array();
        auto jsonataRule = [](const QString &condition) {
            return Json { { "t", "jsonata_exp" },
                          { "v", str(NodeRedExpression::wrapCondition(condition)) },
                          { "vt", "jsonata" } };
        };
        QStringList ports;
        if (type == QLatin1String("route.filter")) {
            rules.push_back(jsonataRule(text("condition")));
            ports = { QStringLiteral("out") };
        } else if (type == QLatin1String("route.choice")) {
            for (const QVariant &item : config.value(QStringLiteral("cases")).toList()) {
                const QVariantMap entry = item.toMap();
                rules.push_back(jsonataRule(entry.value(QStringLiteral("condition")).toString()));
                ports.append(entry.value(QStringLiteral("id")).toString());
            }
            rules.push_back(Json { { "t", "else" } });
            ports.append(QStringLiteral("otherwise"));
        }
        RedNode &red = add(node, "switch");
        red.json["property"] = "payload";
        red.json["propertyType"] = "msg";
        red.json["rules"] = rules;
        red.json["checkall"] = "false";
        red.json["repair"] = false;
        red.json["outputs"] = ports.size();
        for (int i = 0; i < ports.size(); ++i)
            exitAt(node, ports.at(i), red, i);
    } else if (type == QLatin1String("route.split")) {
        RedNode &change = add(node, "change");
        change.json["rules"]
            = Json::array({ Json { { "t", "set" },
                                   { "p", "payload" },
                                   { "pt", "msg" },
                                   { "to",
                                     str(NodeRedExpression::wrap(splitExpression(
                                         text("expression", QStringLiteral("$"))))) },
                                   { "tot", "jsonata" } } });
        RedNode &split = add(node, "split", QStringLiteral("split"), QPointF(0, 40));
        split.json["splt"] = "\\n";
        split.json["spltType"] = "str";
        split.json["arraySplt"] = 1;
        split.json["arraySpltType"] = "len";
        split.json["stream"] = false;
        split.json["addname"] = "";
        const QString splitId = idOf(split);
        m_nodes[m_nodes.size() - 2].wires = { { splitId } };
        exitAt(node, QStringLiteral("out"), split, 0);
    } else if (type == QLatin1String("route.aggregate")) {
        const bool count = text("mode", QStringLiteral("automatic")) == QLatin1String("count");
        RedNode &red = add(node, "join");
        red.json["mode"] = count ? "custom" : "auto";
        red.json["build"] = count ? "array" : "object";
        red.json["property"] = "payload";
        red.json["propertyType"] = "msg";
        red.json["key"] = "topic";
        red.json["joiner"] = "\\n";
        red.json["joinerType"] = "str";
        red.json["accumulate"] = false;
        red.json["timeout"] = "";
        red.json["count"] = count ? str(text("count")) : "";
        red.json["reduceRight"] = false;
        red.json["reduceExp"] = "";
        red.json["reduceInit"] = "";
        red.json["reduceInitType"] = "";
        red.json["reduceFixup"] = "";
        exitAt(node, QStringLiteral("out"), red, 0);
        if (!count) {
            // Node-RED's join drops a message without split parts with a warning; for us it
            // fails (to error.catch), so a switch sends it to a change node that fails.
            const QString joinId = idOf(red);
            RedNode &check = add(node, "switch", QStringLiteral("check"), QPointF(-120, 0));
            check.json["property"] = "payload";
            check.json["propertyType"] = "msg";
            check.json["rules"] = Json::array({ Json { { "t", "jsonata_exp" },
                                                       { "v", "$exists(parts.id)" },
                                                       { "vt", "jsonata" } },
                                                Json { { "t", "else" } } });
            check.json["checkall"] = "false";
            check.json["repair"] = false;
            check.json["outputs"] = 2;
            m_entry.insert(node.id, idOf(check));
            RedNode &refuse = add(node, "change", QStringLiteral("no-parts"), QPointF(-120, 40));
            refuse.json["rules"] = Json::array(
                { Json { { "t", "set" },
                         { "p", "payload" },
                         { "pt", "msg" },
                         { "to",
                           str(QStringLiteral("$error(%1)")
                                   .arg(NodeRedExpression::stringLiteral(
                                       tr("the message has no split parts to join (automatic "
                                          "mode joins what a route.split took apart)")))) },
                         { "tot", "jsonata" } } });
            m_nodes[m_nodes.size() - 2].wires = { { joinId }, { idOf(refuse) } };
        }
    } else if (type == QLatin1String("quality.validate")) {
        // Node-RED's json node validates msg.payload against msg.schema and reports a failure
        // as an error, which a catch node scoped to it turns into the invalid port.
        const QString schemaId = text("schema");
        const std::optional<Json> schema = m_input.schemaJson(schemaId);
        if (!schema) {
            error(node, tr("the schema '%1' is missing or is not JSON").arg(schemaId));
            return;
        }
        // As ajv compiles it the way the simulator validates (NodeRedSchema says how).
        const Json parsed = NodeRedSchema::forAjv(*schema);
        RedNode &change = add(node, "change");
        change.json["rules"] = Json::array({ Json { { "t", "set" },
                                                    { "p", "schema" },
                                                    { "pt", "msg" },
                                                    { "to", parsed.dump() },
                                                    { "tot", "json" } } });
        RedNode &json = add(node, "json", QStringLiteral("json"), QPointF(0, 40));
        json.json["property"] = "payload";
        json.json["action"] = "obj";
        json.json["pretty"] = false;
        const QString jsonId = idOf(json);
        m_nodes[m_nodes.size() - 2].wires = { { jsonId } };
        exitAt(node, QStringLiteral("valid"), json, 0);
        RedNode &catcher = add(node, "catch", QStringLiteral("invalid"), QPointF(0, 80));
        catcher.json["scope"] = Json::array({ str(jsonId) });
        catcher.json["uncaught"] = false;
        // Our invalid port carries the findings as the validationErrors header; Node-RED's
        // json node leaves them (ajv's) in msg.schemaError.
        RedNode &findings = add(node, "change", QStringLiteral("findings"), QPointF(120, 80));
        findings.json["rules"]
            = Json::array({ Json { { "t", "set" },
                                   { "p", "headers.validationErrors" },
                                   { "pt", "msg" },
                                   { "to",
                                     "[schemaError.{\"path\": instancePath, \"message\": message, "
                                     "\"keyword\": keyword}]" },
                                   { "tot", "jsonata" } },
                            Json { { "t", "delete" }, { "p", "schema" }, { "pt", "msg" } },
                            Json { { "t", "delete" }, { "p", "schemaError" }, { "pt", "msg" } } });
        m_nodes[m_nodes.size() - 2].wires = { { idOf(findings) } };
        exitAt(node, QStringLiteral("invalid"), findings, 0);
    } else if (type == QLatin1String("security.mask")) {
        const QString mode = text("mode", QStringLiteral("mask"));
        RedNode &red = add(node, "change");
        red.json["rules"]
            = Json::array({ Json { { "t", "set" },
                                   { "p", "payload" },
                                   { "pt", "msg" },
                                   { "to",
                                     str(NodeRedExpression::wrap(maskExpression(
                                         config.value(QStringLiteral("fields")).toStringList(),
                                         mode == QLatin1String("redact")))) },
                                   { "tot", "jsonata" } } });
        exitAt(node, QStringLiteral("out"), red, 0);
    } else if (type == QLatin1String("error.catch")) {
        // "uncaught": errors a validate node's own catch handled are not failures for us.
        RedNode &red = add(node, "catch");
        red.json["scope"] = nullptr;
        red.json["uncaught"] = true;
        // Our error header names the failing node by our id and type; Node-RED's msg.error
        // names its own node, so a table (filled in write()) maps one to the other.
        // A message that fails again after it was caught is not caught again (it carries our
        // error header): Node-RED would catch it up to ten times, around any loop.
        RedNode &once = add(node, "switch", QStringLiteral("once"), QPointF(120, 0));
        once.json["property"] = "payload";
        once.json["propertyType"] = "msg";
        once.json["rules"] = Json::array({ Json { { "t", "jsonata_exp" },
                                                  { "v", "$not($exists(headers.error))" },
                                                  { "vt", "jsonata" } } });
        once.json["checkall"] = "true";
        once.json["repair"] = false;
        once.json["outputs"] = 1;
        m_nodes[m_nodes.size() - 2].wires = { { idOf(once) } };
        RedNode &header = add(node, "change", QStringLiteral("error"), QPointF(240, 0));
        header.json["rules"] = Json::array({ Json { { "t", "set" },
                                                    { "p", "headers.error" },
                                                    { "pt", "msg" },
                                                    { "to", "" },
                                                    { "tot", "jsonata" } } });
        m_errorHeaders.push_back(idOf(header));
        m_nodes[m_nodes.size() - 2].wires = { { idOf(header) } };
        exitAt(node, QStringLiteral("out"), header, 0);
    } else if (type == QLatin1String("sink.http")) {
        const QString system = text("system");
        if (!m_input.manifest.system(system)) {
            error(node, tr("the system '%1' is not in flowsmith.yaml").arg(system));
            return;
        }
        m_systems.insert(system);
        if (config.contains(QStringLiteral("retry")))
            warning(node,
                    tr("Node-RED's http request node does not retry; the retry policy is "
                       "not exported"));
        if (config.contains(QStringLiteral("timeoutMs")))
            warning(node,
                    tr("Node-RED's http request node has no per-node timeout; the timeout "
                       "is not exported"));
        RedNode &red = add(node, "http request");
        red.json["method"] = str(text("method", QStringLiteral("POST")).toUpper());
        red.json["ret"] = "obj";
        red.json["paytoqs"] = "ignore";
        red.json["url"] = str(QStringLiteral("${%1}").arg(NodeRedFormat::systemVariable(system))
                              + text("path"));
        red.json["tls"] = "";
        red.json["persist"] = false;
        red.json["proxy"] = "";
        red.json["insecureHTTPParser"] = false;
        red.json["authType"] = "";
        red.json["senderr"] = false;
        red.json["headers"] = Json::array();
        // Our response carries the status as a header; Node-RED's in msg.statusCode.
        RedNode &status = add(node, "change", QStringLiteral("status"), QPointF(0, 40));
        status.json["rules"] = Json::array({ Json { { "t", "set" },
                                                    { "p", "headers.statusCode" },
                                                    { "pt", "msg" },
                                                    { "to", "statusCode" },
                                                    { "tot", "msg" } } });
        m_nodes[m_nodes.size() - 2].wires = { { idOf(status) } };
        exitAt(node, QStringLiteral("response"), status, 0);
    } else if (type == QLatin1String("sink.reply")) {
        RedNode &red = add(node, "http response");
        const QVariant status = config.value(QStringLiteral("status"));
        red.json["statusCode"] = status.isValid() ? str(status.toString()) : "";
        red.json["headers"] = Json::object();
    } else if (type == QLatin1String("sink.log")) {
        RedNode &red = add(node, "debug");
        red.json["active"] = true;
        red.json["tosidebar"] = true;
        red.json["console"] = false;
        red.json["tostatus"] = false;
        red.json["complete"] = "payload";
        red.json["targetType"] = "msg";
        red.json["statusVal"] = "";
        red.json["statusType"] = "auto";
    } else if (type == QLatin1String(FlowsJsonFormat::ForeignType)) {
        // A Node-RED node kept whole by the import: back as it was, with our id, place and
        // wires.
        const Json kept = toJson(config.value(QStringLiteral("nodered")));
        if (!kept.is_object() || !kept.value("type", Json()).is_string()) {
            error(node, tr("the kept Node-RED node (config 'nodered') has no type"));
            return;
        }
        const std::string redType = kept["type"].get<std::string>();
        RedNode &red = add(node, redType.c_str());
        for (auto it = kept.begin(); it != kept.end(); ++it)
            if (it.key() != "id" && it.key() != "z" && it.key() != "x" && it.key() != "y"
                && it.key() != "wires" && it.key() != "type")
                red.json[it.key()] = it.value();
        const auto wires = kept.find("wires");
        red.outputs = wires != kept.end() && wires->is_array() ? int(wires->size()) : 0;
        for (int i = 0; i < red.outputs; ++i)
            exitAt(node, FlowsJsonFormat::foreignOutput(i), red, i);
    } else {
        error(node, tr("Node-RED has no equivalent of this node type"));
    }
}

// quality.rules: a change node lists the rules that do not hold in the failedRules header,
// as the simulator does; a switch sends an empty list on to the pass port, where the header
// goes again, and the rest to the fail port.
void TabWriter::translateRules(const FlowNode &node)
{
    QStringList names;
    QStringList conditions;
    for (const QVariant &item : node.config.value(QStringLiteral("rules")).toList()) {
        const QVariantMap rule = item.toMap();
        names.append(
            NodeRedExpression::stringLiteral(rule.value(QStringLiteral("name")).toString()));
        conditions.append(QStringLiteral("$boolean(%1) = true")
                              .arg(rule.value(QStringLiteral("condition")).toString()));
    }
    const QString failed
        = QStringLiteral("($held := [%1]; $append([], $filter([%2], function($v, $i) "
                         "{ $held[$i] = false })))")
              .arg(conditions.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
    RedNode &list = add(node, "change");
    list.json["rules"] = Json::array({ Json { { "t", "set" },
                                              { "p", "headers.failedRules" },
                                              { "pt", "msg" },
                                              { "to", str(NodeRedExpression::wrap(failed)) },
                                              { "tot", "jsonata" } } });
    RedNode &check = add(node, "switch", QStringLiteral("check"), QPointF(0, 40));
    check.json["property"] = "payload";
    check.json["propertyType"] = "msg";
    check.json["rules"] = Json::array({ Json { { "t", "jsonata_exp" },
                                               { "v", "$count(headers.failedRules) = 0" },
                                               { "vt", "jsonata" } },
                                        Json { { "t", "else" } } });
    check.json["checkall"] = "false";
    check.json["repair"] = false;
    check.json["outputs"] = 2;
    m_nodes[m_nodes.size() - 2].wires = { { idOf(check) } };
    RedNode &pass = add(node, "change", QStringLiteral("pass"), QPointF(120, 40));
    pass.json["rules"] = Json::array(
        { Json { { "t", "delete" }, { "p", "headers.failedRules" }, { "pt", "msg" } } });
    m_nodes[m_nodes.size() - 2].wires = { { idOf(pass) }, {} };
    exitAt(node, QStringLiteral("pass"), pass, 0);
    exitAt(node, QStringLiteral("fail"), m_nodes[m_nodes.size() - 2], 1);
}

// The error header's table from Node-RED ids to ours, once every node of the tab is known.
void TabWriter::fillErrorHeaders()
{
    if (m_errorHeaders.empty())
        return;
    Json ids = Json::object();
    Json types = Json::object();
    for (const FlowNode &node : m_flow.nodes) {
        for (const RedNode &red : m_nodes) {
            const std::string id = red.json["id"].get<std::string>();
            // A node's parts are the ids derived from its own id and a part name.
            if (m_owner.value(QString::fromStdString(id)) == node.id) {
                ids[id] = str(node.id);
                types[id] = str(node.type);
            }
        }
    }
    const QString expression
        = QStringLiteral("{\"message\": error.message, \"node\": $lookup(%1, error.source.id), "
                         "\"type\": $lookup(%2, error.source.id)}")
              .arg(QString::fromStdString(ids.dump()), QString::fromStdString(types.dump()));
    for (RedNode &red : m_nodes)
        if (std::find(m_errorHeaders.begin(), m_errorHeaders.end(), idOf(red))
            != m_errorHeaders.end())
            red.json["rules"][0]["to"] = str(expression);
}

void TabWriter::write(Json &out)
{
    for (const FlowNode &node : m_flow.nodes)
        translate(node);
    fillErrorHeaders();

    // Wires: each edge joins the Node-RED node and output that carry our port to the node
    // that takes our target's input. Edges to or from a node that did not export are dropped
    // (that node already has its error).
    std::map<QString, std::size_t> indexOf;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        indexOf[idOf(m_nodes[i])] = i;
    for (const FlowEdge &edge : m_flow.edges) {
        const auto exit = m_exits.find(edge.from.toString());
        const auto entry = m_entry.constFind(edge.to.node);
        if (exit == m_exits.end() || entry == m_entry.constEnd())
            continue;
        RedNode &from = m_nodes[indexOf[exit->second.first]];
        const std::size_t output = std::size_t(exit->second.second);
        if (from.wires.size() <= output)
            from.wires.resize(output + 1);
        auto &targets = from.wires[output];
        if (std::find(targets.begin(), targets.end(), *entry) == targets.end())
            targets.push_back(*entry);
    }

    Json tab;
    tab["id"] = str(NodeRedFormat::nodeId(m_flow.id, {}));
    tab["type"] = "tab";
    tab["label"] = str(m_flow.name.isEmpty() ? m_flow.id : m_flow.name);
    tab["disabled"] = false;
    tab["info"] = str(m_flow.description);
    Json env = Json::array();
    for (const QString &system : m_systems)
        env.push_back(Json { { "name", str(NodeRedFormat::systemVariable(system)) },
                             { "value", str(m_input.manifest.system(system)->baseUrl) },
                             { "type", "str" } });
    tab["env"] = env;
    out.push_back(tab);

    for (RedNode &red : m_nodes) {
        red.json["x"] = qRound(red.at.x());
        red.json["y"] = qRound(red.at.y());
        const QString type = QString::fromStdString(red.json["type"].get<std::string>());
        std::size_t outputs = 1;
        if (red.outputs >= 0)
            outputs = std::size_t(red.outputs);
        else if (red.json.contains("outputs"))
            outputs = red.json["outputs"].get<std::size_t>();
        else if (type == QLatin1String("http response") || type == QLatin1String("debug")
                 || type == QLatin1String("mqtt out"))
            outputs = 0;
        red.wires.resize(std::max(outputs, red.wires.size()));
        Json wires = Json::array();
        for (const auto &targets : red.wires) {
            Json list = Json::array();
            for (const QString &target : targets)
                list.push_back(str(target));
            wires.push_back(list);
        }
        red.json["wires"] = wires;
        out.push_back(red.json);
    }
    for (const Json &config : m_configNodes)
        out.push_back(config);
}

} // namespace

QString NodeRedFormat::id() const
{
    return QStringLiteral("nodered");
}

QString NodeRedFormat::name() const
{
    return tr("Node-RED flows");
}

FlowFormat::Capabilities NodeRedFormat::capabilities() const
{
    return Write;
}

QString NodeRedFormat::nodeId(const QString &flowId, const QString &nodeId, const QString &part)
{
    QString key = flowId;
    if (!nodeId.isEmpty() || !part.isEmpty())
        key += u'/' + nodeId;
    if (!part.isEmpty())
        key += u'#' + part;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.left(8).toHex());
}

QString NodeRedFormat::systemVariable(const QString &systemId)
{
    QString name = systemId.toUpper();
    for (QChar &c : name)
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = u'_';
    return QStringLiteral("SYSTEM_%1_URL").arg(name);
}

QList<ExportedFile> NodeRedFormat::generate(const ExportInput &input)
{
    clearProblems();
    QList<ExportProblem> problems;
    Json flows = Json::array();
    for (const ExportFlow &file : input.flows)
        TabWriter(input, file, &problems).write(flows);
    for (ExportProblem &problem : problems)
        addProblem(std::move(problem));
    // Node-RED writes flows.json pretty-printed with four spaces (flowFilePretty).
    return { { QStringLiteral("nodered/flows.json"),
               QByteArray::fromStdString(flows.dump(4) + '\n') } };
}

} // namespace Flowsmith
