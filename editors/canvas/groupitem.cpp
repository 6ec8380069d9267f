#include "editors/canvas/groupitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Flowsmith {

GroupItem::GroupItem(const FlowGroup &group)
    : m_group(group)
{
    setFlag(ItemIsSelectable);
    setZValue(-2);
}

void GroupItem::sync(const FlowGroup &group)
{
    m_group = group;
    setToolTip(group.title);
    update();
}

void GroupItem::setFrame(const QRectF &membersRect)
{
    const QRectF rect = membersRect.isNull()
        ? QRectF()
        : membersRect.adjusted(-Margin, -Margin - TitleHeight, Margin, Margin);
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF GroupItem::titleRect() const
{
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), TitleHeight);
}

QRectF GroupItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath GroupItem::shape() const
{
    // Only the title bar picks the group: clicks inside the frame belong to the canvas, so a
    // rubber band can start there.
    QPainterPath path;
    path.addRect(titleRect());
    return path;
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_rect.isNull())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color(m_group.color);
    if (!color.isValid())
        color = QColor(0x5b, 0x7d, 0xb1);
    QColor fill = color;
    fill.setAlpha(28);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.6);
    painter->setPen(QPen(isSelected() ? QColor(0x1d, 0x6f, 0xe0) : color, isSelected() ? 2.5 : 1.2,
                         Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 10, 10);
    if (lod < 0.35)
        return;
    QFont font;
    font.setPointSizeF(10);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(color.darker(140));
    const QRectF title = titleRect().adjusted(12, 2, -12, 0);
    painter->drawText(
        title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_group.title.isEmpty() ? m_group.id : m_group.title,
                                       Qt::ElideRight, title.width()));
}

} // namespace Flowsmith
