#pragma once

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QStringList>

namespace Flowsmith {

class FlowDocument;

/// A drag in progress. While the mouse moves, the nodes move in the document itself, so every
/// view follows the drag through nodeChanged(); finish() then records the whole drag as one
/// MoveNodesCommand whose first redo does nothing. Cancelled (or destroyed unfinished), the
/// nodes go back to where they were and the undo stack never sees the drag.
class LiveNodeMove
{
public:
    LiveNodeMove(FlowDocument *document, const QStringList &nodeIds);
    ~LiveNodeMove();

    LiveNodeMove(const LiveNodeMove &) = delete;
    LiveNodeMove &operator=(const LiveNodeMove &) = delete;

    /// Moves every node by `offset` from where it was when the drag began.
    void moveBy(QPointF offset);
    void moveTo(const QList<QPointF> &positions);

    /// Pushes the drag onto the document's undo stack (nothing when the nodes are back where
    /// they started). The drag is over afterwards.
    void finish();
    void cancel();

    bool isActive() const { return m_active; }

private:
    QPointer<FlowDocument> m_document;
    QStringList m_nodeIds;
    QList<QPointF> m_startPositions;
    QList<QPointF> m_positions;
    bool m_active = true;
};

} // namespace Flowsmith
