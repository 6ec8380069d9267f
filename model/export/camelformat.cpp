#include "model/export/camelformat.h"

#include "model/export/jsonatatext.h"

#include "model/core/nodecatalog.h"
#include "model/export/exportyaml.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace Flowsmith {

namespace {

using JsonataText::maskExpression;
using JsonataText::stringLiteral;

using Json = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::CamelFormat", text);
}

std::string str(const QString &text)
{
    return text.toStdString();
}

const char *const GroupedBodyStrategy
    = "#class:org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy";

/// A JSONata expression in Camel's expression shorthand (`language: {language: jsonata}`).
/// The schema of the Camel release we validate against has no `jsonata:` key in its
/// ExpressionDefinition, while the generic language expression reaches the same language and
/// validates field by field.
Json jsonata(const QString &expression)
{
    return Json { { "language",
                    Json { { "language", "jsonata" }, { "expression", str(expression) } } } };
}

/// `body.a.b` := VALUE as a body expression: JSONata's transform operator updates the parent.
QString setFieldExpression(const QString &field, const QString &value)
{
    const int dot = field.lastIndexOf(u'.');
    const QString parent = dot < 0 ? QStringLiteral("$") : JsonataText::path(field.left(dot));
    return QStringLiteral("($v := (%1); $ ~> | %2 | {%3: $v} |)")
        .arg(value, parent, stringLiteral(field.mid(dot + 1)));
}

QString removeFieldExpression(const QString &field)
{
    const int dot = field.lastIndexOf(u'.');
    const QString parent = dot < 0 ? QStringLiteral("$") : JsonataText::path(field.left(dot));
    return QStringLiteral("$ ~> | %1 | {}, [%2] |").arg(parent, stringLiteral(field.mid(dot + 1)));
}

/// Builds the routes of one flow by walking the graph from each source.
class RouteWriter
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::CamelFormat)

public:
    RouteWriter(const ExportInput &input, const ExportFlow &file, QList<ExportProblem> *problems)
        : m_input(input)
        , m_file(file)
        , m_flow(file.flow)
        , m_problems(problems)
    {
        for (const FlowEdge &edge : m_flow.edges) {
            m_out[edge.from.toString()].append(edge.to.node);
            ++m_incoming[edge.to.node];
        }
    }

    Json write();
    const std::set<QString> &systems() const { return m_systems; }
    const std::set<QString> &schemas() const { return m_schemas; }

private:
    Json stepsFromPort(const QString &nodeId, const QString &port);
    Json stepsOf(const QString &nodeId, bool routeStart = false);
    void translate(const FlowNode &node, Json &steps);
    Json route(const QString &id, const QString &description, Json from);
    QString directUri(const QString &nodeId) const
    {
        return QStringLiteral("direct:%1").arg(CamelFormat::routeId(m_flow.id, nodeId));
    }
    QString systemUrl(const FlowNode &node, bool required);
    Json expression(const FlowNode &node, const QString &text);
    void error(const FlowNode &node, const QString &message);
    void warning(const FlowNode &node, const QString &message);

    const ExportInput &m_input;
    const ExportFlow &m_file;
    const Flow &m_flow;
    QList<ExportProblem> *m_problems;
    QHash<QString, QStringList> m_out; ///< "node.port" -> target node ids, in edge order
    QHash<QString, int> m_incoming;
    QSet<QString> m_onPath; ///< nodes on the walk's current path, to stop at cycles
    std::vector<QString> m_splitStack; ///< split nodes whose automatic aggregate is looked for
    QHash<QString, QString> m_aggregateOf; ///< split node -> the aggregate that closes it
    std::set<QString> m_sharedNodes; ///< nodes with several inputs: their own direct: route
    std::set<QString> m_systems;
    std::set<QString> m_schemas;
};

void RouteWriter::error(const FlowNode &node, const QString &message)
{
    m_problems->append({ ExportProblem::Error, m_file.relativePath, node.position, node.id,
                         tr("node '%1' (%2): %3").arg(node.id, node.type, message) });
}

void RouteWriter::warning(const FlowNode &node, const QString &message)
{
    m_problems->append({ ExportProblem::Warning, m_file.relativePath, node.position, node.id,
                         tr("node '%1' (%2): %3").arg(node.id, node.type, message) });
}

Json RouteWriter::expression(const FlowNode &node, const QString &text)
{
    if (text.contains(QLatin1String("$headers")))
        warning(node,
                tr("Camel's jsonata language evaluates on the body only; $headers is not bound"));
    return jsonata(text);
}

QString RouteWriter::systemUrl(const FlowNode &node, bool required)
{
    const QString system = node.config.value(QStringLiteral("system")).toString();
    if (system.isEmpty() && !required)
        return {};
    if (!m_input.manifest.system(system)) {
        error(node, tr("the system '%1' is not in flowsmith.yaml").arg(system));
        return {};
    }
    m_systems.insert(system);
    return QStringLiteral("{{%1}}").arg(CamelFormat::systemProperty(system));
}

Json RouteWriter::stepsFromPort(const QString &nodeId, const QString &port)
{
    const QStringList targets = m_out.value(nodeId + u'.' + port);
    if (targets.size() == 1)
        return stepsOf(targets.first());
    Json steps = Json::array();
    if (targets.isEmpty())
        return steps;
    // One port wired to several nodes: every branch gets its own copy of the message.
    Json branches = Json::array();
    for (const QString &target : targets)
        branches.push_back(Json { { "pipeline", Json { { "steps", stepsOf(target) } } } });
    steps.push_back(Json { { "multicast", Json { { "steps", branches } } } });
    return steps;
}

Json RouteWriter::stepsOf(const QString &nodeId, bool routeStart)
{
    Json steps = Json::array();
    const FlowNode *node = m_flow.node(nodeId);
    if (!node)
        return steps;
    // A node reached from several places runs once per message in its own direct: route.
    if (!routeStart && m_incoming.value(nodeId) > 1) {
        m_sharedNodes.insert(nodeId);
        steps.push_back(Json { { "to", Json { { "uri", str(directUri(nodeId)) } } } });
        return steps;
    }
    if (m_onPath.contains(nodeId)) {
        error(*node, tr("the flow has a cycle through this node; Camel routes are trees"));
        return steps;
    }
    m_onPath.insert(nodeId);
    translate(*node, steps);
    m_onPath.remove(nodeId);
    return steps;
}

void RouteWriter::translate(const FlowNode &node, Json &steps)
{
    const QVariantMap &config = node.config;
    const QString type = node.type;
    auto text = [&config](const char *key, const QString &fallback = {}) {
        return config.value(QLatin1String(key), fallback).toString();
    };
    auto append = [&steps](const Json &more) {
        for (const Json &step : more)
            steps.push_back(step);
    };

    if (type == QLatin1String("transform.map")) {
        QString body = text("expression");
        if (body.isEmpty()) {
            body = m_input.mappingExpressions.value(text("mapping"));
            if (body.isEmpty()) {
                error(node,
                      tr("the mapping '%1' is missing or does not compile").arg(text("mapping")));
                return;
            }
        }
        steps.push_back(Json { { "setBody", expression(node, body) } });
        append(stepsFromPort(node.id, QStringLiteral("out")));
    } else if (type == QLatin1String("transform.set")) {
        for (const QVariant &item : config.value(QStringLiteral("actions")).toList()) {
            const QVariantMap action = item.toMap();
            const QString target = action.value(QStringLiteral("target")).toString();
            const bool remove
                = action.value(QStringLiteral("op")).toString() == QLatin1String("remove");
            const QString value = action.value(QStringLiteral("value")).toString();
            if (target.startsWith(QLatin1String("headers."))) {
                const std::string name = str(target.mid(8));
                if (remove) {
                    steps.push_back(Json { { "removeHeader", Json { { "name", name } } } });
                } else {
                    Json set = expression(node, value);
                    set["name"] = name;
                    steps.push_back(Json { { "setHeader", set } });
                }
            } else if (target == QLatin1String("body") && !remove) {
                steps.push_back(Json { { "setBody", expression(node, value) } });
            } else if (target.startsWith(QLatin1String("body."))) {
                const QString field = target.mid(5);
                steps.push_back(Json { { "setBody",
                                         expression(node,
                                                    remove ? removeFieldExpression(field)
                                                           : setFieldExpression(field, value)) } });
            } else {
                error(node,
                      tr("the target '%1' is neither body.<path> nor headers.<name>").arg(target));
                return;
            }
        }
        append(stepsFromPort(node.id, QStringLiteral("out")));
    } else if (type == QLatin1String("route.filter")) {
        Json filter = expression(node, text("condition"));
        filter["steps"] = stepsFromPort(node.id, QStringLiteral("out"));
        steps.push_back(Json { { "filter", filter } });
    } else if (type == QLatin1String("route.choice") || type == QLatin1String("quality.rules")) {
        Json whens = Json::array();
        QString otherwise = QStringLiteral("otherwise");
        if (type == QLatin1String("route.choice")) {
            for (const QVariant &item : config.value(QStringLiteral("cases")).toList()) {
                const QVariantMap entry = item.toMap();
                Json when = expression(node, entry.value(QStringLiteral("condition")).toString());
                when["steps"]
                    = stepsFromPort(node.id, entry.value(QStringLiteral("id")).toString());
                whens.push_back(when);
            }
        } else {
            // Every rule must hold: one condition joining them, the rest fails.
            QStringList conditions;
            for (const QVariant &item : config.value(QStringLiteral("rules")).toList())
                conditions.append(
                    QStringLiteral("$boolean(%1)")
                        .arg(item.toMap().value(QStringLiteral("condition")).toString()));
            Json when = expression(
                node, conditions.isEmpty() ? QStringLiteral("true") : conditions.join(" and "));
            when["steps"] = stepsFromPort(node.id, QStringLiteral("pass"));
            whens.push_back(when);
            otherwise = QStringLiteral("fail");
        }
        Json choice { { "when", whens } };
        const Json rest = stepsFromPort(node.id, otherwise);
        if (!rest.empty())
            choice["otherwise"] = Json { { "steps", rest } };
        steps.push_back(Json { { "choice", choice } });
    } else if (type == QLatin1String("route.split")) {
        m_splitStack.push_back(node.id);
        Json split = expression(node, text("expression"));
        split["steps"] = stepsFromPort(node.id, QStringLiteral("out"));
        m_splitStack.pop_back();
        const QString aggregate = m_aggregateOf.value(node.id);
        if (!aggregate.isEmpty())
            split["aggregationStrategy"] = GroupedBodyStrategy;
        steps.push_back(Json { { "split", split } });
        if (!aggregate.isEmpty())
            append(stepsFromPort(aggregate, QStringLiteral("out")));
    } else if (type == QLatin1String("route.aggregate")) {
        const bool count = text("mode", QStringLiteral("automatic")) == QLatin1String("count");
        if (!count && !m_splitStack.empty()) {
            // Camel's split re-assembles itself: what follows runs after the split.
            m_aggregateOf.insert(m_splitStack.back(), node.id);
            return;
        }
        Json aggregate { { "correlationExpression", Json { { "constant", "true" } } },
                         { "aggregationStrategy", GroupedBodyStrategy } };
        if (count) {
            aggregate["completionSize"] = config.value(QStringLiteral("count"), 1).toLongLong();
        } else {
            warning(node,
                    tr("an automatic aggregate that follows no split collects for one second"));
            aggregate["completionTimeout"] = "1000";
        }
        aggregate["steps"] = stepsFromPort(node.id, QStringLiteral("out"));
        steps.push_back(Json { { "aggregate", aggregate } });
    } else if (type == QLatin1String("quality.validate")) {
        const QString schema = text("schema");
        if (!m_input.schemas.contains(schema)) {
            error(node, tr("the schema '%1' is not in the project").arg(schema));
            return;
        }
        m_schemas.insert(schema);
        Json tryBlock = Json::array();
        tryBlock.push_back(
            Json { { "to",
                     Json { { "uri",
                              str(QStringLiteral("json-validator:schemas/%1.schema.json")
                                      .arg(schema)) } } } });
        for (const Json &step : stepsFromPort(node.id, QStringLiteral("valid")))
            tryBlock.push_back(step);
        Json catchBlock {
            { "exception",
              Json::array({ "org.apache.camel.component.jsonvalidator.JsonValidationException" }) },
            { "steps", stepsFromPort(node.id, QStringLiteral("invalid")) }
        };
        steps.push_back(Json {
            { "doTry",
              Json { { "steps", tryBlock }, { "doCatch", Json::array({ catchBlock }) } } } });
    } else if (type == QLatin1String("security.mask")) {
        steps.push_back(
            Json { { "setBody",
                     jsonata(maskExpression(config.value(QStringLiteral("fields")).toStringList(),
                                            text("mode") == QLatin1String("redact"))) } });
        append(stepsFromPort(node.id, QStringLiteral("out")));
    } else if (type == QLatin1String("sink.http")) {
        const QString base = systemUrl(node, true);
        if (base.isEmpty())
            return;
        steps.push_back(Json {
            { "setHeader",
              Json { { "name", "CamelHttpMethod" },
                     { "constant", str(text("method", QStringLiteral("POST")).toUpper()) } } } });
        Json to { { "uri", str(base + text("path")) } };
        if (config.contains(QStringLiteral("timeoutMs")))
            to["parameters"] = Json { { "responseTimeout",
                                        config.value(QStringLiteral("timeoutMs")).toLongLong() } };
        steps.push_back(Json { { "to", to } });
        append(stepsFromPort(node.id, QStringLiteral("response")));
    } else if (type == QLatin1String("sink.topic")) {
        const bool mqtt = text("protocol", QStringLiteral("kafka")) == QLatin1String("mqtt");
        const QString base = systemUrl(node, false);
        Json to { { "uri",
                    str((mqtt ? QStringLiteral("paho-mqtt5:") : QStringLiteral("kafka:"))
                        + text("topic")) } };
        if (!base.isEmpty())
            to["parameters"] = Json { { mqtt ? "brokerUrl" : "brokers", str(base) } };
        steps.push_back(Json { { "to", to } });
    } else if (type == QLatin1String("sink.reply")) {
        // The route's end answers the request; only a status other than 200 needs saying.
        if (config.contains(QStringLiteral("status")))
            steps.push_back(
                Json { { "setHeader",
                         Json { { "name", "CamelHttpResponseCode" },
                                { "constant",
                                  str(config.value(QStringLiteral("status")).toString()) } } } });
    } else if (type == QLatin1String("sink.log")) {
        steps.push_back(Json {
            { "log",
              Json { { "message", "${body}" },
                     { "loggingLevel", str(text("level", QStringLiteral("info")).toUpper()) },
                     { "logName", str(m_flow.id + u'.' + node.id) } } } });
    } else if (NodeCatalog::instance().type(type)
               && NodeCatalog::instance().type(type)->isSource()) {
        error(node, tr("a source cannot have an input"));
    } else {
        error(node, tr("Apache Camel has no equivalent of this node type"));
    }
}

Json RouteWriter::route(const QString &id, const QString &description, Json from)
{
    Json route { { "id", str(id) } };
    if (!description.isEmpty())
        route["description"] = str(description);
    route["from"] = std::move(from);
    return Json { { "route", route } };
}

Json RouteWriter::write()
{
    Json routes = Json::array();
    Json errorRoutes = Json::array();
    bool hasCatch = false;
    std::optional<std::pair<qint64, qint64>> retry; ///< attempts, back-off
    for (const FlowNode &node : m_flow.nodes) {
        const QString type = node.type;
        const QVariantMap &config = node.config;
        if (type == QLatin1String("sink.http") && config.contains(QStringLiteral("retry"))) {
            const QVariantMap policy = config.value(QStringLiteral("retry")).toMap();
            const qint64 attempts = policy.value(QStringLiteral("attempts"), 3).toLongLong();
            const qint64 backoff = policy.value(QStringLiteral("backoffMs"), 1000).toLongLong();
            if (retry && (retry->first != attempts || retry->second != backoff))
                warning(node, tr("Camel retries per route file; the first retry policy applies"));
            else
                retry = { attempts, backoff };
        }
        Json from;
        if (type == QLatin1String("source.http")) {
            from["uri"]
                = str(QStringLiteral("platform-http:")
                      + config.value(QStringLiteral("path"), QStringLiteral("/")).toString());
            from["parameters"]
                = Json { { "httpMethodRestrict",
                           str(config.value(QStringLiteral("method"), QStringLiteral("POST"))
                                   .toString()
                                   .toUpper()) } };
        } else if (type == QLatin1String("source.timer")) {
            from["uri"] = str(QStringLiteral("timer:") + CamelFormat::routeId(m_flow.id, node.id));
            from["parameters"]
                = Json { { "period",
                           config.value(QStringLiteral("interval"), 60000).toLongLong() } };
        } else if (type == QLatin1String("source.topic")) {
            const bool mqtt
                = config.value(QStringLiteral("protocol"), QStringLiteral("kafka")).toString()
                == QLatin1String("mqtt");
            from["uri"] = str((mqtt ? QStringLiteral("paho-mqtt5:") : QStringLiteral("kafka:"))
                              + config.value(QStringLiteral("topic")).toString());
            const QString base = systemUrl(node, false);
            if (!base.isEmpty())
                from["parameters"] = Json { { mqtt ? "brokerUrl" : "brokers", str(base) } };
        } else if (type == QLatin1String("error.catch")) {
            if (hasCatch) {
                warning(node,
                        tr("Camel has one dead-letter channel per flow; this catch node "
                           "shares the first one's route"));
                continue;
            }
            hasCatch = true;
            from["uri"] = str(directUri(node.id));
            from["steps"] = stepsFromPort(node.id, QStringLiteral("out"));
            errorRoutes.push_back(route(CamelFormat::routeId(m_flow.id, node.id), node.name, from));
            continue;
        } else {
            continue;
        }
        Json steps = Json::array();
        if (type == QLatin1String("source.timer")) {
            const QString body = config.value(QStringLiteral("body")).toString();
            steps.push_back(
                Json { { "setBody", Json { { "constant", str(body.isEmpty() ? "{}" : body) } } } });
        }
        for (const Json &step : stepsFromPort(node.id, QStringLiteral("out")))
            steps.push_back(step);
        from["steps"] = steps;
        routes.push_back(route(CamelFormat::routeId(m_flow.id, node.id), node.name, from));
    }
    // Nodes with several inputs, each in its own route (found while walking, so keep going
    // until no new one appears).
    std::set<QString> written;
    while (true) {
        QString next;
        for (const QString &id : m_sharedNodes)
            if (!written.count(id)) {
                next = id;
                break;
            }
        if (next.isEmpty())
            break;
        written.insert(next);
        const FlowNode *node = m_flow.node(next);
        Json from { { "uri", str(directUri(next)) }, { "steps", stepsOf(next, true) } };
        routes.push_back(
            route(CamelFormat::routeId(m_flow.id, next), node ? node->name : QString(), from));
    }

    Json document = Json::array();
    if (hasCatch) {
        QString catchId;
        for (const FlowNode &node : m_flow.nodes)
            if (node.type == QLatin1String("error.catch")) {
                catchId = node.id;
                break;
            }
        Json channel { { "deadLetterUri", str(directUri(catchId)) } };
        if (retry)
            channel["redeliveryPolicy"]
                = Json { { "maximumRedeliveries", std::max<qint64>(0, retry->first - 1) },
                         { "redeliveryDelay", str(QString::number(retry->second)) } };
        document.push_back(Json { { "errorHandler", Json { { "deadLetterChannel", channel } } } });
    } else if (retry) {
        document.push_back(Json {
            { "onException",
              Json { { "exception", Json::array({ "java.lang.Exception" }) },
                     { "redeliveryPolicy",
                       Json { { "maximumRedeliveries", std::max<qint64>(0, retry->first - 1) },
                              { "redeliveryDelay", str(QString::number(retry->second)) } } } } } });
    }
    for (const Json &r : routes)
        document.push_back(r);
    for (const Json &r : errorRoutes)
        document.push_back(r);
    return document;
}

} // namespace

QString CamelFormat::id() const
{
    return QStringLiteral("camel");
}

QString CamelFormat::name() const
{
    return tr("Apache Camel YAML DSL");
}

FlowFormat::Capabilities CamelFormat::capabilities() const
{
    return Write;
}

QString CamelFormat::routeId(const QString &flowId, const QString &nodeId)
{
    return flowId + u'-' + nodeId;
}

QString CamelFormat::systemProperty(const QString &systemId)
{
    return systemId + QLatin1String(".baseUrl");
}

QString CamelFormat::flowFile(const QString &flowId)
{
    return QStringLiteral("camel/%1.camel.yaml").arg(flowId);
}

QList<ExportedFile> CamelFormat::generate(const ExportInput &input)
{
    clearProblems();
    QList<ExportProblem> problems;
    QList<ExportedFile> files;
    std::set<QString> systems;
    std::set<QString> schemas;
    for (const ExportFlow &file : input.flows) {
        RouteWriter writer(input, file, &problems);
        const Json document = writer.write();
        systems.insert(writer.systems().begin(), writer.systems().end());
        schemas.insert(writer.schemas().begin(), writer.schemas().end());
        files.append(
            { flowFile(file.flow.id),
              exportYaml(document,
                         tr("Generated by Flowsmith from %1; edit the flow, not this file.")
                             .arg(file.relativePath)) });
    }
    QByteArray properties = tr("# System addresses of the routes' {{…}} placeholders.\n").toUtf8();
    for (const QString &system : systems)
        properties += (systemProperty(system) + QLatin1String(" = ")
                       + input.manifest.system(system)->baseUrl + u'\n')
                          .toUtf8();
    files.append({ QStringLiteral("camel/application.properties"), properties });
    for (const QString &schema : schemas)
        files.append({ QStringLiteral("camel/schemas/%1.schema.json").arg(schema),
                       input.schemas.value(schema) });
    for (ExportProblem &problem : problems)
        addProblem(std::move(problem));
    return files;
}

} // namespace Flowsmith
