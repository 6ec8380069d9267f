#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>

namespace Flowsmith {

class FlowDocument;

/// Draws an edge from an output port to an input port, at the end of the edge list. An edge
/// that is already there, or a port address that is empty or has a dot in the port name, is not
/// drawn (the command drops itself). Whether the ports fit
/// is validation's business: a half-finished flow may be saved.
class ConnectPortsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectPortsCommand)

public:
    ConnectPortsCommand(FlowDocument *document, const PortRef &from, const PortRef &to,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    FlowEdge m_edge;
    int m_index = -1;
};

/// Removes edges; undo puts each back at its place in the edge list.
class DisconnectPortsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectPortsCommand)

public:
    DisconnectPortsCommand(FlowDocument *document, const QList<FlowEdge> &edges,
                           QUndoCommand *parent = nullptr);
    DisconnectPortsCommand(FlowDocument *document, const PortRef &from, const PortRef &to,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    QList<FlowEdge> m_wanted;
    bool m_recorded = false;
    QList<std::pair<int, FlowEdge>> m_edges; // ascending index
};

/// Moves one end (or both) of an edge to other ports, in one undo step: the old edge out, the
/// new one in at the end of the list. When the old edge is gone, or the new one is the old,
/// the command drops itself.
class ReconnectEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectEdgeCommand)

public:
    ReconnectEdgeCommand(FlowDocument *document, const FlowEdge &edge, const PortRef &from,
                         const PortRef &to, QUndoCommand *parent = nullptr);

    void redo() override;
};

} // namespace Flowsmith
