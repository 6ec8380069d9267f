#pragma once

#include <QColor>
#include <QHash>
#include <QString>

namespace Flowsmith {

/// What other tools paint over a flow on the canvas without changing the flow: the simulator
/// (current node, message counts on edges, test coverage heat), the semantic diff (added,
/// removed and changed nodes). The canvas draws it on top of its own painting; an empty overlay
/// draws nothing.
struct CanvasOverlay
{
    /// Node id -> tint drawn over the node (e.g. green = added, heat for coverage).
    QHash<QString, QColor> nodeTint;
    /// Node id -> short text shown in a badge on the node (e.g. "12", "95%", "changed").
    QHash<QString, QString> nodeBadge;
    /// Edge key "from.port->to.port" (FlowEdge::from.toString() + "->" + to.toString())
    /// -> label drawn at the middle of the edge (e.g. a message count).
    QHash<QString, QString> edgeLabel;
    /// Edge key -> tint of the edge curve.
    QHash<QString, QColor> edgeTint;
    /// The node to mark as current (the simulator's paused position); empty for none.
    QString currentNode;
    /// Nodes that no longer exist in the flow but should be drawn as ghosts (the diff's
    /// removed nodes): id -> (name, position).
    struct Ghost
    {
        QString name;
        QString type;
        double x = 0;
        double y = 0;
    };
    QHash<QString, Ghost> ghosts;

    bool isEmpty() const
    {
        return nodeTint.isEmpty() && nodeBadge.isEmpty() && edgeLabel.isEmpty()
            && edgeTint.isEmpty() && currentNode.isEmpty() && ghosts.isEmpty();
    }
};

} // namespace Flowsmith
