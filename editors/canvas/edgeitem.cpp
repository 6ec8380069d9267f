#include "editors/canvas/edgeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Flowsmith {

namespace {

// A long edge is tested against the visible area in this many pieces: fine enough to drop
// most of an off-screen stretch, coarse enough to cost nothing next to the stroking.
constexpr int VisibilityPieces = 32;

// Horizontal tangents at both ports, like Node-RED: the handles grow with the distance so
// that backwards edges loop around instead of cutting through their nodes.
qreal handleLength(QPointF from, QPointF to)
{
    const qreal dx = std::abs(to.x() - from.x());
    return std::clamp(dx * 0.5, 40.0, 160.0)
        + (to.x() < from.x() ? std::min(std::abs(to.y() - from.y()) * 0.3, 80.0) : 0);
}

struct Cubic
{
    QPointF p0, p1, p2, p3;

    /// The same curve restricted to [a, b] (de Casteljau), so it strokes exactly like the
    /// corresponding stretch of the whole.
    Cubic section(qreal a, qreal b) const
    {
        const Cubic left = splitLeft(b);
        return b > 0 ? left.splitRight(a / b) : left;
    }

    Cubic splitLeft(qreal t) const
    {
        const QPointF q0 = p0 + (p1 - p0) * t, q1 = p1 + (p2 - p1) * t, q2 = p2 + (p3 - p2) * t;
        const QPointF r0 = q0 + (q1 - q0) * t, r1 = q1 + (q2 - q1) * t;
        return { p0, q0, r0, r0 + (r1 - r0) * t };
    }

    Cubic splitRight(qreal t) const
    {
        const QPointF q0 = p0 + (p1 - p0) * t, q1 = p1 + (p2 - p1) * t, q2 = p2 + (p3 - p2) * t;
        const QPointF r0 = q0 + (q1 - q0) * t, r1 = q1 + (q2 - q1) * t;
        return { r0 + (r1 - r0) * t, r1, q2, p3 };
    }

    /// Whether the control points' hull, which contains the curve, touches `rect`. Compared
    /// by hand: QRectF::intersects() rejects the flat hull of a straight edge.
    bool mayTouch(const QRectF &rect) const
    {
        return std::max({ p0.x(), p1.x(), p2.x(), p3.x() }) >= rect.left()
            && std::min({ p0.x(), p1.x(), p2.x(), p3.x() }) <= rect.right()
            && std::max({ p0.y(), p1.y(), p2.y(), p3.y() }) >= rect.top()
            && std::min({ p0.y(), p1.y(), p2.y(), p3.y() }) <= rect.bottom();
    }
};

// The area the painter can still change, in its logical coordinates.
QRectF paintableRect(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    QRectF rect = painter->worldTransform().inverted().mapRect(
        QRectF(0, 0, device->width(), device->height()));
    if (painter->hasClipping())
        rect &= painter->clipBoundingRect();
    return rect;
}

} // namespace

EdgeItem::EdgeItem(const FlowEdge &edge)
    : m_edge(edge)
{
    setFlag(ItemIsSelectable);
    // The exposed rect lets paint() stroke only the stretch of a long edge that was dirtied.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(0);
}

QString EdgeItem::key(const FlowEdge &edge)
{
    return edge.from.toString() + QStringLiteral("->") + edge.to.toString();
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    const qreal handle = handleLength(from, to);
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
    const qreal handle = handleLength(from, to);
    m_control1 = from + QPointF(handle, 0);
    m_control2 = to - QPointF(handle, 0);
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

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
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
    // On screen (a widget), a long edge strokes only what is visible; an export or a print
    // (no widget) gets the whole curve, whatever its device says about its size.
    // Pen width plus antialiasing: cuts made this far outside stay invisible.
    const qreal margin = width + 2;
    QRectF visible = paintableRect(painter);
    if (option->exposedRect.isValid())
        visible &= option->exposedRect;
    visible.adjust(-margin, -margin, margin, margin);
    const QRectF bounds = m_path.controlPointRect();
    // By hand: QRectF::contains() rejects the flat bounds of a straight edge.
    if (!widget
        || (bounds.left() >= visible.left() && bounds.right() <= visible.right()
            && bounds.top() >= visible.top() && bounds.bottom() <= visible.bottom()))
        painter->drawPath(m_path);
    else
        painter->drawPath(visiblePart(visible));

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

QPainterPath EdgeItem::visiblePart(const QRectF &visible) const
{
    const Cubic whole { m_from, m_control1, m_control2, m_to };
    QPainterPath part;
    qreal runStart = -1; // start of the current run of visible pieces, -1 for none
    for (int i = 0; i <= VisibilityPieces; ++i) {
        const qreal a = qreal(i) / VisibilityPieces;
        const bool shown = i < VisibilityPieces
            && whole.section(a, qreal(i + 1) / VisibilityPieces).mayTouch(visible);
        if (shown && runStart < 0)
            runStart = a;
        if (!shown && runStart >= 0) {
            const Cubic run = whole.section(runStart, a);
            part.moveTo(run.p0);
            part.cubicTo(run.p1, run.p2, run.p3);
            runStart = -1;
        }
    }
    return part;
}

} // namespace Flowsmith
