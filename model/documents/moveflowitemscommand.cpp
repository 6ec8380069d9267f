#include "moveflowitemscommand.h"

#include "commandid.h"
#include "flowdocument.h"
#include "movenodescommand.h"
#include "notecommands.h"

namespace Flowsmith {

MoveFlowItemsCommand::MoveFlowItemsCommand(FlowDocument *document, const QStringList &nodeIds,
                                           const QStringList &noteIds, QPointF delta,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (const QString &id : nodeIds)
        if (document->node(id) && !m_nodeIds.contains(id))
            m_nodeIds.append(id);
    for (const QString &id : noteIds)
        if (document->note(id) && !m_noteIds.contains(id))
            m_noteIds.append(id);
    setText(m_noteIds.isEmpty()
                ? tr("Move %n node(s)", nullptr, int(m_nodeIds.size()))
                : (m_nodeIds.isEmpty() ? tr("Move %n note(s)", nullptr, int(m_noteIds.size()))
                                       : tr("Move selection")));
    if (delta.isNull())
        return;
    if (!m_nodeIds.isEmpty()) {
        QList<QPointF> positions;
        for (const QString &id : std::as_const(m_nodeIds))
            positions.append(document->node(id)->at + delta);
        m_nodes = new MoveNodesCommand(document, m_nodeIds, positions, this);
    }
    for (const QString &id : std::as_const(m_noteIds)) {
        FlowNote note = *document->note(id);
        note.at += delta;
        m_notes.append(new ChangeNoteCommand(document, id, note, this));
    }
}

void MoveFlowItemsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

int MoveFlowItemsCommand::id() const
{
    return MoveFlowItemsCommandId;
}

bool MoveFlowItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveFlowItemsCommand *>(other);
    if (move->m_document != m_document || move->m_nodeIds != m_nodeIds
        || move->m_noteIds != m_noteIds || move->childCount() != childCount()
        || bool(move->m_nodes) != bool(m_nodes))
        return false;
    if (m_nodes)
        m_nodes->mergeWith(move->m_nodes);
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        m_notes.at(i)->mergeWith(move->m_notes.at(i));
    bool back = !m_nodes || m_nodes->isObsolete();
    for (const ChangeNoteCommand *note : std::as_const(m_notes))
        back = back && note->isObsolete();
    setObsolete(back);
    return true;
}

} // namespace Flowsmith
