#include "editors/canvas/floweditor.h"

#include "editors/canvas/canvasexport.h"
#include "editors/canvas/canvasfindbar.h"
#include "editors/canvas/flowediting.h"
#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/shortcutsdialog.h"
#include "model/documents/flowdocument.h"
#include "model/layout/autolayout.h"
#include "model/layout/autolayoutcommand.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Flowsmith {

FlowEditor::FlowEditor(QWidget *parent)
    : DocumentEditor(parent)
    , m_document(new FlowDocument(this))
    , m_scene(new FlowScene(m_document, this))
    , m_view(new FlowView(m_scene, this))
    , m_findBar(new CanvasFindBar(m_view, this))
    , m_toolBar(new QToolBar(this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("flowEditor"));
    m_toolBar->setObjectName(QStringLiteral("canvasToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_view);

    createActions();

    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &FlowEditor::edited);
    connect(m_scene, &FlowScene::nodeSelectionChanged, this, &FlowEditor::selectionChanged);
    connect(m_scene, &FlowScene::statusMessage, this, &FlowEditor::statusMessage);
    connect(m_scene, &FlowScene::nodeActivated, this,
            [this](const QString &id) { emit inspectorRequested({ id }); });
    connect(m_view, &FlowView::inspectorRequested, this, &FlowEditor::inspectorRequested);
    connect(m_view, &FlowView::findRequested, this, &FlowEditor::showFind);
    connect(m_view, &FlowView::helpRequested, this, &FlowEditor::showHelp);
    connect(m_view, &FlowView::contextMenuRequested, this, &FlowEditor::showContextMenu);
    connect(m_view, &FlowView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("100%"));
}

FlowEditor::~FlowEditor()
{
    // The scene's items refer to the document: let the view and scene go first.
    delete m_view;
    delete m_scene;
}

void FlowEditor::createActions()
{
    const auto add
        = [this](const QString &text, const QKeySequence &key, auto slot, const char *name) {
              auto *action = new QAction(text, this);
              action->setObjectName(QLatin1String(name));
              if (!key.isEmpty()) {
                  action->setShortcut(key);
                  action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  action->setToolTip(
                      QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
              }
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    using A = AlignNodesCommand::Alignment;

    QAction *zoomOut = add(
        tr("−"), {}, [this] { m_view->zoomOut(); }, "actionZoomOut");
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    QAction *zoomIn = add(
        tr("+"), {}, [this] { m_view->zoomIn(); }, "actionZoomIn");
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=)"));
    QAction *fit = add(
        tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_view->fitToContent(); },
        "actionFitToView");
    QAction *layoutAction = add(
        tr("Auto-layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { autoLayout(); },
        "actionAutoLayout");
    QAction *group = add(
        tr("Group"), QKeySequence(Qt::CTRL | Qt::Key_G),
        [this] { FlowEditing::groupSelection(m_scene, tr("Group")); }, "actionGroup");
    QAction *ungroup = add(
        tr("Ungroup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        [this] { FlowEditing::ungroupSelection(m_scene); }, "actionUngroup");
    QAction *note = add(
        tr("Note"), {},
        [this] {
            const QPointF at = m_view->mapToScene(m_view->viewport()->rect().center());
            FlowEditing::addNote(m_scene, at, tr("Note"));
        },
        "actionAddNote");
    note->setToolTip(tr("Add a sticky note"));
    QAction *snap = add(
        tr("Snap"), {}, [this](bool on) { m_scene->setGridSnap(on); }, "actionSnapToGrid");
    snap->setCheckable(true);
    snap->setToolTip(tr("Snap moved nodes to the grid"));
    QAction *exportAction = add(
        tr("Export…"), {}, [this] { exportDialog(); }, "actionExport");
    exportAction->setToolTip(tr("Export the canvas as PNG, SVG or PDF"));
    QAction *print = add(
        tr("Print…"), {}, [this] { CanvasExport::print(m_scene, this); }, "actionPrint");
    QAction *help = add(
        tr("?"), {}, [this] { showHelp(); }, "actionCanvasHelp");
    help->setToolTip(tr("Canvas shortcuts (F1)"));

    m_alignMenu = new QMenu(tr("Align"), this);
    m_alignMenu->setObjectName(QStringLiteral("alignMenu"));
    const std::pair<QString, A> alignments[] = {
        { tr("Align Left"), A::Left },
        { tr("Align Centre"), A::HorizontalCenter },
        { tr("Align Right"), A::Right },
        { tr("Align Top"), A::Top },
        { tr("Align Middle"), A::VerticalCenter },
        { tr("Align Bottom"), A::Bottom },
        { tr("Distribute Horizontally"), A::DistributeHorizontally },
        { tr("Distribute Vertically"), A::DistributeVertically },
    };
    for (const auto &[text, alignment] : alignments) {
        if (alignment == A::Top || alignment == A::DistributeHorizontally)
            m_alignMenu->addSeparator();
        const A a = alignment;
        m_alignMenu->addAction(text, this, [this, a] { FlowEditing::alignSelection(m_scene, a); });
    }
    auto *alignButton = new QToolButton(this);
    alignButton->setText(tr("Align"));
    alignButton->setMenu(m_alignMenu);
    alignButton->setPopupMode(QToolButton::InstantPopup);

    m_toolBar->addAction(zoomOut);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(zoomIn);
    m_toolBar->addAction(fit);
    m_toolBar->addSeparator();
    m_toolBar->addAction(layoutAction);
    m_toolBar->addWidget(alignButton);
    m_toolBar->addAction(group);
    m_toolBar->addAction(ungroup);
    m_toolBar->addAction(note);
    m_toolBar->addAction(snap);
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportAction);
    m_toolBar->addAction(print);
    m_toolBar->addAction(help);

    m_editActions = { group, ungroup, layoutAction };
}

bool FlowEditor::load(const QString &path, QString *errorMessage)
{
    FileError error;
    if (!m_document->load(path, &error)) {
        if (errorMessage)
            *errorMessage = error.toString();
        return false;
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

bool FlowEditor::save(QString *errorMessage)
{
    FileError error;
    if (!m_document->save(filePath(), &error)) {
        if (errorMessage)
            *errorMessage = error.toString();
        return false;
    }
    emit saved(filePath());
    return true;
}

QUndoStack *FlowEditor::undoStack() const
{
    return m_document->undoStack();
}

void FlowEditor::showFind()
{
    m_findBar->activate();
}

void FlowEditor::jumpTo(int line, int column)
{
    Q_UNUSED(column);
    // The node whose block starts last at or before the line covers it.
    const FlowNode *best = nullptr;
    for (const FlowNode &node : m_document->flow().nodes)
        if (node.position.line > 0 && node.position.line <= line
            && (!best || node.position.line > best->position.line))
            best = &node;
    // Lines past the nodes (edges, groups) belong to no node.
    const int edgesLine = m_document->flow().edges.isEmpty()
        ? 0
        : m_document->flow().edges.constFirst().position.line;
    if (best && (edgesLine == 0 || line < edgesLine))
        m_view->showNode(best->id);
}

void FlowEditor::selectNode(const QString &nodeId)
{
    m_view->showNode(nodeId);
}

QStringList FlowEditor::selectedNodes() const
{
    return m_scene->selectedNodeIds();
}

void FlowEditor::setProblems(const ProblemList &problems)
{
    m_scene->setProblems(problems);
}

bool FlowEditor::exportTo(const QString &fileName, QString *errorMessage)
{
    return CanvasExport::write(m_scene, fileName, errorMessage);
}

void FlowEditor::exportDialog()
{
    const QString base = QFileInfo(filePath()).completeBaseName().section(u'.', 0, 0);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Canvas"), QFileInfo(filePath()).absolutePath() + u'/' + base + ".png",
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        emit statusMessage(tr("Export failed: %1").arg(error));
    else
        emit statusMessage(tr("Exported %1").arg(QFileInfo(fileName).fileName()));
}

void FlowEditor::showHelp()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void FlowEditor::showContextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    QMenu menu(this);
    const bool hasSelection = !m_scene->selectedItems().isEmpty();
    const QStringList nodes = m_scene->selectedNodeIds();
    menu.addAction(tr("Cut"), this, [this] { FlowEditing::cutToClipboard(m_scene); })
        ->setEnabled(hasSelection);
    menu.addAction(tr("Copy"), this, [this] { FlowEditing::copyToClipboard(m_scene); })
        ->setEnabled(hasSelection);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    menu.addAction(tr("Paste"), this,
                   [this, scenePos] { FlowEditing::pasteFromClipboard(m_scene, scenePos); })
        ->setEnabled(mime
                     && (mime->hasFormat(QString::fromLatin1(FlowEditing::FragmentMimeType))
                         || mime->hasText()));
    menu.addAction(tr("Duplicate"), this, [this] { FlowEditing::duplicateSelection(m_scene); })
        ->setEnabled(hasSelection);
    menu.addAction(tr("Delete"), this, [this] { FlowEditing::deleteSelection(m_scene); })
        ->setEnabled(hasSelection);
    menu.addSeparator();
    if (nodes.size() == 1)
        menu.addAction(tr("Rename"), this, [this, id = nodes.first()] { m_view->startRename(id); });
    if (!nodes.isEmpty())
        menu.addAction(tr("Show in Inspector"), this,
                       [this, nodes] { emit inspectorRequested(nodes); });
    menu.addSeparator();
    for (QAction *action : std::as_const(m_editActions))
        menu.addAction(action);
    menu.addMenu(m_alignMenu)->setEnabled(nodes.size() > 1);
    menu.addAction(tr("Add Note Here"), this,
                   [this, scenePos] { FlowEditing::addNote(m_scene, scenePos, tr("Note")); });
    menu.addAction(tr("Add Node Here…"), this,
                   [this, scenePos] { m_view->showQuickAdd(scenePos); });
    menu.exec(globalPos);
}

void FlowEditor::autoLayout()
{
    if (m_layoutWatcher && m_layoutWatcher->isRunning())
        return;
    // graphviz takes about a second for 500 nodes and grows fast: below that it is instant.
    constexpr int BackgroundFrom = 300;
    QStringList subset = m_scene->selectedNodeIds();
    if (subset.size() < 2)
        subset.clear();
    const Flow &flow = m_document->flow();
    if ((subset.isEmpty() ? flow.nodes.size() : subset.size()) < BackgroundFrom) {
        QString error;
        if (!FlowEditing::autoLayout(m_scene, &error))
            emit statusMessage(tr("Auto-layout failed: %1").arg(error));
        return;
    }
    if (!m_layoutWatcher) {
        m_layoutWatcher = new QFutureWatcher<LayoutOutcome>(this);
        connect(m_layoutWatcher, &QFutureWatcherBase::finished, this, &FlowEditor::applyLayout);
    }
    m_layoutStartIndex = m_document->undoStack()->index();
    // The worker lays out a copy: the document may change meanwhile (then the result is
    // stale and dropped).
    m_layoutWatcher->setFuture(QtConcurrent::run([flow = Flow(flow), subset] {
        LayoutOutcome outcome;
        outcome.positions = AutoLayout::compute(flow, subset, &outcome.error);
        return outcome;
    }));
    m_layoutProgress
        = new QProgressDialog(tr("Laying out %n node(s)…", nullptr,
                                 int(subset.isEmpty() ? flow.nodes.size() : subset.size())),
                              tr("Cancel"), 0, 0, this);
    m_layoutProgress->setObjectName(QStringLiteral("layoutProgress"));
    m_layoutProgress->setWindowTitle(tr("Auto-layout"));
    m_layoutProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_layoutProgress->setMinimumDuration(300);
    connect(m_layoutProgress, &QProgressDialog::canceled, this, [this] {
        m_layoutStartIndex = -1; // the result is thrown away when it comes
        emit statusMessage(tr("Auto-layout cancelled"));
    });
}

void FlowEditor::applyLayout()
{
    if (m_layoutProgress) {
        m_layoutProgress->disconnect(this);
        m_layoutProgress->close();
        m_layoutProgress = nullptr;
    }
    const bool current
        = m_layoutStartIndex >= 0 && m_layoutStartIndex == m_document->undoStack()->index();
    m_layoutStartIndex = -1;
    const LayoutOutcome outcome = m_layoutWatcher->result();
    if (!outcome.positions) {
        emit statusMessage(tr("Auto-layout failed: %1").arg(outcome.error));
        return;
    }
    if (!current)
        return; // cancelled, or the flow changed while graphviz worked
    if (std::unique_ptr<AutoLayoutCommand> command
        = AutoLayoutCommand::create(m_document, *outcome.positions))
        m_document->undoStack()->push(command.release());
}

} // namespace Flowsmith
