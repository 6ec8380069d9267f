#pragma once

#include "editors/canvas/canvasoverlay.h"
#include "model/core/flow.h"
#include "model/core/problem.h"
#include "model/documents/flowdocument.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <memory>

class QGraphicsPathItem;

namespace Flowsmith {

class EdgeItem;
class FlowDocument;
class GroupItem;
class LiveNodeMove;
class NodeItem;
class NoteItem;
class PortItem;

/// The canvas of one flow. Mirrors a FlowDocument through its change signals (the document is
/// the truth: items are rebuilt or synced from it, never the other way round) and turns mouse
/// gestures into document commands: dragging nodes (a LiveNodeMove, one merged command on
/// release; dropped onto an edge a lone node is inserted into it), wiring ports with a live
/// curve, dragging an edge's end to reconnect it.
class FlowScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FlowScene(FlowDocument *document, QObject *parent = nullptr);
    ~FlowScene() override;

    FlowDocument *document() const { return m_document; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(const FlowEdge &edge) const;
    GroupItem *groupItem(const QString &id) const { return m_groups.value(id); }
    NoteItem *noteItem(const QString &id) const { return m_notes.value(id); }
    QList<NodeItem *> nodeItems() const;

    /// Selected nodes, in document order.
    QStringList selectedNodeIds() const;
    QStringList selectedNoteIds() const;
    QStringList selectedGroupIds() const;
    QList<FlowEdge> selectedEdges() const;
    /// Selected nodes plus the members of selected groups, in document order: what a move,
    /// copy or delete acts on.
    QStringList affectedNodeIds() const;
    void selectNodes(const QStringList &ids);

    /// Validation problems of the project; the ones about this flow become node badges.
    void setProblems(const ProblemList &problems);
    const CanvasOverlay &overlay() const { return m_overlay; }
    /// Paints simulator or diff state over the flow; an empty overlay clears it.
    void setOverlay(const CanvasOverlay &overlay);

    /// Scene position of a port's centre.
    QPointF portScenePos(const PortRef &port) const;
    /// The bounding rectangle of every node, note and group (empty flow: a null rect).
    QRectF contentRect() const;

    bool gridSnap() const { return m_gridSnap; }
    void setGridSnap(bool on) { m_gridSnap = on; }
    static constexpr qreal GridSize = 20;
    /// From this many nodes on, drags suspend the BSP index.
    static constexpr int LargeFlow = 500;

    /// Whether `from` may be wired to `to`; `reason` says why not.
    bool canConnect(const PortRef &from, const PortRef &to, QString *reason) const;
    /// Wires two ports as one command; refused connections emit statusMessage with the reason.
    bool connectPorts(const PortRef &from, const PortRef &to);

signals:
    /// Something the status bar should say (a refused connection and why).
    void statusMessage(const QString &message);
    /// The selected nodes changed (document order).
    void nodeSelectionChanged(const QStringList &nodeIds);
    /// A node was double-clicked: open it in the inspector.
    void nodeActivated(const QString &nodeId);
    /// The empty canvas was double-clicked: offer the quick-add popup there.
    void quickAddRequested(const QPointF &scenePos);
    /// A note or a group was double-clicked: edit its text or title.
    void noteEditRequested(const QString &noteId);
    void groupEditRequested(const QString &groupId);
    /// The content rectangle may have changed (nodes added, removed or moved); posted, so a
    /// burst of changes gives one signal.
    void contentChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void scheduleContentChanged();
    void addNodeItem(const FlowNode &node);
    void addEdgeItem(const FlowEdge &edge);
    void removeEdgeItem(const FlowEdge &edge);
    void updateEdgesOf(const QString &nodeId);
    void updateEdge(EdgeItem *item);
    void updateGroupsOf(const QString &nodeId);
    void updateGroup(GroupItem *item);
    void applyProblems();
    void applyOverlay();

    void onNodeAdded(const QString &id);
    void onNodeRemoved(const QString &id);
    void onNodeChanged(const QString &id, Flowsmith::FlowDocument::NodeProperty property);
    void onNodeIdChanged(const QString &oldId, const QString &newId);

    PortItem *portAt(QPointF scenePos) const;
    void startWire(PortItem *port, EdgeItem *reconnecting = nullptr);
    void updateWire(QPointF scenePos);
    void finishWire(QPointF scenePos);
    void cancelWire();
    void startMove();
    void updateMove(QPointF scenePos);
    void finishMove();
    EdgeItem *splitTargetFor(const QString &nodeId) const;

    FlowDocument *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    QMultiHash<QString, EdgeItem *> m_edgesByNode;
    QHash<QString, GroupItem *> m_groups;
    QHash<QString, NoteItem *> m_notes;
    ProblemList m_problems;
    CanvasOverlay m_overlay;
    bool m_gridSnap = false;
    bool m_contentChangePending = false;

    enum class Drag { None, Pending, Moving, Wiring };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPoint m_pressScreenPos;
    std::unique_ptr<LiveNodeMove> m_move;
    QStringList m_movingNodes; ///< affectedNodeIds() when the drag started: it scans the flow
    QList<std::pair<QString, QPointF>> m_movingNotes; ///< id, position at the start
    EdgeItem *m_splitTarget = nullptr;
    // Wiring: the fixed end, whether it is an output, and the edge being reconnected.
    PortRef m_wireAnchor;
    bool m_wireFromOutput = true;
    QGraphicsPathItem *m_wireItem = nullptr;
    FlowEdge m_reconnecting;
    bool m_isReconnecting = false;
    PortItem *m_hoveredPort = nullptr;
    QList<PortItem *> m_litPorts;
};

} // namespace Flowsmith
