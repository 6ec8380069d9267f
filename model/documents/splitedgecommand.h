#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;

/// Puts a node into an edge: a → b becomes a → node → b, through the node's first input and
/// first output port. One undo step (its children are a DisconnectPortsCommand and two
/// ConnectPortsCommands).
class SplitEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitEdgeCommand)

public:
    SplitEdgeCommand(FlowDocument *document, const FlowEdge &edge, const QString &nodeId,
                     QUndoCommand *parent = nullptr);

    /// Whether the node has an input and an output and is not already an end of the edge.
    static bool canSplit(const FlowDocument *document, const FlowEdge &edge, const QString &nodeId);
};

} // namespace Flowsmith
