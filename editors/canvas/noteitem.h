#pragma once

#include "editors/canvas/canvasitemtypes.h"
#include "model/core/flow.h"

#include <QGraphicsItem>

namespace Flowsmith {

/// A sticky note: yellow paper with the note's text, at the note's position and size
/// (DefaultSize when the file gives none).
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = NoteItemType };
    static constexpr QSizeF DefaultSize { 200, 120 };

    explicit NoteItem(const FlowNote &note);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString noteId() const { return m_note.id; }
    const FlowNote &note() const { return m_note; }
    void sync(const FlowNote &note);
    QSizeF size() const;

private:
    FlowNote m_note;
};

} // namespace Flowsmith
