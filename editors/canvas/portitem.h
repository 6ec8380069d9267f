#pragma once

#include "editors/canvas/canvasitemtypes.h"
#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

#include <QGraphicsItem>

namespace Flowsmith {

/// A port of a node: a small circle on the node's left (input) or right (output) edge. It
/// holds only what the catalog says about the port; the wiring tool lights it up while a
/// compatible connection is dragged.
class PortItem : public QGraphicsItem
{
public:
    enum { Type = PortItemType };
    static constexpr qreal Radius = 5;

    PortItem(const QString &nodeId, const PortSpec &spec, QGraphicsItem *parent);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    PortRef ref() const { return { m_nodeId, m_spec.name }; }
    const PortSpec &spec() const { return m_spec; }
    bool isOutput() const { return m_spec.direction == PortDirection::Output; }
    void setNodeId(const QString &id) { m_nodeId = id; }

    enum class Highlight { None, Compatible, Hovered };
    void setHighlight(Highlight highlight);
    Highlight highlight() const { return m_highlight; }

private:
    QString m_nodeId;
    PortSpec m_spec;
    Highlight m_highlight = Highlight::None;
};

} // namespace Flowsmith
