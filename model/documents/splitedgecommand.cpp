#include "splitedgecommand.h"

#include "edgecommands.h"
#include "flowdocument.h"
#include "model/core/nodecatalog.h"

namespace Flowsmith {

namespace {

QString firstPort(const FlowDocument *document, const QString &nodeId, PortDirection direction)
{
    const FlowNode *node = document->node(nodeId);
    if (!node)
        return {};
    for (const PortSpec &port : NodeCatalog::instance().ports(*node))
        if (port.direction == direction)
            return port.name;
    return {};
}

} // namespace

SplitEdgeCommand::SplitEdgeCommand(FlowDocument *document, const FlowEdge &edge,
                                   const QString &nodeId, QUndoCommand *parent)
    : QUndoCommand(tr("Insert node %1 into edge").arg(nodeId), parent)
{
    const QString in = firstPort(document, nodeId, PortDirection::Input);
    const QString out = firstPort(document, nodeId, PortDirection::Output);
    new DisconnectPortsCommand(document, { edge }, this);
    new ConnectPortsCommand(document, edge.from, { nodeId, in }, this);
    new ConnectPortsCommand(document, { nodeId, out }, edge.to, this);
}

bool SplitEdgeCommand::canSplit(const FlowDocument *document, const FlowEdge &edge,
                                const QString &nodeId)
{
    if (edge.from.node == nodeId || edge.to.node == nodeId)
        return false;
    return !firstPort(document, nodeId, PortDirection::Input).isEmpty()
        && !firstPort(document, nodeId, PortDirection::Output).isEmpty();
}

} // namespace Flowsmith
