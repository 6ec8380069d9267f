#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace Flowsmith {

/// One difference between two versions of a flow, as FlowDiff reports it. `field` is a
/// dotted path (config.retry.count, governance.owner); `oldValue`/`newValue` are empty when
/// the field did not exist on that side. Edges are named by their ports.
struct FlowChange
{
    enum Kind {
        FlowPropertyChanged, ///< id, name or description
        GovernanceChanged,
        SloChanged,
        NodeAdded,
        NodeRemoved,
        NodeMoved,
        NodeRenamed,
        NodeTypeChanged,
        NodeConfigChanged,
        EdgeAdded,
        EdgeRemoved,
    };

    Kind kind = FlowPropertyChanged;
    QString nodeId; ///< node kinds only
    QString nodeType; ///< NodeAdded / NodeRemoved: the node's type
    QString from; ///< edge kinds: "node.port"
    QString to;
    QString field;
    std::optional<QVariant> oldValue;
    std::optional<QVariant> newValue;

    /// One line: `~ node erp: config.path "/orders" → "/sales-orders"`.
    QString toText() const;
    QJsonObject toJson() const;
    static QString kindName(Kind kind); ///< stable JSON name, e.g. "nodeConfigChanged"
};

} // namespace Flowsmith
