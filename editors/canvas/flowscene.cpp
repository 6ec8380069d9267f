#include "editors/canvas/flowscene.h"

#include "editors/canvas/edgeitem.h"
#include "editors/canvas/groupitem.h"
#include "editors/canvas/nodeitem.h"
#include "editors/canvas/noteitem.h"
#include "editors/canvas/portitem.h"
#include "model/core/nodecatalog.h"
#include "model/documents/edgecommands.h"
#include "model/documents/flowdocument.h"
#include "model/documents/livenodemove.h"
#include "model/documents/notecommands.h"
#include "model/documents/splitedgecommand.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <QUndoStack>
#include <QVarLengthArray>

#include <cmath>

namespace Flowsmith {

FlowScene::FlowScene(FlowDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // Thousands of mostly static items: the BSP index answers "what is here" in log time.
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(QColor(0xf7, 0xf8, 0xfa));

    connect(document, &Document::reset, this, &FlowScene::rebuild);
    connect(document, &FlowDocument::nodeAdded, this, &FlowScene::onNodeAdded);
    connect(document, &FlowDocument::nodeRemoved, this, &FlowScene::onNodeRemoved);
    connect(document, &FlowDocument::nodeChanged, this, &FlowScene::onNodeChanged);
    connect(document, &FlowDocument::nodeIdChanged, this, &FlowScene::onNodeIdChanged);
    connect(document, &FlowDocument::edgeAdded, this, [this](const FlowEdge &edge) {
        addEdgeItem(edge);
        applyOverlay();
    });
    connect(document, &FlowDocument::edgeRemoved, this, &FlowScene::removeEdgeItem);
    connect(document, &FlowDocument::groupAdded, this, [this](const QString &id) {
        if (const FlowGroup *group = m_document->group(id)) {
            auto *item = new GroupItem(*group);
            m_groups.insert(id, item);
            addItem(item);
            updateGroup(item);
        }
    });
    connect(document, &FlowDocument::groupRemoved, this,
            [this](const QString &id) { delete m_groups.take(id); });
    connect(document, &FlowDocument::groupChanged, this, [this](const QString &id) {
        GroupItem *item = m_groups.value(id);
        if (const FlowGroup *group = m_document->group(id); item && group) {
            item->sync(*group);
            updateGroup(item);
        }
    });
    connect(document, &FlowDocument::noteAdded, this, [this](const QString &id) {
        if (const FlowNote *note = m_document->note(id)) {
            auto *item = new NoteItem(*note);
            m_notes.insert(id, item);
            addItem(item);
            scheduleContentChanged();
        }
    });
    connect(document, &FlowDocument::noteRemoved, this, [this](const QString &id) {
        delete m_notes.take(id);
        scheduleContentChanged();
    });
    connect(document, &FlowDocument::noteChanged, this, [this](const QString &id) {
        NoteItem *item = m_notes.value(id);
        if (const FlowNote *note = m_document->note(id); item && note)
            item->sync(*note);
        scheduleContentChanged();
    });
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit nodeSelectionChanged(selectedNodeIds()); });
    rebuild();
}

FlowScene::~FlowScene()
{
    // An unfinished drag must not outlive the items; its destructor puts the nodes back.
    m_move.reset();
    // Items die in QGraphicsScene's destructor and report selection changes on the way.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    m_nodes.clear();
    m_edges.clear();
    m_edgesByNode.clear();
    m_groups.clear();
    m_notes.clear();
}

void FlowScene::rebuild()
{
    cancelWire();
    m_move.reset();
    m_movingNodes.clear();
    if (m_drag == Drag::Moving)
        setSceneRect(QRectF()); // the drag pinned it
    m_drag = Drag::None;
    m_nodes.clear();
    m_edges.clear();
    m_edgesByNode.clear();
    m_groups.clear();
    m_notes.clear();
    m_splitTarget = nullptr;
    clear();
    const Flow &flow = m_document->flow();
    for (const FlowNode &node : flow.nodes)
        addNodeItem(node);
    for (const FlowEdge &edge : flow.edges)
        addEdgeItem(edge);
    for (const FlowGroup &group : flow.groups) {
        auto *item = new GroupItem(group);
        m_groups.insert(group.id, item);
        addItem(item);
        updateGroup(item);
    }
    for (const FlowNote &note : flow.notes) {
        auto *item = new NoteItem(note);
        m_notes.insert(note.id, item);
        addItem(item);
    }
    applyProblems();
    applyOverlay();
    scheduleContentChanged();
}

void FlowScene::scheduleContentChanged()
{
    // Many changes arrive at once (a paste, a drag's 50 nodes): tell the views once.
    if (m_contentChangePending)
        return;
    m_contentChangePending = true;
    QTimer::singleShot(0, this, [this] {
        m_contentChangePending = false;
        emit contentChanged();
    });
}

void FlowScene::addNodeItem(const FlowNode &node)
{
    auto *item = new NodeItem(node);
    m_nodes.insert(node.id, item);
    addItem(item);
}

void FlowScene::addEdgeItem(const FlowEdge &edge)
{
    auto *item = new EdgeItem(edge);
    m_edges.append(item);
    m_edgesByNode.insert(edge.from.node, item);
    if (edge.to.node != edge.from.node)
        m_edgesByNode.insert(edge.to.node, item);
    addItem(item);
    updateEdge(item);
}

void FlowScene::removeEdgeItem(const FlowEdge &edge)
{
    EdgeItem *item = edgeItem(edge);
    if (!item)
        return;
    m_edges.removeOne(item);
    m_edgesByNode.remove(edge.from.node, item);
    m_edgesByNode.remove(edge.to.node, item);
    delete item;
}

EdgeItem *FlowScene::edgeItem(const FlowEdge &edge) const
{
    for (EdgeItem *item : m_edgesByNode.values(edge.from.node))
        if (item->edge() == edge)
            return item;
    return nullptr;
}

QList<NodeItem *> FlowScene::nodeItems() const
{
    QList<NodeItem *> result;
    for (const FlowNode &node : m_document->flow().nodes)
        if (NodeItem *item = m_nodes.value(node.id))
            result.append(item);
    return result;
}

void FlowScene::updateEdge(EdgeItem *item)
{
    item->setEnds(portScenePos(item->edge().from), portScenePos(item->edge().to));
}

void FlowScene::updateEdgesOf(const QString &nodeId)
{
    for (EdgeItem *item : m_edgesByNode.values(nodeId))
        updateEdge(item);
}

void FlowScene::updateGroup(GroupItem *item)
{
    QRectF rect;
    for (const QString &id : item->group().nodes)
        if (NodeItem *node = m_nodes.value(id))
            rect = rect.united(node->mapRectToScene(node->nodeRect()));
    item->setFrame(rect);
}

void FlowScene::updateGroupsOf(const QString &nodeId)
{
    if (m_groups.isEmpty())
        return;
    for (const QString &id : m_document->groupsOfNode(nodeId))
        if (GroupItem *item = m_groups.value(id))
            updateGroup(item);
}

void FlowScene::onNodeAdded(const QString &id)
{
    if (const FlowNode *node = m_document->node(id)) {
        addNodeItem(*node);
        updateGroupsOf(id);
        applyProblems();
        scheduleContentChanged();
    }
}

void FlowScene::onNodeRemoved(const QString &id)
{
    delete m_nodes.take(id);
    updateGroupsOf(id);
    scheduleContentChanged();
}

void FlowScene::onNodeChanged(const QString &id, FlowDocument::NodeProperty property)
{
    NodeItem *item = m_nodes.value(id);
    const FlowNode *node = m_document->node(id);
    if (!item || !node)
        return;
    if (property == FlowDocument::NodeProperty::Position)
        item->syncPosition(*node);
    else
        item->sync(*node);
    updateEdgesOf(id);
    updateGroupsOf(id);
    if (m_drag != Drag::Moving)
        scheduleContentChanged();
}

void FlowScene::onNodeIdChanged(const QString &oldId, const QString &newId)
{
    NodeItem *item = m_nodes.take(oldId);
    if (item) {
        m_nodes.insert(newId, item);
        if (const FlowNode *node = m_document->node(newId))
            item->sync(*node);
    }
    // The edges that followed the node carry new addresses: rebuild them from the document.
    for (EdgeItem *edge : m_edgesByNode.values(oldId)) {
        m_edges.removeOne(edge);
        m_edgesByNode.remove(edge->edge().from.node, edge);
        m_edgesByNode.remove(edge->edge().to.node, edge);
        delete edge;
    }
    for (const FlowEdge &edge : m_document->flow().edges)
        if ((edge.from.node == newId || edge.to.node == newId) && !edgeItem(edge))
            addEdgeItem(edge);
    applyProblems();
    applyOverlay();
}

QStringList FlowScene::selectedNodeIds() const
{
    QStringList ids;
    for (const FlowNode &node : m_document->flow().nodes)
        if (NodeItem *item = m_nodes.value(node.id); item && item->isSelected())
            ids.append(node.id);
    return ids;
}

QStringList FlowScene::selectedNoteIds() const
{
    QStringList ids;
    for (const FlowNote &note : m_document->flow().notes)
        if (NoteItem *item = m_notes.value(note.id); item && item->isSelected())
            ids.append(note.id);
    return ids;
}

QStringList FlowScene::selectedGroupIds() const
{
    QStringList ids;
    for (const FlowGroup &group : m_document->flow().groups)
        if (GroupItem *item = m_groups.value(group.id); item && item->isSelected())
            ids.append(group.id);
    return ids;
}

QList<FlowEdge> FlowScene::selectedEdges() const
{
    QList<FlowEdge> edges;
    for (const FlowEdge &edge : m_document->flow().edges)
        if (EdgeItem *item = edgeItem(edge); item && item->isSelected())
            edges.append(edge);
    return edges;
}

QStringList FlowScene::affectedNodeIds() const
{
    QSet<QString> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            ids.insert(node->nodeId());
        else if (auto *group = qgraphicsitem_cast<GroupItem *>(item))
            for (const QString &id : group->group().nodes)
                ids.insert(id);
    }
    QStringList ordered;
    for (const FlowNode &node : m_document->flow().nodes)
        if (ids.contains(node.id))
            ordered.append(node.id);
    return ordered;
}

void FlowScene::selectNodes(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids)
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

void FlowScene::setProblems(const ProblemList &problems)
{
    m_problems = problems;
    applyProblems();
}

void FlowScene::applyProblems()
{
    QHash<QString, QList<Problem>> byNode;
    const QString flowId = m_document->flow().id;
    for (const Problem &p : std::as_const(m_problems))
        if (!p.nodeId.isEmpty() && p.flowId == flowId)
            byNode[p.nodeId].append(p);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setProblems(byNode.value(it.key()));
}

void FlowScene::setOverlay(const CanvasOverlay &overlay)
{
    m_overlay = overlay;
    applyOverlay();
    update();
}

void FlowScene::applyOverlay()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOverlay(m_overlay.nodeTint.value(it.key()),
                               m_overlay.nodeBadge.value(it.key()),
                               m_overlay.currentNode == it.key());
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setOverlay(m_overlay.edgeTint.value(edge->key()),
                         m_overlay.edgeLabel.value(edge->key()));
}

QPointF FlowScene::portScenePos(const PortRef &port) const
{
    if (NodeItem *item = m_nodes.value(port.node))
        return item->portScenePos(port.port);
    return {};
}

QRectF FlowScene::contentRect() const
{
    QRectF rect;
    for (NodeItem *item : m_nodes)
        rect = rect.united(item->mapRectToScene(item->nodeRect()));
    for (NoteItem *item : m_notes)
        rect = rect.united(item->sceneBoundingRect());
    for (GroupItem *item : m_groups)
        rect = rect.united(item->sceneBoundingRect());
    for (const auto &ghost : m_overlay.ghosts)
        rect = rect.united(QRectF(ghost.x, ghost.y, 180, 64));
    return rect;
}

bool FlowScene::canConnect(const PortRef &from, const PortRef &to, QString *reason) const
{
    const FlowNode *fromNode = m_document->node(from.node);
    const FlowNode *toNode = m_document->node(to.node);
    const auto fromSpec
        = fromNode ? NodeCatalog::instance().port(*fromNode, from.port) : std::nullopt;
    const auto toSpec = toNode ? NodeCatalog::instance().port(*toNode, to.port) : std::nullopt;
    QString why;
    if (!fromSpec || !toSpec)
        why = tr("That port does not exist.");
    else if (fromSpec->direction != PortDirection::Output
             || toSpec->direction != PortDirection::Input)
        why = tr("An output port connects only to an input port.");
    else if (from.node == to.node)
        why = tr("A node cannot be connected to itself.");
    else if (m_document->flow().edges.contains(FlowEdge { from, to, {}, {} }))
        why = tr("%1 and %2 are already connected.").arg(from.toString(), to.toString());
    if (reason)
        *reason = why;
    return why.isEmpty();
}

bool FlowScene::connectPorts(const PortRef &from, const PortRef &to)
{
    QString reason;
    if (!canConnect(from, to, &reason)) {
        emit statusMessage(
            tr("Cannot connect %1 to %2: %3").arg(from.toString(), to.toString(), reason));
        return false;
    }
    m_document->undoStack()->push(new ConnectPortsCommand(m_document, from, to));
    emit statusMessage(tr("Connected %1 to %2").arg(from.toString(), to.toString()));
    return true;
}

PortItem *FlowScene::portAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (auto *port = qgraphicsitem_cast<PortItem *>(item))
            return port;
    return nullptr;
}

void FlowScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    m_pressPos = event->scenePos();
    m_pressScreenPos = event->screenPos();
    // Grabbing the end of a selected edge detaches that end for reconnecting (before ports:
    // the end lies on one).
    for (QGraphicsItem *item : items(event->scenePos())) {
        auto *edge = qgraphicsitem_cast<EdgeItem *>(item);
        if (!edge || !edge->isSelected())
            continue;
        const qreal grab = 14;
        const bool atTo = QLineF(edge->toPos(), event->scenePos()).length() < grab;
        const bool atFrom = QLineF(edge->fromPos(), event->scenePos()).length() < grab;
        if (atTo || atFrom) {
            NodeItem *anchorNode
                = m_nodes.value(atTo ? edge->edge().from.node : edge->edge().to.node);
            PortItem *anchor = anchorNode
                ? anchorNode->port(atTo ? edge->edge().from.port : edge->edge().to.port)
                : nullptr;
            if (anchor) {
                startWire(anchor, edge);
                event->accept();
                return;
            }
        }
    }
    if (PortItem *port = portAt(event->scenePos())) {
        startWire(port);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem *item = mouseGrabberItem();
    if (item
        && (item->type() == NodeItem::Type || item->type() == GroupItem::Type
            || item->type() == NoteItem::Type)
        && item->isSelected())
        m_drag = Drag::Pending;
}

void FlowScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_drag) {
    case Drag::Wiring:
        updateWire(event->scenePos());
        event->accept();
        return;
    case Drag::Pending:
        if ((event->screenPos() - m_pressScreenPos).manhattanLength()
            < QApplication::startDragDistance())
            break;
        startMove();
        [[fallthrough]];
    case Drag::Moving:
        updateMove(event->scenePos());
        event->accept();
        return;
    case Drag::None:
        break;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void FlowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (m_drag == Drag::Wiring) {
            finishWire(event->scenePos());
            event->accept();
            return;
        }
        if (m_drag == Drag::Moving)
            finishMove();
        m_drag = Drag::None;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void FlowScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
                emit nodeActivated(node->nodeId());
                event->accept();
                return;
            }
            if (item->type() == NoteItem::Type) {
                emit noteEditRequested(static_cast<NoteItem *>(item)->noteId());
                event->accept();
                return;
            }
            if (item->type() == GroupItem::Type) {
                emit groupEditRequested(static_cast<GroupItem *>(item)->groupId());
                event->accept();
                return;
            }
            if (item->type() == EdgeItem::Type) {
                QGraphicsScene::mouseDoubleClickEvent(event);
                return;
            }
        }
        emit quickAddRequested(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void FlowScene::startWire(PortItem *port, EdgeItem *reconnecting)
{
    cancelWire();
    m_drag = Drag::Wiring;
    m_wireAnchor = port->ref();
    m_wireFromOutput = port->isOutput();
    m_isReconnecting = reconnecting != nullptr;
    if (reconnecting) {
        m_reconnecting = reconnecting->edge();
        reconnecting->setVisible(false);
    }
    m_wireItem = new QGraphicsPathItem;
    m_wireItem->setPen(QPen(QColor(0x1d, 0x6f, 0xe0), 2, Qt::DashLine, Qt::RoundCap));
    m_wireItem->setZValue(5);
    addItem(m_wireItem);
    // Light up every port the wire could end at.
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (node->nodeId() == m_wireAnchor.node)
            continue;
        for (PortItem *candidate : node->ports()) {
            if (candidate->isOutput() == m_wireFromOutput)
                continue;
            const PortRef other = candidate->ref();
            const bool ok = m_wireFromOutput ? canConnect(m_wireAnchor, other, nullptr)
                                             : canConnect(other, m_wireAnchor, nullptr);
            if (ok) {
                candidate->setHighlight(PortItem::Highlight::Compatible);
                m_litPorts.append(candidate);
            }
        }
    }
    updateWire(m_pressPos);
}

void FlowScene::updateWire(QPointF scenePos)
{
    if (!m_wireItem)
        return;
    PortItem *port = portAt(scenePos);
    if (port != m_hoveredPort) {
        if (m_hoveredPort)
            m_hoveredPort->setHighlight(m_litPorts.contains(m_hoveredPort)
                                            ? PortItem::Highlight::Compatible
                                            : PortItem::Highlight::None);
        m_hoveredPort = port && m_litPorts.contains(port) ? port : nullptr;
        if (m_hoveredPort)
            m_hoveredPort->setHighlight(PortItem::Highlight::Hovered);
    }
    const QPointF anchor = portScenePos(m_wireAnchor);
    const QPointF end = m_hoveredPort ? m_hoveredPort->scenePos() : scenePos;
    m_wireItem->setPath(m_wireFromOutput ? EdgeItem::curve(anchor, end)
                                         : EdgeItem::curve(end, anchor));
}

void FlowScene::finishWire(QPointF scenePos)
{
    PortItem *target = portAt(scenePos);
    const PortRef anchor = m_wireAnchor;
    const bool fromOutput = m_wireFromOutput;
    const bool reconnecting = m_isReconnecting;
    const FlowEdge old = m_reconnecting;
    cancelWire();
    if (!target) {
        if (!reconnecting)
            emit statusMessage(tr("Drop the connection on a port to wire it."));
        return;
    }
    const PortRef from = fromOutput ? anchor : target->ref();
    const PortRef to = fromOutput ? target->ref() : anchor;
    if (reconnecting && from == old.from && to == old.to)
        return;
    QString reason;
    if (!canConnect(from, to, &reason)) {
        emit statusMessage(
            tr("Cannot connect %1 to %2: %3").arg(from.toString(), to.toString(), reason));
        return;
    }
    QUndoStack *stack = m_document->undoStack();
    if (reconnecting) {
        stack->push(new ReconnectEdgeCommand(m_document, old, from, to));
        emit statusMessage(tr("Reconnected to %1").arg(target->ref().toString()));
    } else {
        connectPorts(from, to);
    }
}

void FlowScene::cancelWire()
{
    for (PortItem *port : std::as_const(m_litPorts))
        port->setHighlight(PortItem::Highlight::None);
    m_litPorts.clear();
    m_hoveredPort = nullptr;
    delete m_wireItem;
    m_wireItem = nullptr;
    if (m_isReconnecting)
        if (EdgeItem *item = edgeItem(m_reconnecting))
            item->setVisible(true);
    m_isReconnecting = false;
    if (m_drag == Drag::Wiring)
        m_drag = Drag::None;
}

void FlowScene::startMove()
{
    m_drag = Drag::Moving;
    // Moving many items through a BSP index rebuilds it every frame on big flows; while the
    // drag lasts a linear scan is cheaper (Qt's NoIndex, "for dynamic scenes").
    if (m_nodes.size() > LargeFlow)
        setItemIndexMethod(NoIndex);
    // Without a fixed scene rect Qt recomputes the bounding rect of every item after each
    // frame to grow it; pinned for the drag, it grows again (once) when the drag ends.
    setSceneRect(sceneRect());
    m_movingNodes = affectedNodeIds();
    m_move = std::make_unique<LiveNodeMove>(m_document, m_movingNodes);
    m_movingNotes.clear();
    for (const QString &id : selectedNoteIds())
        m_movingNotes.append({ id, m_notes.value(id)->pos() });
}

void FlowScene::updateMove(QPointF scenePos)
{
    QPointF offset = scenePos - m_pressPos;
    if (m_gridSnap) {
        offset.setX(std::round(offset.x() / GridSize) * GridSize);
        offset.setY(std::round(offset.y() / GridSize) * GridSize);
    }
    if (m_move)
        m_move->moveBy(offset);
    for (const auto &[id, start] : std::as_const(m_movingNotes))
        if (NoteItem *item = m_notes.value(id))
            item->setPos(start + offset); // shown only; the command on release stores it
    EdgeItem *target = nullptr;
    if (m_movingNodes.size() == 1 && m_movingNotes.isEmpty())
        target = splitTargetFor(m_movingNodes.constFirst());
    if (target != m_splitTarget) {
        if (m_splitTarget)
            m_splitTarget->setDropTarget(false);
        m_splitTarget = target;
        if (m_splitTarget)
            m_splitTarget->setDropTarget(true);
    }
}

EdgeItem *FlowScene::splitTargetFor(const QString &nodeId) const
{
    // Only a node with no connections yet is inserted: one that is wired means a move.
    if (!m_edgesByNode.values(nodeId).isEmpty())
        return nullptr;
    NodeItem *node = m_nodes.value(nodeId);
    if (!node)
        return nullptr;
    const QRectF rect = node->mapRectToScene(node->nodeRect());
    for (QGraphicsItem *item : items(rect.center(), Qt::IntersectsItemShape)) {
        auto *edge = qgraphicsitem_cast<EdgeItem *>(item);
        if (edge && edge->isVisible()
            && SplitEdgeCommand::canSplit(m_document, edge->edge(), nodeId))
            return edge;
    }
    return nullptr;
}

void FlowScene::finishMove()
{
    QUndoStack *stack = m_document->undoStack();
    const QStringList moving
        = m_move ? m_move->isActive() ? affectedNodeIds() : QStringList() : QStringList();
    EdgeItem *split = m_splitTarget;
    if (m_splitTarget)
        m_splitTarget->setDropTarget(false);
    m_splitTarget = nullptr;
    QList<std::pair<QString, FlowNote>> notes;
    for (const auto &[id, start] : std::as_const(m_movingNotes)) {
        NoteItem *item = m_notes.value(id);
        const FlowNote *note = m_document->note(id);
        if (item && note && item->pos() != note->at) {
            FlowNote moved = *note;
            moved.at = item->pos();
            notes.append({ id, moved });
        }
    }
    const bool compound = !notes.isEmpty() || split;
    if (compound)
        stack->beginMacro(split ? tr("Insert node into edge") : tr("Move selection"));
    if (m_move)
        m_move->finish();
    for (const auto &[id, note] : std::as_const(notes))
        stack->push(new ChangeNoteCommand(m_document, id, note));
    if (split && moving.size() == 1)
        stack->push(new SplitEdgeCommand(m_document, split->edge(), moving.constFirst()));
    if (compound)
        stack->endMacro();
    m_move.reset();
    m_movingNodes.clear();
    m_movingNotes.clear();
    m_drag = Drag::None;
    if (itemIndexMethod() != BspTreeIndex)
        setItemIndexMethod(BspTreeIndex);
    setSceneRect(QRectF()); // grows with the items again
    scheduleContentChanged();
}

void FlowScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    const qreal lod
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.5)
        return; // a grid of dots at low zoom is noise, and costly
    const qreal step = GridSize * (lod < 1 ? 2 : 1);
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVarLengthArray<QPointF, 512> dots;
    // Aliased cosmetic points: the fast path, and dots need no smoothing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(QColor(0xc9, 0xcf, 0xd8), 2, Qt::SolidLine, Qt::SquareCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step) {
            dots.append(QPointF(x, y));
            if (dots.size() == 512) {
                painter->drawPoints(dots.data(), int(dots.size()));
                dots.clear();
            }
        }
    }
    if (!dots.isEmpty())
        painter->drawPoints(dots.data(), int(dots.size()));
}

void FlowScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    // Ghosts: nodes the overlay says are gone (a diff's removed nodes), drawn dashed.
    if (m_overlay.ghosts.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    for (auto it = m_overlay.ghosts.cbegin(); it != m_overlay.ghosts.cend(); ++it) {
        const QRectF box(it->x, it->y, 180, 64);
        if (!box.intersects(rect))
            continue;
        painter->setPen(QPen(QColor(0xc6, 0x3b, 0x3b), 1.5, Qt::DashLine));
        painter->setBrush(QColor(0xc6, 0x3b, 0x3b, 25));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(QColor(0x8a, 0x2a, 0x2a));
        painter->drawText(box.adjusted(12, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop,
                          (it->name.isEmpty() ? it.key() : it->name) + u'\n' + it->type);
    }
}

} // namespace Flowsmith
