#pragma once

#include "editors/canvas/canvasitemtypes.h"
#include "model/core/flow.h"
#include "model/core/problem.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>

namespace Flowsmith {

class PortItem;

/// A node on the canvas: the type's icon, the name, the type, its ports (inputs left,
/// outputs right) and a badge for validation problems. Holds a copy of what it draws and
/// nothing more; FlowScene calls sync() whenever the document changes the node. At low zoom
/// it paints a plain coloured box (Qt's 40000 chips example) so huge flows stay fluid.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = NodeItemType };

    explicit NodeItem(const FlowNode &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString nodeId() const { return m_id; }
    QString typeId() const { return m_type; }
    QString displayName() const;
    /// The node's rectangle in its own coordinates: (0, 0) is FlowNode::at.
    QRectF nodeRect() const { return QRectF(QPointF(0, 0), m_size); }

    /// Takes the document's state of the node (position, name, id, config-dependent ports).
    void sync(const FlowNode &node);
    /// Only the position changed (drags): cheaper than sync().
    void syncPosition(const FlowNode &node) { setPos(node.at); }

    PortItem *port(const QString &name) const { return m_ports.value(name); }
    QList<PortItem *> ports() const { return m_ports.values(); }
    /// Scene position of a port's centre; the node's centre for an unknown port.
    QPointF portScenePos(const QString &name) const;

    /// The validation problems about this node: the worst decides the badge, all are the tooltip.
    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }

    /// What a CanvasOverlay says about this node.
    void setOverlay(const QColor &tint, const QString &badge, bool current);

private:
    void rebuildPorts(const FlowNode &node);
    void updateToolTip();
    void updateText();

    QString m_id;
    QString m_type;
    QString m_name;
    QString m_typeName;
    QString m_nameText; ///< elided to fit
    QString m_typeText;
    QSizeF m_size;
    QColor m_accent;
    QHash<QString, PortItem *> m_ports;
    QList<std::pair<QString, qreal>> m_outputLabels; ///< shown when a node has several outputs
    QList<Problem> m_problems;
    QColor m_tint;
    QString m_badge;
    bool m_current = false;
};

} // namespace Flowsmith
