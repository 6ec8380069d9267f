#include "editors/canvas/nodeitem.h"

#include "editors/canvas/canvaspalette.h"
#include "editors/canvas/portitem.h"
#include "model/core/nodecatalog.h"
#include "model/layout/layoutmetrics.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Flowsmith {

namespace {

constexpr qreal Radius = 6;
constexpr qreal IconSize = 22;
constexpr qreal TextLeft = 42;
constexpr qreal OutputsTop = 44;
// Below this zoom a node is a coloured box; below the second, text is skipped too.
constexpr qreal BoxLod = 0.35;
// A flow fitted to a laptop screen is often shown at about half size: it must still read.
constexpr qreal NameLod = 0.4;
constexpr qreal DetailLod = 0.5;

// Built once: fonts and their metrics are costly to make for thousands of nodes.
const QFont &nameFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(9.5);
        f.setWeight(QFont::DemiBold);
        return f;
    }();
    return font;
}

const QFont &smallFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(8);
        return f;
    }();
    return font;
}

} // namespace

NodeItem::NodeItem(const FlowNode &node)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
    sync(node);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection outline and the badge that sticks out of the corner.
    return nodeRect().adjusted(-4, -10, 10, 4);
}

QString NodeItem::displayName() const
{
    return m_name.isEmpty() ? m_id : m_name;
}

void NodeItem::sync(const FlowNode &node)
{
    const bool geometryChanged = m_type != node.type || m_size.isEmpty();
    if (geometryChanged || m_id != node.id || m_name != node.name)
        prepareGeometryChange();
    m_id = node.id;
    m_name = node.name;
    if (m_type != node.type) {
        m_type = node.type;
        const NodeType *type = NodeCatalog::instance().type(m_type);
        m_accent = CanvasPalette::categoryColor(type ? type->category : NodeCategory::Foreign);
        m_typeName = type
            ? QCoreApplication::translate("NodeCatalog", type->displayName.toUtf8().constData())
            : m_type;
    }
    const QSizeF size = LayoutMetrics().nodeSize(node);
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    rebuildPorts(node);
    setPos(node.at);
    updateText();
    updateToolTip();
    update();
}

void NodeItem::updateText()
{
    // Elided once per change, not once per paint.
    const qreal nameWidth = m_size.width() - TextLeft - 10;
    m_nameText = QFontMetricsF(nameFont()).elidedText(displayName(), Qt::ElideRight, nameWidth);
    // The type line shares its row with the first output label.
    const qreal typeWidth = nameWidth - (m_outputLabels.isEmpty() ? 0 : 50);
    m_typeText = QFontMetricsF(smallFont()).elidedText(m_typeName, Qt::ElideRight, typeWidth);
}

void NodeItem::rebuildPorts(const FlowNode &node)
{
    const QList<PortSpec> specs = NodeCatalog::instance().ports(node);
    QList<PortSpec> inputs;
    QList<PortSpec> outputs;
    for (const PortSpec &spec : specs)
        (spec.direction == PortDirection::Input ? inputs : outputs).append(spec);
    // Keep the items when nothing changed: a wire drag may hold on to them.
    bool same = specs.size() == m_ports.size();
    for (const PortSpec &spec : specs)
        same = same && m_ports.contains(spec.name)
            && m_ports.value(spec.name)->isOutput() == (spec.direction == PortDirection::Output);
    if (!same) {
        qDeleteAll(m_ports);
        m_ports.clear();
        for (const PortSpec &spec : specs)
            m_ports.insert(spec.name, new PortItem(m_id, spec, this));
    }
    const qreal row = LayoutMetrics().portRowHeight;
    const auto place = [&](const QList<PortSpec> &side, qreal x) {
        // Several outputs sit below the name row so their labels leave the name its width.
        const qreal first
            = side.size() > 1 ? OutputsTop : m_size.height() / 2 - (side.size() - 1) * row / 2;
        for (qsizetype i = 0; i < side.size(); ++i) {
            PortItem *item = m_ports.value(side.at(i).name);
            item->setNodeId(m_id);
            item->setPos(x, first + i * row);
        }
    };
    place(inputs, 0);
    place(outputs, m_size.width());
    m_outputLabels.clear();
    if (outputs.size() > 1) {
        for (const PortSpec &spec : std::as_const(outputs))
            m_outputLabels.append({ spec.name, m_ports.value(spec.name)->pos().y() });
    }
}

QPointF NodeItem::portScenePos(const QString &name) const
{
    if (PortItem *item = m_ports.value(name))
        return item->scenePos();
    return mapToScene(nodeRect().center());
}

void NodeItem::setProblems(const QList<Problem> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    updateToolTip();
    update();
}

void NodeItem::setOverlay(const QColor &tint, const QString &badge, bool current)
{
    if (tint == m_tint && badge == m_badge && current == m_current)
        return;
    m_tint = tint;
    m_badge = badge;
    m_current = current;
    update();
}

void NodeItem::updateToolTip()
{
    QStringList lines {
        QStringLiteral("<b>%1</b> (%2)").arg(displayName().toHtmlEscaped(), m_type.toHtmlEscaped())
    };
    if (!m_name.isEmpty())
        lines.append(
            QCoreApplication::translate("Flowsmith::NodeItem", "id: %1").arg(m_id.toHtmlEscaped()));
    for (const Problem &p : std::as_const(m_problems))
        lines.append(
            QStringLiteral("%1 %2: %3")
                .arg(p.severity == Severity::Error ? QStringLiteral("⛔") : QStringLiteral("⚠"),
                     p.code, p.message.toHtmlEscaped()));
    setToolTip(lines.join(QStringLiteral("<br>")));
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect = nodeRect();
    const bool selected = isSelected();

    if (lod < BoxLod) {
        painter->fillRect(rect, selected ? m_accent.darker(150) : m_accent);
        if (m_tint.isValid())
            painter->fillRect(rect, QColor(m_tint.red(), m_tint.green(), m_tint.blue(), 140));
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, lod > DetailLod);
    QColor border = selected ? QColor(0x1d, 0x6f, 0xe0) : QColor(0xc3, 0xc9, 0xd1);
    if (m_current)
        border = QColor(0xf5, 0xa6, 0x23);
    painter->setPen(QPen(border, selected || m_current ? 2.5 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect, Radius, Radius);

    // The category stripe on the left edge, inside the rounded corners.
    painter->fillRect(
        QRectF(rect.left() + 1.5, rect.top() + Radius - 2, 4, rect.height() - 2 * Radius + 4),
        m_accent);

    if (m_tint.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(m_tint.red(), m_tint.green(), m_tint.blue(), 70));
        painter->drawRoundedRect(rect, Radius, Radius);
    }

    if (lod >= NameLod) {
        const qreal textWidth = rect.width() - TextLeft - 10;
        painter->setPen(QColor(0x1f, 0x25, 0x2d));
        painter->setFont(nameFont());
        painter->drawText(QRectF(TextLeft, 9, textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                          m_nameText);
    }
    if (lod >= DetailLod) {
        const QPixmap icon = CanvasPalette::typePixmap(m_type, int(IconSize * 2));
        painter->drawPixmap(QRectF(14, 12, IconSize, IconSize), icon, icon.rect());

        const qreal textWidth = rect.width() - TextLeft - 10;
        painter->setFont(smallFont());
        painter->setPen(QColor(0x6b, 0x74, 0x80));
        painter->drawText(QRectF(TextLeft, 28, textWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          m_typeText);
        for (const auto &[name, y] : std::as_const(m_outputLabels))
            painter->drawText(QRectF(rect.right() - 58, y - 8, 48, 16),
                              Qt::AlignRight | Qt::AlignVCenter, name);
    }

    // Validation badge: the worst problem wins.
    if (!m_problems.isEmpty()) {
        bool error = false;
        for (const Problem &p : std::as_const(m_problems))
            error = error || p.severity == Severity::Error;
        const QPointF centre(rect.right() - 2, rect.top() + 2);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0xa2, 0x02));
        painter->drawEllipse(centre, 8, 8);
        if (lod >= DetailLod) {
            QFont font = smallFont();
            font.setBold(true);
            painter->setFont(font);
            painter->drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), Qt::AlignCenter,
                              QStringLiteral("!"));
        }
    }

    if (!m_badge.isEmpty() && lod >= DetailLod) {
        painter->setFont(smallFont());
        const QFontMetricsF metrics(painter->font());
        const qreal w = metrics.horizontalAdvance(m_badge) + 10;
        const QRectF badge(rect.right() - w - 14, rect.bottom() - 9, w, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x33, 0x3a, 0x44));
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, m_badge);
    }
}

} // namespace Flowsmith
