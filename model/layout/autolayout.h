#pragma once

#include "model/layout/layoutmetrics.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowsmith {

class Flow;

/// Arranges a flow's nodes left to right with graphviz's `dot`, run in process. Ports are
/// respected: inputs sit on a node's left edge and outputs on its right, in the catalog's order,
/// so that dot orders the nodes to keep edges from crossing. Positions are the nodes' top-left
/// corners in the canvas's y-down scene coordinates (FlowNode::at).
class AutoLayout
{
public:
    /// Lays out `subset` (empty: every node) using only the edges between its nodes. The result
    /// holds a position for every laid-out node; the top-left of their bounding box stays where
    /// it was, so the view does not jump. Nodes outside the subset are not in the result.
    /// Returns std::nullopt with `error` set when graphviz fails. Thread-safe: graphviz is not
    /// re-entrant, so calls are serialised.
    static std::optional<QHash<QString, QPointF>> compute(const Flow &flow,
                                                          const QStringList &subset, QString *error,
                                                          const LayoutMetrics &metrics = {});
};

} // namespace Flowsmith
