#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Flowsmith {

struct FlowNode;

enum class PortDirection { Input, Output };

/// What travels on a port. Messages flow everywhere; a `response` port carries what a called
/// system answered, an `error` port a message that failed with its error attached. Ports of
/// different kinds still connect (all are messages) — the kind is for drawing and for checks.
enum class PortKind { Message, Response, Error };

struct PortSpec
{
    QString name;
    PortDirection direction = PortDirection::Input;
    PortKind kind = PortKind::Message;
    bool required = false; ///< an input that must be connected for the node to do anything
};

enum class ConfigFieldType {
    String, ///< one line of text
    Text, ///< several lines
    Number,
    Integer,
    Boolean,
    Enum, ///< one of `enumValues`
    System, ///< id of a system in flowsmith.yaml
    Mapping, ///< id of mappings/<id>.map.yaml
    Schema, ///< id of schemas/<id>.schema.json
    Expression, ///< JSONata
    StringList,
    ObjectList, ///< a list of objects with `itemFields`
    Object, ///< one object with `itemFields` (sink.http's retry)
};

struct ConfigField
{
    QString key;
    QString
        label; ///< untranslated; views translate with QCoreApplication::translate("NodeCatalog", …)
    ConfigFieldType type = ConfigFieldType::String;
    bool required = false;
    QStringList enumValues;
    QVariant defaultValue;
    QString description;
    QList<ConfigField> itemFields; ///< for ObjectList
};

enum class NodeCategory { Source, Transform, Route, Quality, Security, Error, Sink, Foreign };

/// A node type of design §3.
struct NodeType
{
    QString id; ///< "route.filter"
    NodeCategory category = NodeCategory::Transform;
    QString displayName; ///< untranslated, "Filter"
    QString description;
    QString icon; ///< resource path of an SVG, ":/icons/nodes/route.filter.svg"
    QList<PortSpec> ports;
    QList<ConfigField> configFields;
    /// route.choice: besides its fixed ports it has one output per entry of config `cases`,
    /// named by the entry's `id`.
    bool hasCasePorts = false;

    const ConfigField *configField(const QString &key) const;
    bool isSource() const
    {
        return category == NodeCategory::Source || id == QLatin1String("error.catch");
    }
    bool isSink() const { return category == NodeCategory::Sink; }
};

/// The registry of node types. One instance, built once; the studio's palette, the
/// validator, the simulator and the exporters all read it.
class NodeCatalog
{
public:
    static const NodeCatalog &instance();

    const QList<NodeType> &types() const { return m_types; }
    const NodeType *type(const QString &id) const;
    QList<const NodeType *> types(NodeCategory category) const;
    static QString categoryName(NodeCategory category); ///< untranslated, "Sources"

    /// The ports a concrete node has: the type's, plus route.choice's case ports.
    QList<PortSpec> ports(const FlowNode &node) const;
    std::optional<PortSpec> port(const FlowNode &node, const QString &portName) const;

private:
    NodeCatalog();
    QList<NodeType> m_types;
};

} // namespace Flowsmith
