#pragma once

#include <QSizeF>

namespace Flowsmith {

struct FlowNode;

/// How big the canvas draws a node and how far apart auto-layout keeps them, in scene units.
/// The defaults match the canvas; a caller that draws differently passes its own.
struct LayoutMetrics
{
    qreal nodeWidth = 180;
    /// Height of a node with at most one port on each side.
    qreal nodeHeight = 64;
    /// Extra height for each port beyond the first on the busier side.
    qreal portRowHeight = 20;
    /// Horizontal gap between two ranks (columns, left to right).
    qreal rankSeparation = 60;
    /// Vertical gap between two nodes of one rank.
    qreal nodeSeparation = 32;

    /// The size of `node` as drawn: taller when it has many ports (route.choice cases).
    QSizeF nodeSize(const FlowNode &node) const;
};

} // namespace Flowsmith
