#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;

/// Aligns or distributes nodes in one undo step. The document knows positions only, so the
/// canvas passes each node's rectangle (its top-left is the node's `at`). Never merges with a
/// following move.
class AlignNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AlignNodesCommand)

public:
    enum class Alignment {
        Left,
        HorizontalCenter,
        Right,
        Top,
        VerticalCenter,
        Bottom,
        DistributeHorizontally, ///< equal gaps between the nodes, left to right
        DistributeVertically,
    };

    AlignNodesCommand(FlowDocument *document, Alignment alignment, const QStringList &nodeIds,
                      const QList<QRectF> &rects, QUndoCommand *parent = nullptr);

    /// The new top-left corners for `rects` (same order).
    static QList<QPointF> alignedPositions(Alignment alignment, const QList<QRectF> &rects);
};

} // namespace Flowsmith
