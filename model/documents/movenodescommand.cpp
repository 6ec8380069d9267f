#include "movenodescommand.h"

#include "commandid.h"
#include "flowdocument.h"

namespace Flowsmith {

namespace {

QString moveText(FlowDocument *document, const QStringList &nodeIds)
{
    const FlowNode *node = nodeIds.size() == 1 ? document->node(nodeIds.constFirst()) : nullptr;
    if (node)
        return MoveNodesCommand::tr("Move node %1").arg(node->displayName());
    return MoveNodesCommand::tr("Move %n node(s)", nullptr, int(nodeIds.size()));
}

} // namespace

MoveNodesCommand::MoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                                   const QList<QPointF> &positions, QUndoCommand *parent)
    : QUndoCommand(moveText(document, nodeIds), parent)
    , m_document(document)
    , m_nodeIds(nodeIds)
    , m_newPositions(positions)
{
    for (const QString &id : nodeIds) {
        const FlowNode *node = document->node(id);
        m_oldPositions.append(node ? node->at : QPointF());
    }
}

MoveNodesCommand::MoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                                   const QList<QPointF> &oldPositions,
                                   const QList<QPointF> &positions, Mode mode, QUndoCommand *parent)
    : QUndoCommand(moveText(document, nodeIds), parent)
    , m_document(document)
    , m_nodeIds(nodeIds)
    , m_oldPositions(oldPositions)
    , m_newPositions(positions)
    , m_skipRedo(mode == Mode::AlreadyApplied)
{ }

void MoveNodesCommand::redo()
{
    if (m_nodeIds.size() != m_newPositions.size() || m_nodeIds.size() != m_oldPositions.size()
        || m_oldPositions == m_newPositions) {
        setObsolete(true);
        return;
    }
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_newPositions);
}

void MoveNodesCommand::undo()
{
    apply(m_oldPositions);
}

int MoveNodesCommand::id() const
{
    return MoveNodesCommandId;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodesCommand *>(other);
    if (move->m_document != m_document || move->m_nodeIds != m_nodeIds
        || move->m_newPositions.size() != m_nodeIds.size())
        return false;
    m_newPositions = move->m_newPositions;
    setObsolete(m_newPositions == m_oldPositions);
    return true;
}

void MoveNodesCommand::apply(const QList<QPointF> &positions)
{
    for (qsizetype i = 0; i < m_nodeIds.size(); ++i)
        m_document->setNodePosition(m_nodeIds.at(i), positions.at(i));
}

} // namespace Flowsmith
