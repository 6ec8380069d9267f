#include "editors/canvas/portitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Flowsmith {

PortItem::PortItem(const QString &nodeId, const PortSpec &spec, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_nodeId(nodeId)
    , m_spec(spec)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setToolTip(spec.name);
}

QRectF PortItem::boundingRect() const
{
    const qreal r = Radius + 3;
    return { -r, -r, 2 * r, 2 * r };
}

QPainterPath PortItem::shape() const
{
    // A generous hit area: ports are small and wiring should not need a steady hand.
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.4 && m_highlight == Highlight::None)
        return;
    QColor fill(0xf4, 0xf6, 0xf8);
    QColor pen(0x6b, 0x74, 0x80);
    if (m_spec.kind == PortKind::Error)
        pen = QColor(0xc6, 0x3b, 0x3b);
    else if (m_spec.kind == PortKind::Response)
        pen = QColor(0x1f, 0x9a, 0xa8);
    qreal r = Radius;
    switch (m_highlight) {
    case Highlight::None:
        break;
    case Highlight::Compatible:
        fill = QColor(0xb8, 0xe9, 0xc8);
        pen = QColor(0x2e, 0x9e, 0x6a);
        r += 1.5;
        break;
    case Highlight::Hovered:
        fill = QColor(0x2e, 0x9e, 0x6a);
        pen = QColor(0x1b, 0x6e, 0x47);
        r += 2.5;
        break;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.6);
    painter->setPen(QPen(pen, 1.5));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void PortItem::setHighlight(Highlight highlight)
{
    if (m_highlight == highlight)
        return;
    m_highlight = highlight;
    update();
}

} // namespace Flowsmith
