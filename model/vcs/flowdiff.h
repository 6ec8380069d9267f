#pragma once

#include "model/core/flow.h"
#include "model/vcs/flowchange.h"

#include <QJsonObject>
#include <QList>

namespace Flowsmith {

/// The semantic difference between two versions of a flow: what a person changed, by
/// meaning rather than by line. Nodes are matched by id and edges by their two ports, so
/// reordering the file or restyling YAML is no change. Changes come in a stable order: the
/// flow's own properties, then removed, added and changed nodes, then removed and added edges.
class FlowDiff
{
public:
    static FlowDiff compare(const Flow &oldFlow, const Flow &newFlow);

    const QList<FlowChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    /// One line per change, each ending in a newline; empty when the flows are equal.
    QString toText() const;
    /// {"equal": bool, "changes": [ FlowChange::toJson()… ]}
    QJsonObject toJson() const;

private:
    QList<FlowChange> m_changes;
};

} // namespace Flowsmith
