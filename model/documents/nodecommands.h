#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>

namespace Flowsmith {

class FlowDocument;

/// Adds nodes at the end of the flow, with the edges among them (or to nodes already there),
/// as a paste or a drop from the palette does. Ids already taken get a suffix
/// (FlowDocument::uniqueNodeId) and the given edges follow; nodeIds() tells the ids used.
/// Nodes of a type the node catalog does not know are left out (with their edges): the file
/// could not be read back.
class AddNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNodesCommand)

public:
    AddNodesCommand(FlowDocument *document, QList<FlowNode> nodes, QList<FlowEdge> edges = {},
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QStringList nodeIds() const;

private:
    FlowDocument *m_document;
    QList<FlowNode> m_nodes;
    QList<FlowEdge> m_edges;
};

/// Removes nodes and every edge that touches them. Undo puts each node and edge back at the
/// position in its list it had, with the YAML it was read from, so the file comes back
/// byte for byte.
class RemoveNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNodesCommand)

public:
    RemoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    QStringList m_nodeIds;
    bool m_recorded = false;
    QList<std::pair<int, FlowNode>> m_nodes; // ascending index
    QList<std::pair<int, FlowEdge>> m_edges; // ascending index
    QList<std::pair<int, FlowGroup>> m_groups; // groups that named a removed node, as they were
};

} // namespace Flowsmith
