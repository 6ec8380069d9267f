#include "editors/canvas/flowview.h"

#include "editors/canvas/canvasitemtypes.h"
#include "editors/canvas/flowediting.h"
#include "editors/canvas/flowscene.h"
#include "editors/canvas/nodeitem.h"
#include "editors/palette/quickaddpopup.h"
#include "model/documents/flowdocument.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Flowsmith {

FlowView::FlowView(FlowScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("flowView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Items change in small places (one node, its edges): repaint just those.
    setViewportUpdateMode(SmartViewportUpdate);
    connect(scene, &QGraphicsScene::changed, this, [this] {
        const bool hint = !emptyHint().isEmpty();
        if (hint != m_showsEmptyHint) {
            m_showsEmptyHint = hint;
            viewport()->update();
        }
    });
    setOptimizationFlag(DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    connect(scene, &FlowScene::contentChanged, this, &FlowView::updateSceneRect);
    connect(scene, &FlowScene::quickAddRequested, this, &FlowView::showQuickAdd);
    connect(scene, &FlowScene::noteEditRequested, this, &FlowView::editNote);
    connect(scene, &FlowScene::groupEditRequested, this, &FlowView::editGroupTitle);
    updateSceneRect();
}

qreal FlowView::zoom() const
{
    return transform().m11();
}

void FlowView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    // Keep the middle of the view where it is, also when the scene rect grows with the zoom.
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(zoom, zoom));
    updateSceneRect();
    centerOn(centre);
    emit zoomChanged(zoom);
    emit visibleRectChanged();
}

void FlowView::zoomBy(qreal factor, QPoint anchor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    // Keep the scene point under `anchor` where it is.
    const QPointF before = mapToScene(anchor);
    setTransform(QTransform::fromScale(target, target));
    updateSceneRect();
    const QPointF after = mapToScene(anchor);
    const QPointF delta = (after - before) * target;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(delta.y())));
    emit zoomChanged(target);
    emit visibleRectChanged();
}

void FlowView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void FlowView::zoomOut()
{
    zoomBy(1 / 1.25, viewport()->rect().center());
}

void FlowView::resetZoom()
{
    setZoom(1.0);
}

void FlowView::fitToContent()
{
    const QRectF content = m_scene->contentRect();
    if (content.isNull()) {
        resetZoom();
        return;
    }
    const QRectF target = content.adjusted(-40, -40, 40, 40);
    const qreal zoomX = viewport()->width() / target.width();
    const qreal zoomY = viewport()->height() / target.height();
    setZoom(std::min({ zoomX, zoomY, 1.0 }));
    centerOn(target.center());
    emit visibleRectChanged();
}

void FlowView::updateSceneRect()
{
    // Room to scroll a screenful past the content in every direction.
    QRectF content = m_scene->contentRect();
    if (content.isNull())
        content = QRectF(0, 0, 1, 1);
    const qreal z = zoom() > 0 ? zoom() : 1;
    const qreal mx = viewport()->width() / z;
    const qreal my = viewport()->height() / z;
    setSceneRect(content.adjusted(-mx, -my, mx, my));
}

void FlowView::showNode(const QString &nodeId)
{
    NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    m_scene->selectNodes({ nodeId });
    item->setFocus();
    centerOn(item->mapRectToScene(item->nodeRect()).center());
    emit visibleRectChanged();
}

void FlowView::cycleNodes(bool forward)
{
    const QList<NodeItem *> items = m_scene->nodeItems();
    if (items.isEmpty())
        return;
    const QStringList selected = m_scene->selectedNodeIds();
    int index = -1;
    if (!selected.isEmpty())
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i)->nodeId() == (forward ? selected.last() : selected.first()))
                index = i;
    const int count = int(items.size());
    const int next
        = index < 0 ? (forward ? 0 : count - 1) : (index + (forward ? 1 : count - 1)) % count;
    showNode(items.at(next)->nodeId());
}

void FlowView::editNote(const QString &noteId)
{
    const FlowNote *note = m_scene->document()->note(noteId);
    if (!note)
        return;
    // Window-modal and not blocking: the canvas keeps painting, tests answer it.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Note"));
    dialog->setLabelText(tr("Note:"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(note->text);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, noteId](const QString &text) {
        FlowEditing::setNoteText(m_scene, noteId, text);
    });
    dialog->open();
}

void FlowView::editGroupTitle(const QString &groupId)
{
    const FlowGroup *group = m_scene->document()->group(groupId);
    if (!group)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("groupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Group"));
    dialog->setLabelText(tr("Title:"));
    dialog->setTextValue(group->title);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, groupId](const QString &title) {
        FlowEditing::setGroupTitle(m_scene, groupId, title.trimmed());
    });
    dialog->open();
}

void FlowView::startRename(const QString &nodeId)
{
    NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    finishRename(false);
    m_renamingNode = nodeId;
    centerOn(item);
    const QRect box = mapFromScene(item->mapRectToScene(QRectF(36, 6, 136, 24))).boundingRect();
    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->setText(item->displayName());
    m_renameEditor->selectAll();
    m_renameEditor->setGeometry(box.adjusted(0, 0, 0, 4));
    m_renameEditor->show();
    m_renameEditor->setFocus();
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_renameEditor->installEventFilter(this);
}

void FlowView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    const QString id = std::exchange(m_renamingNode, QString());
    if (commit)
        FlowEditing::renameNode(m_scene, id, editor->text().trimmed());
    editor->hide();
    editor->deleteLater();
    setFocus();
}

void FlowView::showQuickAdd(QPointF scenePos)
{
    if (!m_quickAdd) {
        m_quickAdd = new QuickAddPopup(this);
        connect(m_quickAdd, &QuickAddPopup::typeChosen, this, [this](const QString &typeId) {
            FlowEditing::addNode(m_scene, typeId, m_quickAddPos);
            setFocus();
        });
    }
    m_quickAddPos = scenePos;
    m_quickAdd->popup(viewport()->mapToGlobal(mapFromScene(scenePos)));
}

bool FlowView::event(QEvent *event)
{
    // Tab walks the nodes instead of moving the focus out of the canvas.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & Qt::ControlModifier)) {
            cycleNodes(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride && m_renameEditor) {
        event->accept(); // typing a name must not trigger window shortcuts
        return true;
    }
    return QGraphicsView::event(event);
}

bool FlowView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scrolls
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps), event->position().toPoint());
    event->accept();
}

bool FlowView::handleShortcut(QKeyEvent *event)
{
    const auto matches = [event](QKeySequence::StandardKey key) {
        return event->matches(key);
    };
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrl = mods & Qt::ControlModifier;
    if (matches(QKeySequence::SelectAll)) {
        for (QGraphicsItem *item : m_scene->items())
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
    } else if (matches(QKeySequence::Copy)) {
        FlowEditing::copyToClipboard(m_scene);
    } else if (matches(QKeySequence::Cut)) {
        FlowEditing::cutToClipboard(m_scene);
    } else if (matches(QKeySequence::Paste)) {
        const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
        const bool inside = viewport()->rect().contains(cursor);
        FlowEditing::pasteFromClipboard(m_scene,
                                        inside ? std::optional(mapToScene(cursor)) : std::nullopt);
    } else if (ctrl && event->key() == Qt::Key_D) {
        FlowEditing::duplicateSelection(m_scene);
    } else if (matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        FlowEditing::deleteSelection(m_scene);
    } else if (matches(QKeySequence::Find)) {
        emit findRequested();
    } else if (ctrl && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus)) {
        zoomIn();
    } else if (ctrl && event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        resetZoom();
    } else if (ctrl && event->key() == Qt::Key_Space) {
        const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
        showQuickAdd(
            mapToScene(viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center()));
    } else if (event->key() == Qt::Key_F1) {
        emit helpRequested();
    } else if (event->key() == Qt::Key_F2) {
        const QStringList selected = m_scene->selectedNodeIds();
        if (!selected.isEmpty())
            startRename(selected.first());
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit inspectorRequested(m_scene->selectedNodeIds());
    } else if (event->key() == Qt::Key_Escape) {
        m_scene->clearSelection();
    } else {
        return false;
    }
    return true;
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()
        && !(event->modifiers() & Qt::ControlModifier)) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
        || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    if (arrow) {
        // Shift moves a grid step; plain arrows a small one (or a grid step when snapping).
        const qreal step = (event->modifiers() & Qt::ShiftModifier) || m_scene->gridSnap()
            ? FlowScene::GridSize
            : 2;
        QPointF delta;
        switch (event->key()) {
        case Qt::Key_Left:
            delta = { -step, 0 };
            break;
        case Qt::Key_Right:
            delta = { step, 0 };
            break;
        case Qt::Key_Up:
            delta = { 0, -step };
            break;
        default:
            delta = { 0, step };
            break;
        }
        FlowEditing::nudgeSelection(m_scene, delta);
        event->accept();
        return;
    }
    if (handleShortcut(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FlowView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_renameEditor)
        finishRename(true);
    QGraphicsView::mousePressEvent(event);
}

void FlowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FlowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FlowView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(FlowEditing::NodeTypeMimeType))) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void FlowView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(FlowEditing::NodeTypeMimeType))) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void FlowView::dropEvent(QDropEvent *event)
{
    const QString format = QString::fromLatin1(FlowEditing::NodeTypeMimeType);
    if (!event->mimeData()->hasFormat(format)) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString typeId = QString::fromUtf8(event->mimeData()->data(format)).trimmed();
    // The node lands centred under the cursor.
    const QPointF at = mapToScene(event->position().toPoint()) - QPointF(90, 32);
    if (FlowEditing::addNode(m_scene, typeId, at).isEmpty()) {
        emit m_scene->statusMessage(tr("Unknown node type '%1'").arg(typeId));
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setFocus();
}

void FlowView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_renameEditor)
        m_renameEditor->move(m_renameEditor->pos() + QPoint(dx, dy));
    emit visibleRectChanged();
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
    emit visibleRectChanged();
}

void FlowView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    // A right click on an unselected node makes it the selection, as file managers do.
    if (QGraphicsItem *item = itemAt(event->pos());
        item && (item->flags() & QGraphicsItem::ItemIsSelectable) && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos(), scenePos);
    event->accept();
}

QString FlowView::emptyHint() const
{
    const QList<QGraphicsItem *> all = m_scene->items();
    const bool hasNodes = std::any_of(all.cbegin(), all.cend(), [](const QGraphicsItem *item) {
        return item->type() == NodeItemType;
    });
    if (hasNodes)
        return {};
    return tr("This flow is empty.\nDrag a source from the palette on the left, or double-click "
              "here (Ctrl+Space) to add a node. Then drag from a node's output port to the next "
              "node's input.");
}

void FlowView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    const QString hint = emptyHint();
    m_showsEmptyHint = !hint.isEmpty();
    if (hint.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    const QRect box = viewport()->rect().adjusted(60, 0, -60, 0);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, hint);
}

} // namespace Flowsmith
