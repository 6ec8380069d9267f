#include "nodepropertycommands.h"

#include "flowdocument.h"

namespace Flowsmith {

namespace {

QString nodeLabel(FlowDocument *document, const QString &nodeId)
{
    const FlowNode *node = document->node(nodeId);
    return node ? node->displayName() : nodeId;
}

} // namespace

RenameNodeCommand::RenameNodeCommand(FlowDocument *document, const QString &nodeId,
                                     const QString &name, QUndoCommand *parent)
    : ChangeValueCommand(document, name, tr("Rename node %1").arg(nodeLabel(document, nodeId)),
                         parent)
    , m_nodeId(nodeId)
{ }

bool RenameNodeCommand::isApplicable() const
{
    return document()->node(m_nodeId) != nullptr;
}

QString RenameNodeCommand::value() const
{
    return document()->node(m_nodeId)->name;
}

void RenameNodeCommand::setValue(const QString &value)
{
    document()->setNodeName(m_nodeId, value);
}

ChangeNodeIdCommand::ChangeNodeIdCommand(FlowDocument *document, const QString &oldId,
                                         const QString &newId, QUndoCommand *parent)
    : QUndoCommand(tr("Change node id %1 to %2").arg(oldId, newId), parent)
    , m_document(document)
    , m_oldId(oldId)
    , m_newId(newId)
{ }

void ChangeNodeIdCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        if (m_newId.isEmpty() || m_newId == m_oldId || !m_document->node(m_oldId)
            || m_document->node(m_newId)) {
            setObsolete(true);
            return;
        }
        const QList<FlowEdge> &edges = m_document->flow().edges;
        for (int i = 0; i < edges.size(); ++i) {
            if (edges.at(i).from.node == m_oldId)
                m_fromEdges.append(i);
            if (edges.at(i).to.node == m_oldId)
                m_toEdges.append(i);
        }
        const QList<FlowGroup> &groups = m_document->flow().groups;
        for (int g = 0; g < groups.size(); ++g) {
            QList<int> positions;
            for (int m = 0; m < groups.at(g).nodes.size(); ++m)
                if (groups.at(g).nodes.at(m) == m_oldId)
                    positions.append(m);
            if (!positions.isEmpty())
                m_groupMembers.append({ g, positions });
        }
    }
    // The node first, then its groups: when groupChanged arrives, the members resolve.
    m_document->setNodeId(m_oldId, m_newId, m_fromEdges, m_toEdges);
    renameMembers(m_newId);
}

void ChangeNodeIdCommand::undo()
{
    m_document->setNodeId(m_newId, m_oldId, m_fromEdges, m_toEdges);
    renameMembers(m_oldId);
}

void ChangeNodeIdCommand::renameMembers(const QString &id)
{
    for (const auto &[index, positions] : std::as_const(m_groupMembers)) {
        FlowGroup group = m_document->flow().groups.at(index);
        for (int position : positions)
            group.nodes[position] = id;
        m_document->setGroup(index, group);
    }
}

SetNodeConfigCommand::SetNodeConfigCommand(FlowDocument *document, const QString &nodeId,
                                           const QString &key, const std::optional<QVariant> &value,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Change %1 of %2").arg(key, nodeLabel(document, nodeId)), parent)
    , m_document(document)
    , m_nodeId(nodeId)
    , m_key(key)
    , m_value(value)
{ }

SetNodeConfigCommand::SetNodeConfigCommand(FlowDocument *document, const QString &nodeId,
                                           const QVariantMap &config, QUndoCommand *parent)
    : QUndoCommand(tr("Change configuration of %1").arg(nodeLabel(document, nodeId)), parent)
    , m_document(document)
    , m_nodeId(nodeId)
    , m_newConfig(config)
{ }

void SetNodeConfigCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        const FlowNode *node = m_document->node(m_nodeId);
        if (!node) {
            setObsolete(true);
            return;
        }
        m_oldConfig = node->config;
        if (!m_key.isEmpty()) {
            m_newConfig = m_oldConfig;
            if (m_value)
                m_newConfig.insert(m_key, *m_value);
            else
                m_newConfig.remove(m_key);
        }
        if (m_newConfig == m_oldConfig) {
            setObsolete(true);
            return;
        }
    }
    m_document->setNodeConfig(m_nodeId, m_newConfig);
}

void SetNodeConfigCommand::undo()
{
    m_document->setNodeConfig(m_nodeId, m_oldConfig);
}

SetNodesConfigCommand::SetNodesConfigCommand(FlowDocument *document, const QStringList &nodeIds,
                                             const QString &key,
                                             const std::optional<QVariant> &value,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
{
    for (const QString &id : nodeIds) {
        const FlowNode *node = document->node(id);
        if (!node)
            continue;
        const bool same = value ? node->config.contains(key) && node->config.value(key) == *value
                                : !node->config.contains(key);
        if (!same)
            new SetNodeConfigCommand(document, id, key, value, this);
    }
    if (childCount() == 1 && nodeIds.size() == 1)
        setText(child(0)->text());
    else
        setText(tr("Change %1 of %n nodes", nullptr, int(nodeIds.size())).arg(key));
}

void SetNodesConfigCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
