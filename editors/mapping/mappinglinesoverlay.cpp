#include "mappinglinesoverlay.h"

#include "schematree.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

namespace Flowsmith {

namespace {

QPainterPath curve(const QPoint &from, const QPoint &to)
{
    QPainterPath path(from);
    const qreal dx = (to.x() - from.x()) * 0.5;
    path.cubicTo(from.x() + dx, from.y(), to.x() - dx, to.y(), to.x(), to.y());
    return path;
}

} // namespace

MappingLinesOverlay::MappingLinesOverlay(SchemaTree *source, SchemaTree *target, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_target(target)
{
    setMinimumWidth(60);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    connect(source, &SchemaTree::geometryChanged, this, qOverload<>(&QWidget::update));
    connect(target, &SchemaTree::geometryChanged, this, qOverload<>(&QWidget::update));
}

void MappingLinesOverlay::setLines(const QList<MappingLine> &lines)
{
    m_lines = lines;
    update();
}

void MappingLinesOverlay::setSelectedRule(const QList<int> &rulePath)
{
    m_selected = rulePath;
    update();
}

void MappingLinesOverlay::setFlaggedRules(const QSet<QList<int>> &rulePaths)
{
    m_flagged = rulePaths;
    update();
}

QPoint MappingLinesOverlay::endPoint(SchemaTree *tree, const QString &path, bool sourceSide,
                                     bool *found) const
{
    QTreeWidgetItem *item = tree->visibleItem(path);
    *found = item != nullptr;
    if (!item)
        return {};
    const QPoint inTree = tree->anchor(item, sourceSide);
    const QPoint global = tree->mapToGlobal(inTree);
    QPoint local = mapFromGlobal(global);
    local.setX(sourceSide ? 0 : width());
    return local;
}

QList<QPair<QPoint, QPoint>> MappingLinesOverlay::segments(const MappingLine &line) const
{
    QList<QPair<QPoint, QPoint>> out;
    bool targetFound = false;
    const QPoint to = endPoint(m_target, line.targetPath, false, &targetFound);
    if (!targetFound)
        return out;
    if (line.sourcePaths.isEmpty()) {
        // A constant or a value without sources: a short stub into the target.
        out.append({ QPoint(width() - 28, to.y()), to });
        return out;
    }
    for (const QString &source : line.sourcePaths) {
        bool found = false;
        const QPoint from = endPoint(m_source, source, true, &found);
        if (found)
            out.append({ from, to });
    }
    return out;
}

QList<int> MappingLinesOverlay::ruleAt(const QPoint &point) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    for (const MappingLine &line : m_lines)
        for (const auto &segment : segments(line))
            if (stroker.createStroke(curve(segment.first, segment.second)).contains(point))
                return line.rulePath;
    return {};
}

void MappingLinesOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base().color().darker(103));
    const QColor normal(0x2e, 0x86, 0xc1);
    const QColor forEach(0x8e, 0x44, 0xad);
    const QColor flagged(0xd3, 0x54, 0x00);
    const QColor selected(0x1a, 0xbc, 0x9c);
    // Selected last, so it is on top.
    QList<const MappingLine *> order;
    for (const MappingLine &line : m_lines)
        if (line.rulePath != m_selected)
            order.append(&line);
    for (const MappingLine &line : m_lines)
        if (line.rulePath == m_selected)
            order.append(&line);
    // Where the trees' viewports begin and end, in this widget: ends there are clamped.
    m_edgeTop = mapFromGlobal(m_target->viewport()->mapToGlobal(QPoint(0, 0))).y();
    m_edgeBottom = m_edgeTop + m_target->viewport()->height() - 1;
    for (const MappingLine *line : order) {
        QColor color = line->forEach ? forEach : normal;
        if (m_flagged.contains(line->rulePath))
            color = flagged;
        const bool isSelected = line->rulePath == m_selected;
        if (isSelected)
            color = selected;
        QPen pen(color, isSelected ? 3.0 : (line->forEach ? 2.5 : 1.6));
        if (line->expression)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const auto &segment : segments(*line)) {
            // An end clamped to the edge of its tree points at a field scrolled out of view.
            const bool away = segment.first.y() <= m_edgeTop || segment.first.y() >= m_edgeBottom
                || segment.second.y() <= m_edgeTop || segment.second.y() >= m_edgeBottom;
            QPen linePen = pen;
            if (away) {
                QColor faded = color;
                faded.setAlpha(90);
                linePen.setColor(faded);
            }
            painter.setPen(linePen);
            painter.drawPath(curve(segment.first, segment.second));
            painter.setBrush(color);
            painter.drawEllipse(segment.first, 3, 3);
            painter.drawEllipse(segment.second, 3, 3);
            painter.setBrush(Qt::NoBrush);
            if (line->sourcePaths.isEmpty()) {
                painter.setBrush(palette().base());
                painter.drawEllipse(segment.first, 6, 6);
                painter.setBrush(Qt::NoBrush);
            }
        }
    }
}

void MappingLinesOverlay::mousePressEvent(QMouseEvent *event)
{
    const QList<int> rule = ruleAt(event->position().toPoint());
    if (!rule.isEmpty())
        emit ruleClicked(rule);
    QWidget::mousePressEvent(event);
}

} // namespace Flowsmith
