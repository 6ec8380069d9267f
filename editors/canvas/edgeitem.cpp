#include "editors/canvas/edgeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Flowsmith {

EdgeItem::EdgeItem(const FlowEdge &edge)
    : m_edge(edge)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
}

QString EdgeItem::key(const FlowEdge &edge)
{
    return edge.from.toString() + QStringLiteral("->") + edge.to.toString();
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    // Horizontal tangents at both ports, like Node-RED: the handles grow with the distance so
    // that backwards edges loop around instead of cutting through their nodes.
    const qreal dx = std::abs(to.x() - from.x());
    const qreal handle = std::clamp(dx * 0.5, 40.0, 160.0)
        + (to.x() < from.x() ? std::min(std::abs(to.y() - from.y()) * 0.3, 80.0) : 0);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(handle, 0), to - QPointF(handle, 0), to);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = curve(from, to);
    m_shape = QPainterPath(); // made on demand: stroking is costly and drags move many edges
}

QRectF EdgeItem::boundingRect() const
{
    QRectF rect = m_path.controlPointRect().adjusted(-6, -6, 6, 6);
    if (!m_label.isEmpty()) {
        const QPointF mid = m_path.pointAtPercent(0.5);
        rect = rect.united(QRectF(mid.x() - 60, mid.y() - 12, 120, 24));
    }
    return rect;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::setOverlay(const QColor &tint, const QString &label)
{
    if (tint == m_tint && label == m_label)
        return;
    prepareGeometryChange();
    m_tint = tint;
    m_label = label;
    update();
}

void EdgeItem::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    update();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_tint.isValid() ? m_tint : QColor(0x8a, 0x94, 0xa3);
    qreal width = m_tint.isValid() ? 2.5 : 1.8;
    if (isSelected()) {
        color = QColor(0x1d, 0x6f, 0xe0);
        width = 3;
    }
    if (m_dropTarget) {
        color = QColor(0x2e, 0x9e, 0x6a);
        width = 4;
    }
    if (lod < 0.35) {
        // Far out, a straight line says as much and costs far less.
        painter->setPen(QPen(color, 0));
        painter->drawLine(m_from, m_to);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.5);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    if (!m_label.isEmpty() && lod >= 0.5) {
        const QPointF mid = m_path.pointAtPercent(0.5);
        QFont font;
        font.setPointSizeF(8);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        const qreal w = std::min(metrics.horizontalAdvance(m_label) + 12, 118.0);
        const QRectF box(mid.x() - w / 2, mid.y() - 9, w, 18);
        painter->setPen(QPen(color, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, 9, 9);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(box, Qt::AlignCenter, metrics.elidedText(m_label, Qt::ElideRight, w - 8));
    }
}

} // namespace Flowsmith
