#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QHash>
#include <QList>
#include <QMutex>
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

    /// The index in `nodes` of the first node with that id, -1 when there is none. Near
    /// constant time through an id -> index hash that checks itself against `nodes` on every
    /// call, so changes made through node() or directly to `nodes` need no notice. One limit:
    /// while two nodes share an id (an error, FS110), an edit of `nodes` that keeps its length
    /// (a swap or rename in place, a remove and an insert between two lookups) may make it
    /// return the later of them. Safe to call from several threads on one const Flow, like the
    /// rest of the const API.
    int indexOfNode(const QString &nodeId) const;
    int indexOfGroup(const QString &groupId) const;
    int indexOfNote(const QString &noteId) const;
    const FlowNode *node(const QString &nodeId) const;
    /// The node to change in place (its id too); nullptr when there is none.
    FlowNode *node(const QString &nodeId);

    /// Parses flow YAML. `fileName` is only used in errors. Never throws.
    static std::optional<Flow> fromYaml(const QByteArray &bytes, const QString &fileName,
                                        FileError *error);
    /// Canonical YAML: stable key order, two-space indentation, trailing newline, the styles
    /// and unknown keys of what was read.
    QByteArray toYaml() const;

    static std::optional<Flow> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const; ///< atomic (QSaveFile)

private:
    // The hash behind indexOfNode(). `nodes` is a public list that many places edit directly,
    // so nothing can promise to tell the cache about every change: it validates itself instead
    // (flow.cpp). A copied Flow starts with an empty cache, so copies share no mutable state.
    class NodeIndex
    {
    public:
        NodeIndex() = default;
        NodeIndex(const NodeIndex &) { }
        NodeIndex &operator=(const NodeIndex &other);

        int find(const QList<FlowNode> &nodes, const QString &id);
        /// A writable reference to nodes[index] was handed out: its id may change.
        void touch(int index);

    private:
        void rebuild(const QList<FlowNode> &nodes);
        bool isCurrent(const QList<FlowNode> &nodes) const;

        QMutex m_mutex;
        QHash<QString, int> m_index; ///< id -> first index, as of the last rebuild
        const FlowNode *m_data = nullptr; ///< nodes.constData() at the last rebuild
        qsizetype m_size = -1; ///< nodes.size() at the last rebuild; -1: never built
        int m_touched = -1;
        bool m_stale = false; ///< the list changed since the last rebuild: m_index is not used
        int m_staleLookups = 0; ///< lookups answered by a scan since the list changed
    };

    mutable NodeIndex m_nodeIndex;
};

} // namespace Flowsmith
