#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;

/// Moves nodes on the canvas. Consecutive moves of the same nodes merge into one undo step
/// (arrow-key nudges, a drag pushed step by step); a merge that ends where it started
/// disappears from the stack.
class MoveNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)

public:
    /// Whether the document already shows the new positions (a live drag, see LiveNodeMove):
    /// then the first redo does nothing.
    enum class Mode { Apply, AlreadyApplied };

    /// Moves `nodeIds` to `positions` (same length) from wherever they are now.
    MoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                     const QList<QPointF> &positions, QUndoCommand *parent = nullptr);
    /// Moves `nodeIds` from `oldPositions` to `positions`; with Mode::AlreadyApplied the data is
    /// already at `positions`.
    MoveNodesCommand(FlowDocument *document, const QStringList &nodeIds,
                     const QList<QPointF> &oldPositions, const QList<QPointF> &positions, Mode mode,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QStringList nodeIds() const { return m_nodeIds; }

private:
    void apply(const QList<QPointF> &positions);

    FlowDocument *m_document;
    QStringList m_nodeIds;
    QList<QPointF> m_oldPositions;
    QList<QPointF> m_newPositions;
    bool m_skipRedo = false;
};

} // namespace Flowsmith
