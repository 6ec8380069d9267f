#include "edgecommands.h"

#include "flowdocument.h"

#include <algorithm>

namespace Flowsmith {

ConnectPortsCommand::ConnectPortsCommand(FlowDocument *document, const PortRef &from,
                                         const PortRef &to, QUndoCommand *parent)
    : QUndoCommand(tr("Connect %1 to %2").arg(from.toString(), to.toString()), parent)
    , m_document(document)
{
    m_edge.from = from;
    m_edge.to = to;
}

void ConnectPortsCommand::redo()
{
    if (m_index < 0) {
        // An address the file format cannot carry ("node.port", ports without dots) would
        // make the file unreadable; an edge that is already there would be drawn twice.
        const auto malformed = [](const PortRef &ref) {
            return ref.node.isEmpty() || ref.port.isEmpty() || ref.port.contains(u'.');
        };
        if (malformed(m_edge.from) || malformed(m_edge.to)
            || m_document->flow().edges.contains(m_edge)) {
            setObsolete(true);
            return;
        }
        m_index = int(m_document->flow().edges.size());
    }
    m_document->insertEdge(m_index, m_edge);
}

void ConnectPortsCommand::undo()
{
    m_document->takeEdge(m_index);
}

DisconnectPortsCommand::DisconnectPortsCommand(FlowDocument *document, const QList<FlowEdge> &edges,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_wanted(edges)
{
    if (edges.size() == 1) {
        setText(tr("Disconnect %1 from %2")
                    .arg(edges.constFirst().from.toString(), edges.constFirst().to.toString()));
    } else {
        setText(tr("Remove %n edge(s)", nullptr, int(edges.size())));
    }
}

DisconnectPortsCommand::DisconnectPortsCommand(FlowDocument *document, const PortRef &from,
                                               const PortRef &to, QUndoCommand *parent)
    : DisconnectPortsCommand(document, QList<FlowEdge> { FlowEdge { from, to, {}, {} } }, parent)
{ }

void DisconnectPortsCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        const QList<FlowEdge> &edges = m_document->flow().edges;
        QList<int> indexes;
        for (const FlowEdge &wanted : std::as_const(m_wanted)) {
            // A duplicated edge is removed once per time it is named.
            for (int i = 0; i < edges.size(); ++i) {
                if (edges.at(i) == wanted && !indexes.contains(i)) {
                    indexes.append(i);
                    break;
                }
            }
        }
        std::sort(indexes.begin(), indexes.end());
        for (int i : std::as_const(indexes))
            m_edges.append({ i, edges.at(i) });
        if (m_edges.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_document->takeEdge(it->first);
}

void DisconnectPortsCommand::undo()
{
    for (const auto &[index, edge] : std::as_const(m_edges))
        m_document->insertEdge(index, edge);
}

ReconnectEdgeCommand::ReconnectEdgeCommand(FlowDocument *document, const FlowEdge &edge,
                                           const PortRef &from, const PortRef &to,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Reconnect %1").arg(edge.from.toString()), parent)
{
    // A child that dropped itself would still be undone: decide here what ConnectPortsCommand
    // would refuse (an edge drawn already, an address the file cannot carry).
    const auto malformed = [](const PortRef &ref) {
        return ref.node.isEmpty() || ref.port.isEmpty() || ref.port.contains(u'.');
    };
    FlowEdge wanted = edge;
    wanted.from = from;
    wanted.to = to;
    if (!document->flow().edges.contains(edge) || document->flow().edges.contains(wanted)
        || malformed(from) || malformed(to))
        return;
    new DisconnectPortsCommand(document, { edge }, this);
    new ConnectPortsCommand(document, from, to, this);
}

void ReconnectEdgeCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
