#include "editors/canvas/noteitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Flowsmith {

NoteItem::NoteItem(const FlowNote &note)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
    sync(note);
}

QSizeF NoteItem::size() const
{
    return m_note.size.isEmpty() ? DefaultSize : m_note.size;
}

void NoteItem::sync(const FlowNote &note)
{
    if (note.size != m_note.size)
        prepareGeometryChange();
    m_note = note;
    setPos(note.at);
    update();
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), size()).adjusted(-2, -2, 4, 4);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), size());
    if (lod >= 0.35)
        painter->fillRect(rect.translated(3, 3), QColor(0, 0, 0, 25));
    painter->setPen(isSelected() ? QPen(QColor(0x1d, 0x6f, 0xe0), 2)
                                 : QPen(QColor(0xe0, 0xc8, 0x4a)));
    painter->setBrush(QColor(0xff, 0xf4, 0xb0));
    painter->drawRect(rect);
    if (lod < 0.5)
        return;
    QFont font;
    font.setPointSizeF(9);
    painter->setFont(font);
    painter->setPen(QColor(0x4a, 0x40, 0x10));
    painter->drawText(rect.adjusted(10, 8, -10, -8),
                      Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, m_note.text);
}

} // namespace Flowsmith
