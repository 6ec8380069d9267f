#pragma once

#include "editors/canvas/canvasitemtypes.h"
#include "model/core/flow.h"

#include <QGraphicsItem>

namespace Flowsmith {

/// A group: a tinted, titled frame around its member nodes. Its rectangle follows the nodes
/// (FlowScene calls setFrame); dragging the title bar moves the members.
class GroupItem : public QGraphicsItem
{
public:
    enum { Type = GroupItemType };
    static constexpr qreal Margin = 18;
    static constexpr qreal TitleHeight = 26;

    explicit GroupItem(const FlowGroup &group);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString groupId() const { return m_group.id; }
    const FlowGroup &group() const { return m_group; }
    void sync(const FlowGroup &group);
    /// The union of the member nodes' rectangles, in scene coordinates.
    void setFrame(const QRectF &membersRect);
    QRectF titleRect() const;

private:
    FlowGroup m_group;
    QRectF m_rect;
};

} // namespace Flowsmith
