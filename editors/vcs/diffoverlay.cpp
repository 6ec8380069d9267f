#include "editors/vcs/diffoverlay.h"

namespace Flowsmith {

QColor diffAddedColor()
{
    return QColor(46, 160, 67, 110);
}

QColor diffRemovedColor()
{
    return QColor(218, 54, 51, 110);
}

QColor diffChangedColor()
{
    return QColor(230, 162, 20, 110);
}

namespace {

QString edgeKey(const FlowChange &change)
{
    return change.from + QStringLiteral("->") + change.to;
}

QColor colorOf(FlowChange::Kind kind)
{
    switch (kind) {
    case FlowChange::NodeAdded:
    case FlowChange::EdgeAdded:
        return diffAddedColor();
    case FlowChange::NodeRemoved:
    case FlowChange::EdgeRemoved:
        return diffRemovedColor();
    default:
        return diffChangedColor();
    }
}

QString badgeOf(FlowChange::Kind kind)
{
    switch (kind) {
    case FlowChange::NodeMoved:
        return DiffChangeList::tr("moved");
    case FlowChange::NodeRenamed:
        return DiffChangeList::tr("renamed");
    case FlowChange::NodeTypeChanged:
        return DiffChangeList::tr("type");
    default:
        return DiffChangeList::tr("changed");
    }
}

} // namespace

CanvasOverlay diffOverlay(const Flow &before, const Flow &after)
{
    return diffOverlay(before, after, FlowDiff::compare(before, after));
}

CanvasOverlay diffOverlay(const Flow &before, const Flow &, const FlowDiff &diff)
{
    CanvasOverlay overlay;
    for (const FlowChange &change : diff.changes()) {
        switch (change.kind) {
        case FlowChange::NodeAdded:
            overlay.nodeTint.insert(change.nodeId, diffAddedColor());
            overlay.nodeBadge.insert(change.nodeId, DiffChangeList::tr("added"));
            break;
        case FlowChange::NodeRemoved:
            if (const FlowNode *node = before.node(change.nodeId)) {
                overlay.ghosts.insert(
                    change.nodeId, { node->displayName(), node->type, node->at.x(), node->at.y() });
                overlay.nodeTint.insert(change.nodeId, diffRemovedColor());
                overlay.nodeBadge.insert(change.nodeId, DiffChangeList::tr("removed"));
            }
            break;
        case FlowChange::NodeMoved:
        case FlowChange::NodeRenamed:
        case FlowChange::NodeTypeChanged:
        case FlowChange::NodeConfigChanged: {
            if (overlay.nodeTint.contains(change.nodeId)) {
                // Several changes of one node: the badge says how many.
                const QString badge = overlay.nodeBadge.value(change.nodeId);
                if (badge != badgeOf(change.kind))
                    overlay.nodeBadge.insert(change.nodeId, DiffChangeList::tr("changed"));
                break;
            }
            overlay.nodeTint.insert(change.nodeId, diffChangedColor());
            overlay.nodeBadge.insert(change.nodeId, badgeOf(change.kind));
            break;
        }
        case FlowChange::EdgeAdded:
            overlay.edgeTint.insert(edgeKey(change), diffAddedColor());
            break;
        default:
            break;
        }
    }
    return overlay;
}

DiffChangeList::DiffChangeList(QWidget *parent)
    : QListWidget(parent)
{
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString node = item->data(Qt::UserRole).toString();
        if (!node.isEmpty())
            emit nodeActivated(node);
    });
}

void DiffChangeList::setDiff(const FlowDiff &diff)
{
    clear();
    for (const FlowChange &change : diff.changes()) {
        auto *item = new QListWidgetItem(change.toText(), this);
        QColor color = colorOf(change.kind);
        color.setAlpha(255);
        item->setForeground(color.darker(130));
        item->setData(Qt::UserRole, change.nodeId);
    }
    if (diff.isEmpty())
        addItem(tr("No changes by meaning."));
}

} // namespace Flowsmith
