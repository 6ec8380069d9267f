#include "livenodemove.h"

#include "flowdocument.h"
#include "movenodescommand.h"

#include <QUndoStack>

namespace Flowsmith {

LiveNodeMove::LiveNodeMove(FlowDocument *document, const QStringList &nodeIds)
    : m_document(document)
{
    for (const QString &id : nodeIds) {
        if (const FlowNode *node = document->node(id)) {
            m_nodeIds.append(id);
            m_startPositions.append(node->at);
        }
    }
    m_positions = m_startPositions;
}

LiveNodeMove::~LiveNodeMove()
{
    cancel();
}

void LiveNodeMove::moveBy(QPointF offset)
{
    QList<QPointF> positions;
    for (const QPointF &start : std::as_const(m_startPositions))
        positions.append(start + offset);
    moveTo(positions);
}

void LiveNodeMove::moveTo(const QList<QPointF> &positions)
{
    if (!m_active || !m_document || positions.size() != m_nodeIds.size())
        return;
    m_positions = positions;
    for (qsizetype i = 0; i < m_nodeIds.size(); ++i)
        m_document->setNodePosition(m_nodeIds.at(i), positions.at(i));
}

void LiveNodeMove::finish()
{
    if (!m_active || !m_document)
        return;
    m_active = false;
    if (m_positions == m_startPositions)
        return;
    m_document->undoStack()->push(new MoveNodesCommand(m_document, m_nodeIds, m_startPositions,
                                                       m_positions,
                                                       MoveNodesCommand::Mode::AlreadyApplied));
}

void LiveNodeMove::cancel()
{
    if (!m_active || !m_document)
        return;
    m_active = false;
    for (qsizetype i = 0; i < m_nodeIds.size(); ++i)
        m_document->setNodePosition(m_nodeIds.at(i), m_startPositions.at(i));
}

} // namespace Flowsmith
