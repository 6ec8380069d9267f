#include "nodecommands.h"

#include "flowdocument.h"
#include "model/core/nodecatalog.h"

#include <QSet>

#include <algorithm>

namespace Flowsmith {

AddNodesCommand::AddNodesCommand(FlowDocument *document, QList<FlowNode> nodes,
                                 QList<FlowEdge> edges, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_nodes(std::move(nodes))
    , m_edges(std::move(edges))
{
    // Pasting the same nodes twice must not give two nodes one id: rename the copies, and the
    // edges among them with them.
    // A node of a type the catalog does not know would make the file unreadable (design §2):
    // leave it out, with the given edges that touch it.
    QSet<QString> unknown;
    m_nodes.removeIf([&](const FlowNode &node) {
        if (NodeCatalog::instance().type(node.type))
            return false;
        unknown.insert(node.id);
        return true;
    });
    m_edges.removeIf([&](const FlowEdge &edge) {
        return unknown.contains(edge.from.node) || unknown.contains(edge.to.node);
    });

    QSet<QString> taken;
    QHash<QString, QString> renamed;
    const auto isFree = [&](const QString &id) {
        return !document->node(id) && !taken.contains(id);
    };
    for (FlowNode &node : m_nodes) {
        const QString base = node.id.isEmpty() ? QStringLiteral("node") : node.id;
        QString id = base;
        for (int n = 2; !isFree(id); ++n)
            id = base + u'-' + QString::number(n);
        taken.insert(id);
        if (id != node.id) {
            renamed.insert(node.id, id);
            node.id = id;
        }
    }
    for (FlowEdge &edge : m_edges) {
        edge.from.node = renamed.value(edge.from.node, edge.from.node);
        edge.to.node = renamed.value(edge.to.node, edge.to.node);
    }

    if (m_nodes.size() == 1)
        setText(tr("Add node %1").arg(m_nodes.constFirst().displayName()));
    else
        setText(tr("Add %n node(s)", nullptr, int(m_nodes.size())));
}

void AddNodesCommand::redo()
{
    if (m_nodes.isEmpty() && m_edges.isEmpty()) {
        setObsolete(true);
        return;
    }
    for (const FlowNode &node : std::as_const(m_nodes))
        m_document->insertNode(int(m_document->flow().nodes.size()), node);
    for (const FlowEdge &edge : std::as_const(m_edges))
        m_document->insertEdge(int(m_document->flow().edges.size()), edge);
}

void AddNodesCommand::undo()
{
    // What redo appended is still at the end: later commands have been undone.
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        m_document->takeEdge(int(m_document->flow().edges.size()) - 1);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_document->takeNode(int(m_document->flow().nodes.size()) - 1);
}

QStringList AddNodesCommand::nodeIds() const
{
    QStringList ids;
    for (const FlowNode &node : m_nodes)
        ids.append(node.id);
    return ids;
}

RemoveNodesCommand::RemoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_nodeIds(nodeIds)
{
    const FlowNode *node = nodeIds.size() == 1 ? document->node(nodeIds.constFirst()) : nullptr;
    if (node)
        setText(tr("Remove node %1").arg(node->displayName()));
    else
        setText(tr("Remove %n node(s)", nullptr, int(nodeIds.size())));
}

void RemoveNodesCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        const Flow &flow = m_document->flow();
        const QSet<QString> ids(m_nodeIds.cbegin(), m_nodeIds.cend());
        for (int i = 0; i < flow.nodes.size(); ++i) {
            if (ids.contains(flow.nodes.at(i).id))
                m_nodes.append({ i, flow.nodes.at(i) });
        }
        for (int i = 0; i < flow.edges.size(); ++i) {
            const FlowEdge &edge = flow.edges.at(i);
            if (ids.contains(edge.from.node) || ids.contains(edge.to.node))
                m_edges.append({ i, edge });
        }
        for (int i = 0; i < flow.groups.size(); ++i) {
            const FlowGroup &group = flow.groups.at(i);
            if (std::any_of(group.nodes.cbegin(), group.nodes.cend(),
                            [&](const QString &id) { return ids.contains(id); }))
                m_groups.append({ i, group });
        }
        if (m_nodes.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    // Back to front, so that the recorded indexes stay right; edges first, so that no view
    // ever sees an edge whose node is gone.
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_document->takeEdge(it->first);
    // A group keeps its other members (and stays, even if none are left): no dangling ids.
    const QSet<QString> ids(m_nodeIds.cbegin(), m_nodeIds.cend());
    for (const auto &[index, group] : std::as_const(m_groups)) {
        FlowGroup kept = group;
        kept.nodes.removeIf([&](const QString &id) { return ids.contains(id); });
        m_document->setGroup(index, kept);
    }
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m_document->takeNode(it->first);
}

void RemoveNodesCommand::undo()
{
    for (const auto &[index, node] : std::as_const(m_nodes))
        m_document->insertNode(index, node);
    for (const auto &[index, edge] : std::as_const(m_edges))
        m_document->insertEdge(index, edge);
    for (const auto &[index, group] : std::as_const(m_groups))
        m_document->setGroup(index, group);
}

} // namespace Flowsmith
