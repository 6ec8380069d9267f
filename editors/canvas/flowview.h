#pragma once

#include <QGraphicsView>
#include <QPointer>

#include <QLineEdit>

namespace Flowsmith {

class FlowScene;
class QuickAddPopup;

/// The view on a FlowScene, with the canvas's mouse and keyboard handling: zoom (wheel,
/// Ctrl+= / Ctrl+- / Ctrl+0), pan (middle drag, space drag), rubber-band and Ctrl+A selection,
/// arrow-key nudges, Tab through the nodes, Enter for the inspector, Delete, F2 rename in place,
/// clipboard, quick add (double-click or Ctrl+Space) and drops from the palette.
class FlowView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FlowView(FlowScene *scene, QWidget *parent = nullptr);

    FlowScene *flowScene() const { return m_scene; }

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Zooms so the whole flow fits (never beyond 100%).
    void fitToContent();
    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 4.0;

    /// Selects the node and scrolls it into the middle.
    void showNode(const QString &nodeId);
    /// Edits the node's name in place; Enter commits (one command), Escape cancels.
    /// Asks for a note's text (double-click on a note) and changes it as one command.
    void editNote(const QString &noteId);
    /// Asks for a group's title (double-click on its frame) and changes it as one command.
    void editGroupTitle(const QString &groupId);
    void startRename(const QString &nodeId);
    QLineEdit *renameEditor() const { return m_renameEditor; }
    /// Offers the node types at `scenePos`; the chosen one is added there.
    void showQuickAdd(QPointF scenePos);
    QuickAddPopup *quickAddPopup() const { return m_quickAdd; }
    /// Selects the next (or previous) node in document order and shows it.
    void cycleNodes(bool forward);
    /// What an empty canvas says to do next; empty while the flow has nodes.
    QString emptyHint() const;

signals:
    /// Enter on a selection: show these nodes in the inspector.
    void inspectorRequested(const QStringList &nodeIds);
    void findRequested();
    void helpRequested();
    void zoomChanged(qreal zoom);
    /// The visible part of the scene changed (scrolling, zooming, resizing): the minimap follows.
    void visibleRectChanged();
    /// A right click: the editor shows its menu for `scenePos`.
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void zoomBy(qreal factor, QPoint anchor);
    void updateSceneRect();
    void finishRename(bool commit);
    bool handleShortcut(QKeyEvent *event);

    FlowScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QPointer<QLineEdit> m_renameEditor;
    QString m_renamingNode;
    QuickAddPopup *m_quickAdd = nullptr;
    bool m_showsEmptyHint = false; ///< the hint spans the viewport: toggling it repaints all
    QPointF m_quickAddPos; ///< where the quick-add popup's choice lands, in scene coordinates
};

} // namespace Flowsmith
