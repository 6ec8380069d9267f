#pragma once

#include <QGraphicsItem>

namespace Flowsmith {

/// QGraphicsItem::type() values of the canvas items, for qgraphicsitem_cast.
enum CanvasItemType {
    NodeItemType = QGraphicsItem::UserType + 1,
    PortItemType,
    EdgeItemType,
    GroupItemType,
    NoteItemType,
};

} // namespace Flowsmith
