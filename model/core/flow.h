#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Flowsmith {

/// One node of a flow. `config` holds the type's configuration as plain values
/// (QString, qint64, double, bool, QVariantList, QVariantMap, invalid QVariant for null);
/// the node catalog says which keys a type knows. Keys it does not know are kept.
struct FlowNode
{
    QString id;
    QString type;
    QString name;
    QPointF at;
    QVariantMap config;
    SourcePosition position; ///< where the node starts in its file (read-only, for messages)
    YamlOrigin origin; ///< the node as read: unknown keys and styles survive a save

    /// The name to show: `name`, or the id when the node has none.
    QString displayName() const { return name.isEmpty() ? id : name; }
};

/// A port address "node.port" as written in the flow file.
struct PortRef
{
    QString node;
    QString port;

    QString toString() const { return node + u'.' + port; }
    static PortRef parse(const QString &text); ///< "a.out" -> {a, out}; no dot -> port empty
    friend bool operator==(const PortRef &, const PortRef &) = default;
};

struct FlowEdge
{
    PortRef from;
    PortRef to;
    SourcePosition position;
    YamlOrigin origin;

    friend bool operator==(const FlowEdge &a, const FlowEdge &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

/// A titled frame around some nodes on the canvas; it moves with its nodes. `nodes` lists the
/// member ids in the order written. `color` is a CSS colour name or #rrggbb, empty for the
/// default.
struct FlowGroup
{
    QString id;
    QString title;
    QStringList nodes;
    QString color;
    SourcePosition position;
    YamlOrigin origin;
};

/// A sticky comment on the canvas. `size` is empty when the file gives none (the canvas then
/// uses its default size).
struct FlowNote
{
    QString id;
    QString text;
    QPointF at;
    QSizeF size;
    SourcePosition position;
    YamlOrigin origin;
};

/// Who answers for a flow (design §2). Dates are ISO yyyy-MM-dd strings as written.
struct Governance
{
    QString owner;
    QString businessOwner;
    QString steward;
    QString retireBy;
    QString classification;
    QStringList capabilities;
    SourcePosition position;
    YamlOrigin origin;

    bool isEmpty() const;
};

struct ServiceLevel
{
    std::optional<double> latencyMs;
    std::optional<double> successRate;
    SourcePosition position;
    YamlOrigin origin;
};

/// A flow file (flows/<id>.flow.yaml): nodes, edges, layout, governance and SLOs.
/// Plain data: FlowDocument owns one and is the only way the studio changes it.
class Flow
{
public:
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString id;
    QString name;
    QString description;
    Governance governance;
    ServiceLevel slo;
    QList<FlowNode> nodes;
    QList<FlowEdge> edges;
    QList<FlowGroup> groups;
    QList<FlowNote> notes;
    YamlOrigin origin;

    int indexOfNode(const QString &nodeId) const;
    int indexOfGroup(const QString &groupId) const;
    int indexOfNote(const QString &noteId) const;
    const FlowNode *node(const QString &nodeId) const;
    FlowNode *node(const QString &nodeId);

    /// Parses flow YAML. `fileName` is only used in errors. Never throws.
    static std::optional<Flow> fromYaml(const QByteArray &bytes, const QString &fileName,
                                        FileError *error);
    /// Canonical YAML: stable key order, two-space indentation, trailing newline, the styles
    /// and unknown keys of what was read.
    QByteArray toYaml() const;

    static std::optional<Flow> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const; ///< atomic (QSaveFile)
};

} // namespace Flowsmith
