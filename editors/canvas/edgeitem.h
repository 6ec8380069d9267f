#pragma once

#include "editors/canvas/canvasitemtypes.h"
#include "model/core/flow.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace Flowsmith {

/// An edge: a cubic curve from an output port to an input port. The scene gives it both end
/// points (setEnds) whenever a node moves; it can be selected and deleted, and shows an overlay
/// label or tint.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = EdgeItemType };

    explicit EdgeItem(const FlowEdge &edge);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const FlowEdge &edge() const { return m_edge; }
    /// "from.port->to.port", the key of CanvasOverlay's edge maps.
    QString key() const { return key(m_edge); }
    static QString key(const FlowEdge &edge);

    void setEnds(QPointF from, QPointF to);
    QPointF fromPos() const { return m_from; }
    QPointF toPos() const { return m_to; }
    QPainterPath path() const { return m_path; }
    void setOverlay(const QColor &tint, const QString &label);
    /// Drawn highlighted while a node dragged over it would be inserted into it.
    void setDropTarget(bool on);

    /// The curve between two points, as edges and the wiring tool draw it.
    static QPainterPath curve(QPointF from, QPointF to);

private:
    /// The part of the curve that can reach `visible` (item coordinates), as sub-curves of
    /// the same cubic: long edges mostly run off screen, and stroking them whole is costly.
    QPainterPath visiblePart(const QRectF &visible) const;

    FlowEdge m_edge;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QPointF m_control1; ///< the cubic's control points, kept to cut visible sub-curves
    QPointF m_control2;
    mutable QPainterPath m_shape; ///< the curve stroked wide for picking; empty until asked
    QColor m_tint;
    QString m_label;
    bool m_dropTarget = false;
};

} // namespace Flowsmith
