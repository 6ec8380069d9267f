#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;
class ChangeNoteCommand;
class MoveNodesCommand;

/// Moves nodes and notes by one offset in one undo step, as the arrow keys do. Consecutive
/// moves of the same nodes and notes merge (a run of nudges is one step), and a run that ends
/// where it started disappears. Ids that name nothing are left out; with nothing to move, or
/// a zero offset, the command drops itself.
class MoveFlowItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveFlowItemsCommand)

public:
    MoveFlowItemsCommand(FlowDocument *document, const QStringList &nodeIds,
                         const QStringList &noteIds, QPointF delta, QUndoCommand *parent = nullptr);

    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    FlowDocument *m_document;
    QStringList m_nodeIds;
    QStringList m_noteIds;
    MoveNodesCommand *m_nodes = nullptr; // children, owned by this command
    QList<ChangeNoteCommand *> m_notes;
};

} // namespace Flowsmith
