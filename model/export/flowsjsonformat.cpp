#include "model/export/flowsjsonformat.h"

#include "model/core/jsonloader.h"
#include "model/data/jsonvariant.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <map>

namespace Flowsmith {

namespace {

using OJson = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::FlowsJsonFormat", text);
}

QString qstr(const OJson &value, const char *key, const QString &fallback = {})
{
    const auto it = value.find(key);
    if (it == value.end())
        return fallback;
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number() || it->is_boolean())
        return QString::fromStdString(it->dump());
    return fallback;
}

/// "Receive order" -> "receive-order"; empty when nothing usable is left.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    out = out.left(48);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString unique(const QString &base, QSet<QString> *taken)
{
    QString id = base;
    for (int n = 2; taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

/// A JSONata string literal.
QString literal(const QString &text)
{
    return QString::fromStdString(OJson(text.toStdString()).dump());
}

/// Node-RED evaluates JSONata with msg as its input; ours sees the body and $headers. This
/// evaluates the Node-RED expression on a msg rebuilt from them. Our own exporter's wrapping
/// (NodeRedExpression) is recognised and undone, so a round trip keeps the expression.
QString fromMsgExpression(const QString &expression)
{
    static const QRegularExpression ours(QStringLiteral(
        R"(^\(\$\$ := payload; \$headers := headers; \$eval\(("(?:[^"\\]|\\.)*"), \$\$\)\)$)"));
    const QRegularExpressionMatch match = ours.match(expression.trimmed());
    if (match.hasMatch()) {
        const auto parsed = Flowsmith::Json::parse(match.captured(1).toUtf8(), {}, nullptr);
        if (parsed && parsed->is_string())
            return QString::fromStdString(parsed->get<std::string>());
    }
    return QStringLiteral("$eval(%1, {\"payload\": $, \"headers\": $headers})")
        .arg(literal(expression));
}

/// A typed Node-RED value (`to`/`tot`, `v`/`vt`) as one of our JSONata expressions, or empty
/// when it reads something we do not carry (flow context, env, msg.topic…).
QString valueExpression(const QString &value, const QString &type)
{
    if (type == QLatin1String("jsonata"))
        return fromMsgExpression(value);
    if (type == QLatin1String("str"))
        return literal(value);
    if (type == QLatin1String("num") || type == QLatin1String("bool")
        || type == QLatin1String("json"))
        return value;
    if (type == QLatin1String("msg")) {
        if (value == QLatin1String("payload"))
            return QStringLiteral("$");
        if (value.startsWith(QLatin1String("payload.")))
            return value.mid(8);
        if (value.startsWith(QLatin1String("headers.")))
            return u'$' + value;
    }
    return {};
}

/// msg.payload.a -> "body.a", msg.headers.x -> "headers.x"; empty for other properties.
QString targetOf(const QString &property)
{
    if (property == QLatin1String("payload"))
        return QStringLiteral("body");
    if (property.startsWith(QLatin1String("payload.")))
        return QStringLiteral("body.") + property.mid(8);
    if (property.startsWith(QLatin1String("headers.")) && property.count(u'.') == 1)
        return property;
    return {};
}

/// One switch rule as a condition on the body, or empty when it has no equivalent.
QString switchCondition(const QString &subject, const OJson &rule)
{
    const QString t = qstr(rule, "t");
    const QString v = valueExpression(qstr(rule, "v"), qstr(rule, "vt", QStringLiteral("str")));
    const QString v2 = valueExpression(qstr(rule, "v2"), qstr(rule, "v2t", QStringLiteral("str")));
    static const QHash<QString, QString> comparisons
        = { { "eq", "=" },   { "neq", "!=" }, { "lt", "<" },
            { "lte", "<=" }, { "gt", ">" },   { "gte", ">=" } };
    if (comparisons.contains(t))
        return v.isEmpty() ? QString() : QStringLiteral("%1 %2 %3").arg(subject, comparisons[t], v);
    if (t == QLatin1String("btwn"))
        return v.isEmpty() || v2.isEmpty()
            ? QString()
            : QStringLiteral("%1 >= %2 and %1 <= %3").arg(subject, v, v2);
    if (t == QLatin1String("cont"))
        return v.isEmpty() ? QString() : QStringLiteral("$contains(%1, %2)").arg(subject, v);
    if (t == QLatin1String("true") || t == QLatin1String("false"))
        return QStringLiteral("%1 = %2").arg(subject, t);
    if (t == QLatin1String("null"))
        return QStringLiteral("%1 = null").arg(subject);
    if (t == QLatin1String("nnull"))
        return QStringLiteral("$exists(%1) and %1 != null").arg(subject);
    if (t == QLatin1String("empty"))
        return QStringLiteral("$count(%1) = 0 or %1 = \"\"").arg(subject);
    if (t == QLatin1String("jsonata_exp"))
        return fromMsgExpression(qstr(rule, "v"));
    return {};
}

/// Reads the nodes of one tab into a flow.
class TabReader
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::FlowsJsonFormat)

public:
    TabReader(const QString &fileName, const std::map<QString, OJson> &configNodes,
              QList<ExportProblem> *problems, QHash<QString, SystemInfo> *systems)
        : m_fileName(fileName)
        , m_configNodes(configNodes)
        , m_problems(problems)
        , m_systems(systems)
    { }

    Flow read(const QString &flowId, const OJson &tab, const std::vector<const OJson *> &nodes);

private:
    struct Translated
    {
        QString type;
        QVariantMap config;
        QStringList outputs; ///< our port of each Node-RED output
    };

    Translated translate(const OJson &node);
    Translated foreign(const OJson &node);
    QString systemFor(const QString &url, QString *path);
    void warn(const OJson &node, const QString &message)
    {
        m_problems->append(
            { ExportProblem::Warning,
              m_fileName,
              {},
              qstr(node, "id"),
              tr("node '%1' (%2): %3").arg(qstr(node, "id"), qstr(node, "type"), message) });
    }

    QString m_fileName;
    const std::map<QString, OJson> &m_configNodes;
    QList<ExportProblem> *m_problems;
    QHash<QString, SystemInfo> *m_systems;
};

QString TabReader::systemFor(const QString &address, QString *path)
{
    const QUrl url(address.contains(QLatin1String("://")) ? address
                                                          : QStringLiteral("tcp://") + address);
    if (!url.isValid() || url.host().isEmpty() || address.contains(QLatin1String("{{"))
        || address.contains(QLatin1String("${")))
        return {};
    QString base = url.scheme() + QLatin1String("://") + url.host();
    if (url.port() > 0)
        base += u':' + QString::number(url.port());
    if (path) {
        *path = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            *path += u'?' + url.query(QUrl::FullyEncoded);
    }
    for (const SystemInfo &system : std::as_const(*m_systems))
        if (system.baseUrl == base)
            return system.id;
    SystemInfo system;
    // "erp.example.com" -> "erp-example"; an address keeps all its parts.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.:\\[\\]]+$"));
    const QString host = url.host();
    system.id = slug(
        numeric.match(host).hasMatch() || !host.contains(u'.') ? host : host.section(u'.', 0, -2));
    if (system.id.isEmpty())
        system.id = QStringLiteral("system");
    QSet<QString> taken;
    for (const SystemInfo &other : std::as_const(*m_systems))
        taken.insert(other.id);
    system.id = unique(system.id, &taken);
    system.name = url.host();
    system.baseUrl = base;
    m_systems->insert(system.id, system);
    return system.id;
}

TabReader::Translated TabReader::foreign(const OJson &node)
{
    Translated out;
    out.type = QString::fromLatin1(FlowsJsonFormat::ForeignType);
    OJson kept = node;
    kept.erase("credentials");
    out.config.insert(QStringLiteral("nodered"), toVariant(kept));
    const auto wires = node.find("wires");
    const int outputs = wires != node.end() && wires->is_array() ? int(wires->size()) : 0;
    for (int i = 0; i < outputs; ++i)
        out.outputs.append(FlowsJsonFormat::foreignOutput(i));
    return out;
}

TabReader::Translated TabReader::translate(const OJson &node)
{
    const QString type = qstr(node, "type");
    Translated out;
    out.outputs = { QStringLiteral("out") };
    QVariantMap &config = out.config;

    if (type == QLatin1String("http in")) {
        out.type = QStringLiteral("source.http");
        config.insert(QStringLiteral("method"),
                      qstr(node, "method", QStringLiteral("post")).toUpper());
        config.insert(QStringLiteral("path"), qstr(node, "url", QStringLiteral("/")));
        if (qstr(node, "upload") == QLatin1String("true"))
            warn(node, tr("file uploads are not imported"));
    } else if (type == QLatin1String("inject")) {
        const QString repeat = qstr(node, "repeat");
        if (!qstr(node, "crontab").isEmpty())
            return foreign(node);
        // The payload is the one property we carry; others (topic) are dropped.
        QString payloadType = qstr(node, "payloadType", QStringLiteral("date"));
        QString payload = qstr(node, "payload");
        out.type = QStringLiteral("source.timer");
        config.insert(QStringLiteral("interval"),
                      repeat.isEmpty() ? qint64(0) : qint64(repeat.toDouble() * 1000.0));
        if (payloadType == QLatin1String("json") || payloadType == QLatin1String("num")
            || payloadType == QLatin1String("bool"))
            config.insert(QStringLiteral("body"), payload);
        else if (payloadType == QLatin1String("str"))
            config.insert(QStringLiteral("body"), literal(payload));
        else if (payloadType == QLatin1String("date"))
            warn(node, tr("the timestamp payload becomes an empty body"));
        else
            warn(node, tr("the %1 payload becomes an empty body").arg(payloadType));
    } else if (type == QLatin1String("mqtt in") || type == QLatin1String("mqtt out")) {
        const bool in = type == QLatin1String("mqtt in");
        out.type = in ? QStringLiteral("source.topic") : QStringLiteral("sink.topic");
        config.insert(QStringLiteral("protocol"), QStringLiteral("mqtt"));
        config.insert(QStringLiteral("topic"), qstr(node, "topic"));
        const auto broker = m_configNodes.find(qstr(node, "broker"));
        if (broker != m_configNodes.end()) {
            QString host = qstr(broker->second, "broker");
            const QString port = qstr(broker->second, "port");
            if (!port.isEmpty() && !host.contains(QLatin1String("://")))
                host += u':' + port;
            const QString system = systemFor(host, nullptr);
            if (!system.isEmpty())
                config.insert(QStringLiteral("system"), system);
            if (broker->second.contains("credentials")
                || (!qstr(broker->second, "usetls").isEmpty()
                    && qstr(broker->second, "usetls") != QLatin1String("false")))
                warn(node,
                     tr("the broker's credentials and TLS settings were not imported; map them "
                        "to a secret reference"));
        }
        if (!in)
            out.outputs.clear();
    } else if (type == QLatin1String("http request")) {
        QString path;
        const QString system = systemFor(qstr(node, "url"), &path);
        if (system.isEmpty())
            return foreign(node);
        out.type = QStringLiteral("sink.http");
        config.insert(QStringLiteral("system"), system);
        config.insert(QStringLiteral("method"),
                      qstr(node, "method", QStringLiteral("GET")).toUpper() == QLatin1String("USE")
                          ? QStringLiteral("POST")
                          : qstr(node, "method", QStringLiteral("GET")).toUpper());
        if (!path.isEmpty() && path != QLatin1String("/"))
            config.insert(QStringLiteral("path"), path);
        out.outputs = { QStringLiteral("response") };
        if (!qstr(node, "authType").isEmpty())
            warn(node,
                 tr("its %1 authentication was not imported; map the credentials to a "
                    "secret reference")
                     .arg(qstr(node, "authType")));
    } else if (type == QLatin1String("http response")) {
        out.type = QStringLiteral("sink.reply");
        const QString status = qstr(node, "statusCode");
        if (!status.isEmpty() && status.toInt() > 0)
            config.insert(QStringLiteral("status"), qint64(status.toInt()));
        out.outputs.clear();
    } else if (type == QLatin1String("debug")) {
        out.type = QStringLiteral("sink.log");
        out.outputs.clear();
    } else if (type == QLatin1String("catch")) {
        const auto scope = node.find("scope");
        if (scope != node.end() && !scope->is_null())
            return foreign(node);
        out.type = QStringLiteral("error.catch");
    } else if (type == QLatin1String("change")) {
        const OJson rules = node.value("rules", OJson::array());
        QVariantList actions;
        for (const OJson &rule : rules) {
            const QString t = qstr(rule, "t");
            const QString target = qstr(rule, "pt", QStringLiteral("msg")) == QLatin1String("msg")
                ? targetOf(qstr(rule, "p"))
                : QString();
            if (target.isEmpty())
                return foreign(node);
            if (t == QLatin1String("delete")) {
                actions.append(QVariantMap { { "op", "remove" }, { "target", target } });
                continue;
            }
            const QString value = t == QLatin1String("set")
                ? valueExpression(qstr(rule, "to"), qstr(rule, "tot", QStringLiteral("str")))
                : QString();
            if (value.isEmpty())
                return foreign(node);
            actions.append(
                QVariantMap { { "op", "set" }, { "target", target }, { "value", value } });
        }
        const QVariantMap first = actions.value(0).toMap();
        if (actions.size() == 1 && first.value("target") == QLatin1String("body")
            && first.value("op") == QLatin1String("set")) {
            out.type = QStringLiteral("transform.map");
            config.insert(QStringLiteral("expression"), first.value("value"));
        } else {
            out.type = QStringLiteral("transform.set");
            config.insert(QStringLiteral("actions"), actions);
        }
    } else if (type == QLatin1String("switch")) {
        const QString property = qstr(node, "property", QStringLiteral("payload"));
        QString subject;
        if (qstr(node, "propertyType", QStringLiteral("msg")) == QLatin1String("msg")) {
            if (property == QLatin1String("payload"))
                subject = QStringLiteral("$");
            else if (property.startsWith(QLatin1String("payload.")))
                subject = property.mid(8);
            else if (property.startsWith(QLatin1String("headers.")))
                subject = u'$' + property;
        } else if (qstr(node, "propertyType") == QLatin1String("jsonata")) {
            subject = u'(' + fromMsgExpression(property) + u')';
        }
        const OJson rules = node.value("rules", OJson::array());
        QStringList conditions;
        bool hasElse = false;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (qstr(rules[i], "t") == QLatin1String("else") && i + 1 == rules.size()) {
                hasElse = true;
                continue;
            }
            const QString condition
                = subject.isEmpty() ? QString() : switchCondition(subject, rules[i]);
            if (condition.isEmpty())
                return foreign(node);
            conditions.append(condition);
        }
        const bool checkAll
            = qstr(node, "checkall", QStringLiteral("true")) == QLatin1String("true");
        // With "check all rules" more than one output may fire: only a single rule maps.
        if (conditions.isEmpty()
            || (checkAll && conditions.size() + (hasElse ? 1 : 0) > 1
                && !(conditions.size() == 1 && hasElse)))
            return foreign(node);
        if (conditions.size() == 1 && !hasElse) {
            out.type = QStringLiteral("route.filter");
            config.insert(QStringLiteral("condition"), conditions.first());
        } else {
            out.type = QStringLiteral("route.choice");
            QVariantList cases;
            out.outputs.clear();
            for (int i = 0; i < conditions.size(); ++i) {
                const QString port = QStringLiteral("case%1").arg(i + 1);
                cases.append(QVariantMap { { "id", port }, { "condition", conditions.at(i) } });
                out.outputs.append(port);
            }
            config.insert(QStringLiteral("cases"), cases);
            if (hasElse)
                out.outputs.append(QStringLiteral("otherwise"));
        }
    } else if (type == QLatin1String("split")) {
        if (qstr(node, "property", QStringLiteral("payload")) != QLatin1String("payload")
            || qstr(node, "arraySplt", QStringLiteral("1")) != QLatin1String("1"))
            return foreign(node);
        out.type = QStringLiteral("route.split");
        config.insert(QStringLiteral("expression"), QStringLiteral("$"));
    } else if (type == QLatin1String("join")) {
        const QString mode = qstr(node, "mode", QStringLiteral("auto"));
        out.type = QStringLiteral("route.aggregate");
        if (mode == QLatin1String("auto")) {
            config.insert(QStringLiteral("mode"), QStringLiteral("automatic"));
        } else if (mode == QLatin1String("custom") && qstr(node, "build") == QLatin1String("array")
                   && qstr(node, "count").toInt() > 0) {
            config.insert(QStringLiteral("mode"), QStringLiteral("count"));
            config.insert(QStringLiteral("count"), qint64(qstr(node, "count").toInt()));
        } else {
            return foreign(node);
        }
    } else if (type == QLatin1String("json")
               && qstr(node, "property", QStringLiteral("payload")) == QLatin1String("payload")) {
        // Our bodies are JSON already: only a string body needs parsing, and "to string"
        // serialises.
        out.type = QStringLiteral("transform.map");
        config.insert(QStringLiteral("expression"),
                      qstr(node, "action") == QLatin1String("str")
                          ? QStringLiteral("$string($)")
                          : QStringLiteral("$type($) = \"string\" ? $eval($) : $"));
    } else {
        return foreign(node);
    }
    return out;
}

Flow TabReader::read(const QString &flowId, const OJson &tab,
                     const std::vector<const OJson *> &nodes)
{
    Flow flow;
    flow.id = flowId;
    flow.name = qstr(tab, "label", flowId);
    flow.description = qstr(tab, "info");

    QSet<QString> taken;
    QHash<QString, QString> ourId; ///< Node-RED id -> our node id
    QHash<QString, QStringList> outputsOf;
    for (const OJson *node : nodes) {
        const QString redId = qstr(*node, "id");
        Translated translated = translate(*node);
        if (node->contains("credentials"))
            warn(*node, tr("its credentials were not imported; map them to a secret reference"));
        FlowNode ours;
        const QString base = slug(qstr(*node, "name"));
        ours.id = unique(base.isEmpty() ? slug(qstr(*node, "type")) : base, &taken);
        if (ours.id.isEmpty())
            ours.id = unique(QStringLiteral("node"), &taken);
        ours.type = translated.type;
        ours.name = qstr(*node, "name");
        ours.at = QPointF(node->value("x", 0.0), node->value("y", 0.0));
        ours.config = translated.config;
        ourId.insert(redId, ours.id);
        outputsOf.insert(redId, translated.outputs);
        flow.nodes.append(ours);
    }
    for (const OJson *node : nodes) {
        const QString redId = qstr(*node, "id");
        const auto wires = node->find("wires");
        if (wires == node->end() || !wires->is_array())
            continue;
        const QStringList outputs = outputsOf.value(redId);
        for (std::size_t i = 0; i < wires->size(); ++i) {
            if (!(*wires)[i].is_array())
                continue;
            for (const OJson &target : (*wires)[i]) {
                const QString to = target.is_string()
                    ? QString::fromStdString(target.get<std::string>())
                    : QString();
                if (!ourId.contains(to) || int(i) >= outputs.size()) {
                    warn(*node, tr("a wire to '%1' leaves the tab and was dropped").arg(to));
                    continue;
                }
                FlowEdge edge;
                edge.from = { ourId.value(redId), outputs.at(int(i)) };
                edge.to = { ourId.value(to), QStringLiteral("in") };
                flow.edges.append(edge);
            }
        }
    }
    return flow;
}

} // namespace

QString FlowsJsonFormat::id() const
{
    return QStringLiteral("nodered");
}

QString FlowsJsonFormat::name() const
{
    return tr("Node-RED flows.json");
}

FlowFormat::Capabilities FlowsJsonFormat::capabilities() const
{
    return Read;
}

QList<ExportedFile> FlowsJsonFormat::generate(const ExportInput &)
{
    clearProblems();
    addProblem({ ExportProblem::Error, {}, {}, {}, tr("this format only imports") });
    return {};
}

QString FlowsJsonFormat::foreignOutput(int index)
{
    return QStringLiteral("out%1").arg(index + 1);
}

ImportedFlows FlowsJsonFormat::read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        clearProblems();
        addProblem({ ExportProblem::Error,
                     filePath,
                     {},
                     {},
                     tr("cannot read the file: %1").arg(file.errorString()) });
        return {};
    }
    return readBytes(file.readAll(), filePath);
}

ImportedFlows FlowsJsonFormat::readBytes(const QByteArray &bytes, const QString &fileName)
{
    clearProblems();
    FileError error;
    const std::optional<nlohmann::ordered_json> parsed
        = Flowsmith::Json::parse(bytes, fileName, &error);
    if (!parsed) {
        addProblem({ ExportProblem::Error, fileName, error.position, {}, error.message });
        return {};
    }
    // flows.json is an array of nodes; the admin API's form wraps it as {"flows": [...]}.
    OJson nodes = *parsed;
    if (nodes.is_object() && nodes.contains("flows"))
        nodes = nodes["flows"];
    if (!nodes.is_array()) {
        addProblem({ ExportProblem::Error,
                     fileName,
                     { 1, 1 },
                     {},
                     tr("a Node-RED flow file is a JSON array of nodes") });
        return {};
    }

    std::map<QString, OJson> tabs;
    std::vector<QString> tabOrder;
    std::map<QString, OJson> configNodes;
    std::map<QString, std::vector<const OJson *>> nodesOf;
    QSet<QString> subflows;
    for (const OJson &node : nodes) {
        if (!node.is_object() || !node.contains("type") || !node["type"].is_string()) {
            addProblem({ ExportProblem::Warning,
                         fileName,
                         {},
                         {},
                         tr("an entry without a type was skipped") });
            continue;
        }
        const QString type = qstr(node, "type");
        const QString id = qstr(node, "id");
        const QString z = qstr(node, "z");
        if (type == QLatin1String("tab")) {
            tabs[id] = node;
            if (std::find(tabOrder.begin(), tabOrder.end(), id) == tabOrder.end())
                tabOrder.push_back(id);
        } else if (type == QLatin1String("subflow")) {
            subflows.insert(id);
            addProblem({ ExportProblem::Warning,
                         fileName,
                         {},
                         id,
                         tr("subflow '%1' was not imported; its instances are kept as Node-RED "
                            "nodes")
                             .arg(qstr(node, "name", id)) });
        } else if (z.isEmpty() || !node.contains("x")) {
            configNodes[id] = node;
            if (node.contains("credentials"))
                addProblem({ ExportProblem::Warning,
                             fileName,
                             {},
                             id,
                             tr("the credentials of '%1' (%2) were not imported; map them to a "
                                "secret reference")
                                 .arg(id, type) });
        } else {
            if (!nodesOf.count(z) && !tabs.count(z)
                && std::find(tabOrder.begin(), tabOrder.end(), z) == tabOrder.end())
                tabOrder.push_back(z);
            nodesOf[z].push_back(&node);
        }
    }

    QList<ExportProblem> problems;
    QHash<QString, SystemInfo> systems;
    ImportedFlows result;
    QSet<QString> flowIds;
    const QString fallback = slug(QFileInfo(fileName).completeBaseName());
    for (const QString &tabId : tabOrder) {
        if (subflows.contains(tabId))
            continue;
        const OJson tab = tabs.count(tabId) ? tabs[tabId] : OJson::object();
        QString flowId = slug(qstr(tab, "label"));
        if (flowId.isEmpty())
            flowId = fallback.isEmpty() ? QStringLiteral("imported") : fallback;
        flowId = unique(flowId, &flowIds);
        TabReader reader(fileName, configNodes, &problems, &systems);
        result.flows.append(reader.read(flowId, tab, nodesOf[tabId]));
    }
    QStringList systemIds = systems.keys();
    systemIds.sort();
    for (const QString &id : systemIds)
        result.systems.append(systems.value(id));
    for (ExportProblem &problem : problems)
        addProblem(std::move(problem));
    return result;
}

} // namespace Flowsmith
