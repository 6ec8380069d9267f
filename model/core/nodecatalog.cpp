#include "model/core/nodecatalog.h"

#include "model/core/flow.h"

#include <QtGlobal>

namespace Flowsmith {

namespace {

// Labels and descriptions stay untranslated here (views translate them in the
// "NodeCatalog" context); QT_TRANSLATE_NOOP lets lupdate find them.
#define FS_TEXT(text) QT_TRANSLATE_NOOP("NodeCatalog", text)

PortSpec input(const char *name = "in")
{
    return { QString::fromLatin1(name), PortDirection::Input, PortKind::Message, true };
}

PortSpec output(const char *name = "out", PortKind kind = PortKind::Message)
{
    return { QString::fromLatin1(name), PortDirection::Output, kind, false };
}

ConfigField field(const char *key, const char *label, ConfigFieldType type, bool required,
                  const char *description, QVariant defaultValue = {}, QStringList enumValues = {})
{
    ConfigField f;
    f.key = QString::fromLatin1(key);
    f.label = QString::fromLatin1(label);
    f.type = type;
    f.required = required;
    f.description = QString::fromLatin1(description);
    f.defaultValue = std::move(defaultValue);
    f.enumValues = std::move(enumValues);
    return f;
}

ConfigField objectField(const char *key, const char *label, ConfigFieldType type, bool required,
                        const char *description, QList<ConfigField> itemFields)
{
    ConfigField f = field(key, label, type, required, description);
    f.itemFields = std::move(itemFields);
    return f;
}

NodeType nodeType(const char *id, NodeCategory category, const char *displayName,
                  const char *description, QList<PortSpec> ports, QList<ConfigField> fields)
{
    NodeType t;
    t.id = QString::fromLatin1(id);
    t.category = category;
    t.displayName = QString::fromLatin1(displayName);
    t.description = QString::fromLatin1(description);
    t.icon = QStringLiteral(":/icons/nodes/%1.svg").arg(t.id);
    t.ports = std::move(ports);
    t.configFields = std::move(fields);
    return t;
}

const QStringList httpMethods
    = { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE") };
const QStringList topicProtocols = { QStringLiteral("mqtt"), QStringLiteral("kafka") };

} // namespace

NodeCatalog::NodeCatalog()
{
    using T = ConfigFieldType;
    using C = NodeCategory;

    m_types = {
        nodeType("source.http", C::Source, FS_TEXT("HTTP in"),
                 FS_TEXT("Receives HTTP requests on a method and path."), { output() },
                 { field("method", FS_TEXT("Method"), T::Enum, true,
                         FS_TEXT("HTTP method to accept."), QStringLiteral("POST"), httpMethods),
                   field("path", FS_TEXT("Path"), T::String, true,
                         FS_TEXT("Request path, e.g. /orders.")),
                   field("system", FS_TEXT("System"), T::System, false,
                         FS_TEXT("The system that calls this endpoint.")) }),
        nodeType("source.timer", C::Source, FS_TEXT("Timer"),
                 FS_TEXT("Fires a fixed body at a fixed interval."), { output() },
                 { field("interval", FS_TEXT("Interval (ms)"), T::Integer, true,
                         FS_TEXT("Milliseconds between two messages."), 60000),
                   field("body", FS_TEXT("Body"), T::Text, false,
                         FS_TEXT("The JSON body each message carries.")) }),
        nodeType("source.topic", C::Source, FS_TEXT("Topic in"),
                 FS_TEXT("Consumes messages from an MQTT or Kafka topic."), { output() },
                 { field("protocol", FS_TEXT("Protocol"), T::Enum, true,
                         FS_TEXT("Messaging protocol."), QStringLiteral("kafka"), topicProtocols),
                   field("topic", FS_TEXT("Topic"), T::String, true, FS_TEXT("Topic to consume.")),
                   field("system", FS_TEXT("System"), T::System, false,
                         FS_TEXT("The broker's system.")) }),
        nodeType("transform.map", C::Transform, FS_TEXT("Map"),
                 FS_TEXT("Replaces the body by a mapping or a JSONata expression."),
                 { input(), output() },
                 { field("mapping", FS_TEXT("Mapping"), T::Mapping, false,
                         FS_TEXT("A mapping of the project; used when no expression is given.")),
                   field("expression", FS_TEXT("Expression"), T::Expression, false,
                         FS_TEXT("JSONata expression whose result becomes the body.")) }),
        nodeType(
            "transform.set", C::Transform, FS_TEXT("Set fields"),
            FS_TEXT("Sets or removes body fields and headers."), { input(), output() },
            { objectField(
                "actions", FS_TEXT("Actions"), T::ObjectList, true, FS_TEXT("Applied in order."),
                { field("op", FS_TEXT("Operation"), T::Enum, true, FS_TEXT("set or remove."),
                        QStringLiteral("set"), { QStringLiteral("set"), QStringLiteral("remove") }),
                  field("target", FS_TEXT("Target"), T::String, true,
                        FS_TEXT("body.<path> or headers.<name>.")),
                  field("value", FS_TEXT("Value"), T::Expression, false,
                        FS_TEXT("JSONata expression (set only).")) }) }),
        nodeType("route.filter", C::Route, FS_TEXT("Filter"),
                 FS_TEXT("Passes the messages whose condition is true."), { input(), output() },
                 { field("condition", FS_TEXT("Condition"), T::Expression, true,
                         FS_TEXT("JSONata condition on the body.")) }),
        nodeType("route.choice", C::Route, FS_TEXT("Choice"),
                 FS_TEXT("Sends each message to the first case whose condition is true, "
                         "otherwise to 'otherwise'."),
                 { input(), output("otherwise") },
                 { objectField("cases", FS_TEXT("Cases"), T::ObjectList, true,
                               FS_TEXT("Each case is an output port named by its id."),
                               { field("id", FS_TEXT("Port"), T::String, true,
                                       FS_TEXT("Name of the case's output port.")),
                                 field("condition", FS_TEXT("Condition"), T::Expression, true,
                                       FS_TEXT("JSONata condition on the body.")) }) }),
        nodeType("route.split", C::Route, FS_TEXT("Split"),
                 FS_TEXT("Sends one message per element of an array."), { input(), output() },
                 { field("expression", FS_TEXT("Array"), T::Expression, true,
                         FS_TEXT("JSONata expression giving the array to split.")) }),
        nodeType("route.aggregate", C::Route, FS_TEXT("Aggregate"),
                 FS_TEXT("Re-assembles a split, or collects a number of messages."),
                 { input(), output() },
                 { field("mode", FS_TEXT("Mode"), T::Enum, true,
                         FS_TEXT("automatic joins what a split cut; count collects N messages."),
                         QStringLiteral("automatic"),
                         { QStringLiteral("automatic"), QStringLiteral("count") }),
                   field("count", FS_TEXT("Count"), T::Integer, false,
                         FS_TEXT("Messages per group (count mode).")) }),
        nodeType("quality.validate", C::Quality, FS_TEXT("Validate"),
                 FS_TEXT("Checks the body against a JSON Schema."),
                 { input(), output("valid"), output("invalid", PortKind::Error) },
                 { field("schema", FS_TEXT("Schema"), T::Schema, true,
                         FS_TEXT("A schema of the project.")) }),
        nodeType("quality.rules", C::Quality, FS_TEXT("Data-quality rules"),
                 FS_TEXT("Checks named rules; a message failing any goes to 'fail'."),
                 { input(), output("pass"), output("fail", PortKind::Error) },
                 { objectField("rules", FS_TEXT("Rules"), T::ObjectList, true,
                               FS_TEXT("Every rule must hold for a message to pass."),
                               { field("name", FS_TEXT("Name"), T::String, true,
                                       FS_TEXT("Shown when the rule fails.")),
                                 field("condition", FS_TEXT("Condition"), T::Expression, true,
                                       FS_TEXT("JSONata condition on the body.")) }) }),
        nodeType("security.mask", C::Security, FS_TEXT("Mask"),
                 FS_TEXT("Masks or removes personal data before it leaves."), { input(), output() },
                 { field("fields", FS_TEXT("Fields"), T::StringList, true,
                         FS_TEXT("Paths of the fields to mask.")),
                   field("mode", FS_TEXT("Mode"), T::Enum, false,
                         FS_TEXT("mask replaces the value, redact removes the field."),
                         QStringLiteral("mask"),
                         { QStringLiteral("mask"), QStringLiteral("redact") }) }),
        nodeType("error.catch", C::Error, FS_TEXT("Catch errors"),
                 FS_TEXT("Receives the messages that failed in any node of the flow."),
                 { output("out", PortKind::Error) }, {}),
        nodeType(
            "sink.http", C::Sink, FS_TEXT("HTTP request"),
            FS_TEXT("Calls a system's HTTP API; its answer leaves on 'response'."),
            { input(), output("response", PortKind::Response) },
            { field("system", FS_TEXT("System"), T::System, true, FS_TEXT("The system to call.")),
              field("method", FS_TEXT("Method"), T::Enum, true, FS_TEXT("HTTP method."),
                    QStringLiteral("POST"), httpMethods),
              field("path", FS_TEXT("Path"), T::String, false,
                    FS_TEXT("Path below the system's base URL.")),
              objectField("retry", FS_TEXT("Retry"), T::Object, false,
                          FS_TEXT("Retries on failure."),
                          { field("attempts", FS_TEXT("Attempts"), T::Integer, true,
                                  FS_TEXT("Calls in all, the first included."), 3),
                            field("backoffMs", FS_TEXT("Back-off (ms)"), T::Integer, false,
                                  FS_TEXT("Wait before a retry."), 1000) }),
              field("timeoutMs", FS_TEXT("Timeout (ms)"), T::Integer, false,
                    FS_TEXT("How long to wait for an answer."), 30000) }),
        nodeType(
            "sink.topic", C::Sink, FS_TEXT("Topic out"),
            FS_TEXT("Publishes to an MQTT or Kafka topic."), { input() },
            { field("protocol", FS_TEXT("Protocol"), T::Enum, true, FS_TEXT("Messaging protocol."),
                    QStringLiteral("kafka"), topicProtocols),
              field("topic", FS_TEXT("Topic"), T::String, true, FS_TEXT("Topic to publish to.")),
              field("system", FS_TEXT("System"), T::System, false,
                    FS_TEXT("The broker's system.")) }),
        nodeType("sink.reply", C::Sink, FS_TEXT("HTTP reply"),
                 FS_TEXT("Answers the request an HTTP in node received."), { input() },
                 { field("status", FS_TEXT("Status"), T::Integer, false,
                         FS_TEXT("HTTP status code."), 200) }),
        nodeType("sink.log", C::Sink, FS_TEXT("Log"), FS_TEXT("Records the message."), { input() },
                 { field("level", FS_TEXT("Level"), T::Enum, false, FS_TEXT("Log level."),
                         QStringLiteral("info"),
                         { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                           QStringLiteral("error") }) }),
        // Issue 7: what the Node-RED import cannot translate (function nodes, contributed
        // nodes) is kept whole so that export gives it back; it is never simulated.
        nodeType("foreign.nodered", C::Foreign, FS_TEXT("Node-RED node"),
                 FS_TEXT("A Node-RED node kept whole by the import: exported back unchanged, "
                         "never simulated."),
                 // Its input is optional: many Node-RED nodes (configuration, UI groups)
                 // take no messages, and the import must not turn them into errors.
                 { { QStringLiteral("in"), PortDirection::Input, PortKind::Message, false } },
                 { objectField("nodered", FS_TEXT("Node-RED node"), T::Object, true,
                               FS_TEXT("The node's Node-RED properties, as imported."),
                               { field("type", FS_TEXT("Node-RED type"), T::String, true,
                                       FS_TEXT("The node's type in Node-RED.")) }) }),
    };
    for (NodeType &t : m_types)
        t.hasCasePorts = t.id == QLatin1String("route.choice");
}

#undef FS_TEXT

const NodeCatalog &NodeCatalog::instance()
{
    static const NodeCatalog catalog;
    return catalog;
}

const ConfigField *NodeType::configField(const QString &key) const
{
    for (const ConfigField &f : configFields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const NodeType *NodeCatalog::type(const QString &id) const
{
    for (const NodeType &t : m_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<const NodeType *> NodeCatalog::types(NodeCategory category) const
{
    QList<const NodeType *> result;
    for (const NodeType &t : m_types)
        if (t.category == category)
            result.append(&t);
    return result;
}

QString NodeCatalog::categoryName(NodeCategory category)
{
    switch (category) {
    case NodeCategory::Source:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Sources"));
    case NodeCategory::Transform:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Transforms"));
    case NodeCategory::Route:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Routing"));
    case NodeCategory::Quality:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Quality"));
    case NodeCategory::Security:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Security"));
    case NodeCategory::Error:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Errors"));
    case NodeCategory::Sink:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Sinks"));
    case NodeCategory::Foreign:
        return QStringLiteral(QT_TRANSLATE_NOOP("NodeCatalog", "Other"));
    }
    return {};
}

QList<PortSpec> NodeCatalog::ports(const FlowNode &node) const
{
    const NodeType *t = type(node.type);
    if (!t)
        return {};
    if (t->category == NodeCategory::Foreign) {
        // One output per wire list of the Node-RED node: out1, out2, …
        QList<PortSpec> result = t->ports;
        const QVariantMap nodered = node.config.value(QStringLiteral("nodered")).toMap();
        const qsizetype outputs = nodered.value(QStringLiteral("wires")).toList().size();
        for (qsizetype i = 0; i < outputs; ++i)
            result.append({ QStringLiteral("out%1").arg(i + 1), PortDirection::Output,
                            PortKind::Message, false });
        return result;
    }
    if (!t->hasCasePorts)
        return t->ports;
    // Case ports come after the input and before the fixed outputs ("otherwise").
    QList<PortSpec> result;
    for (const PortSpec &p : t->ports)
        if (p.direction == PortDirection::Input)
            result.append(p);
    for (const QVariant &entry : node.config.value(QStringLiteral("cases")).toList()) {
        const QString id = entry.toMap().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            result.append({ id, PortDirection::Output, PortKind::Message, false });
    }
    for (const PortSpec &p : t->ports)
        if (p.direction == PortDirection::Output)
            result.append(p);
    return result;
}

std::optional<PortSpec> NodeCatalog::port(const FlowNode &node, const QString &portName) const
{
    for (const PortSpec &p : ports(node))
        if (p.name == portName)
            return p;
    return std::nullopt;
}

} // namespace Flowsmith
