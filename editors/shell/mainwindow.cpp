#include "editors/shell/mainwindow.h"

#include "editors/canvas/flowediting.h"
#include "editors/canvas/floweditor.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/minimapview.h"
#include "editors/inspector/inspectorview.h"
#include "editors/mapping/mappingeditor.h"
#include "editors/palette/palettedock.h"
#include "editors/palette/palettewidget.h"
#include "editors/problems/problemsview.h"
#include "editors/problems/projectchecker.h"
#include "editors/schema/importschemadialog.h"
#include "editors/shell/documenteditor.h"
#include "editors/shell/exampleprojects.h"
#include "editors/shell/newprojectwizard.h"
#include "editors/shell/projectexplorer.h"
#include "editors/shell/projectitemactions.h"
#include "editors/shell/recentprojects.h"
#include "editors/shell/studiotools.h"
#include "editors/shell/welcomepage.h"
#include "editors/source/sourceeditor.h"
#include "model/documents/flowdocument.h"
#include "model/validation/flowvalidator.h"
#include "model/validation/validationcontext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Flowsmith {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_recentProjects(new RecentProjects(this))
    , m_welcomePage(new WelcomePage(m_recentProjects, this))
    , m_explorer(new ProjectExplorer(this))
    , m_inspector(new InspectorView(this))
    , m_problemsView(new ProblemsView(this))
    , m_projectStatus(new QLabel(this))
    , m_problemStatus(new QLabel(this))
    , m_validation(new QFutureWatcher<ProblemList>(this))
    , m_flowValidationTimer(new QTimer(this))
    , m_flowValidation(new QFutureWatcher<QList<std::pair<QString, ProblemList>>>(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/flowsmith.svg")));
    resize(1400, 900);

    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);

    createDocks();
    createActions();
    m_tools = new StudioTools(this);

    m_problemStatus->setObjectName(QStringLiteral("problemStatus"));
    statusBar()->addWidget(m_projectStatus, 1);
    statusBar()->addPermanentWidget(m_problemStatus);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_welcomePage)
            m_tabs->removeTab(index);
        else if (auto *editor = qobject_cast<DocumentEditor *>(page))
            closeEditor(editor);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        DocumentEditor *editor = currentEditor();
        m_undoGroup->setActiveStack(editor ? editor->undoStack() : nullptr);
        auto *flowEditor = qobject_cast<FlowEditor *>(editor);
        m_minimap->setFlowView(flowEditor ? flowEditor->view() : nullptr);
        updateInspector();
        updateActions();
    });

    connect(m_welcomePage, &WelcomePage::openProjectRequested, this,
            &MainWindow::openProjectDialog);
    connect(m_welcomePage, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcomePage, &WelcomePage::openExampleFolderRequested, this,
            &MainWindow::openExampleCopy);
    connect(m_welcomePage, &WelcomePage::openRecentRequested, this, &MainWindow::openRecentProject);
    connect(m_explorer, &ProjectExplorer::fileActivated, this,
            [this](const QString &path) { openFile(path); });
    connect(m_explorer, &ProjectExplorer::openAsTextRequested, this,
            [this](const QString &path) { openFileAsText(path); });
    connect(m_explorer, &ProjectExplorer::filesChanged, this, &MainWindow::revalidate);
    connect(m_problemsView, &ProblemsView::problemActivated, this, [this](const Problem &p) {
        if (p.file.isEmpty())
            return;
        // A problem about a node shows the node on the canvas; anything else its line of text.
        const bool flow = Project::kindOf(p.file) == ProjectFileKind::Flow;
        if (flow && !p.nodeId.isEmpty() && showNode(p.file, p.nodeId))
            return;
        if (flow && p.position.isValid()) {
            if (DocumentEditor *editor = openFileAsText(p.file))
                editor->jumpTo(p.position.line, p.position.column);
            return;
        }
        openFileAt(p.file, p.position.line, p.position.column);
    });
    connect(m_inspector, &InspectorView::nodeActivated, this, [this](const QString &nodeId) {
        DocumentEditor *editor = currentEditor();
        if (auto *canvas = qobject_cast<FlowEditor *>(editor)) {
            canvas->selectNode(nodeId);
            return;
        }
        const FlowDocument *document = flowDocument(editor);
        if (const FlowNode *node = document ? document->node(nodeId) : nullptr)
            editor->jumpTo(node->position.line, node->position.column);
    });
    connect(m_inspector, &InspectorView::openMappingRequested, this, [this](const QString &id) {
        openFile(Project::pathFor(ProjectFileKind::Mapping, id));
    });
    connect(m_validation, &QFutureWatcher<ProblemList>::finished, this,
            &MainWindow::onValidationFinished);
    m_flowValidationTimer->setSingleShot(true);
    m_flowValidationTimer->setInterval(400);
    connect(m_flowValidationTimer, &QTimer::timeout, this, &MainWindow::revalidateFlows);
    connect(m_flowValidation, &QFutureWatcherBase::finished, this,
            &MainWindow::onFlowValidationFinished);

    showWelcomePage();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The worker reads files only, but the result must not arrive at a half-destroyed window.
    m_validation->disconnect(this);
    m_validation->waitForFinished();
    m_flowValidation->disconnect(this);
    m_flowValidation->waitForFinished();
    // Tabs die after this body; their last signals must not reach a half-destroyed window.
    for (DocumentEditor *editor : editors())
        editor->disconnect(this);
    m_tabs->disconnect(this);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](QWidget *content, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
        return dock;
    };
    m_explorerDock = makeDock(m_explorer, tr("Project"), QStringLiteral("projectDock"));
    m_inspectorDock = makeDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"));
    m_problemsDock = makeDock(m_problemsView, tr("Problems"), QStringLiteral("problemsDock"));
    m_minimap = new MinimapView(this);
    m_minimapDock = makeDock(m_minimap, tr("Minimap"), QStringLiteral("minimapDock"));
    m_paletteDock = new PaletteDock(this);
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    // Double-click or Enter in the palette adds the type in the middle of the current canvas.
    connect(m_paletteDock->palette(), &PaletteWidget::typeActivated, this,
            [this](const QString &typeId) {
                if (auto *canvas = qobject_cast<FlowEditor *>(currentEditor())) {
                    FlowView *view = canvas->view();
                    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
                    FlowEditing::addNode(canvas->scene(), typeId, centre - QPointF(90, 32));
                    view->setFocus();
                }
            });

    // The side docks run the full height; problems sit under the documents only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_minimapDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    splitDockWidget(m_explorerDock, m_paletteDock, Qt::Vertical);
    splitDockWidget(m_inspectorDock, m_minimapDock, Qt::Vertical);
    resizeDocks({ m_inspectorDock, m_minimapDock }, { 600, 180 }, Qt::Vertical);
    resizeDocks({ m_explorerDock, m_inspectorDock }, { 280, 340 }, Qt::Horizontal);
    resizeDocks({ m_problemsDock }, { 210 }, Qt::Vertical);
    resizeDocks({ m_explorerDock, m_paletteDock }, { 420, 360 }, Qt::Vertical);

    connect(m_problemsView, &ProblemsView::countChanged, this, [this](int count) {
        m_problemsDock->setWindowTitle(count > 0 ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
}

void MainWindow::createActions()
{
    auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name)));
    };

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *file = m_fileMenu;
    QAction *newProjectAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newProjectAction->setObjectName(QStringLiteral("actionNewProject"));
    newProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open
        = file->addAction(icon("open"), tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    open->setObjectName(QStringLiteral("actionOpenProject"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Recent &Projects"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentProjects"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(m_recentProjects, &RecentProjects::changed, this, &MainWindow::updateRecentMenu);
    QAction *example
        = file->addAction(tr("Open &Example Project"), this, &MainWindow::openExampleProject);
    example->setObjectName(QStringLiteral("actionOpenExample"));
    file->addSeparator();
    QAction *importSchemaAction
        = file->addAction(tr("&Import Schema…"), this, &MainWindow::importSchema);
    importSchemaAction->setObjectName(QStringLiteral("actionImportSchema"));
    importSchemaAction->setEnabled(false);
    connect(this, &MainWindow::projectOpened, importSchemaAction,
            [importSchemaAction] { importSchemaAction->setEnabled(true); });
    connect(this, &MainWindow::projectClosed, importSchemaAction,
            [importSchemaAction] { importSchemaAction->setEnabled(false); });
    // Project items: new, rename, duplicate, delete, one project-level undo step each.
    m_projectItems = new ProjectItemActions(this, importSchemaAction);
    m_projectItems->addTo(file);
    file->addSeparator();
    m_saveAction
        = file->addAction(icon("save"), tr("&Save"), this, [this] { saveEditor(currentEditor()); });
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAllAction = file->addAction(icon("saveall"), tr("Save A&ll"), this, &MainWindow::saveAll);
    m_saveAllAction->setObjectName(QStringLiteral("actionSaveAll"));
    m_saveAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_closeTabAction = file->addAction(tr("&Close Tab"), this, [this] {
        if (DocumentEditor *editor = currentEditor())
            closeEditor(editor);
        else if (m_tabs->currentWidget() == m_welcomePage)
            m_tabs->removeTab(m_tabs->currentIndex());
    });
    m_closeTabAction->setObjectName(QStringLiteral("actionCloseTab"));
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction *closeProjectAction
        = file->addAction(tr("Close P&roject"), this, &MainWindow::closeProject);
    closeProjectAction->setObjectName(QStringLiteral("actionCloseProject"));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(icon("redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(m_projectItems->undoAction()); // "Undo <project edit>" from anywhere
    edit->addSeparator();
    m_findAction = edit->addAction(icon("find"), tr("&Find…"), this, [this] {
        if (DocumentEditor *editor = currentEditor())
            editor->showFind();
    });
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : { m_explorerDock, static_cast<QDockWidget *>(m_paletteDock),
                               m_inspectorDock, m_problemsDock, m_minimapDock })
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *asText = m_viewMenu->addAction(tr("Open as &Text"), this, [this] {
        if (DocumentEditor *editor = currentEditor())
            openFileAsText(relativePath(editor));
    });
    asText->setObjectName(QStringLiteral("actionOpenAsText"));
    QAction *welcome
        = m_viewMenu->addAction(tr("&Welcome Page"), this, &MainWindow::showWelcomePage);
    welcome->setObjectName(QStringLiteral("actionWelcomePage"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Flowsmith"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addAction(open);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_saveAllAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_findAction);
    m_viewMenu->insertAction(welcome, toolBar->toggleViewAction());

    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_recentProjects->folders();
    for (const QString &folder : folders) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(folder), this,
                                                  [this, folder] { openRecentProject(folder); });
        action->setData(folder);
    }
    if (!folders.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), m_recentProjects, &RecentProjects::clear);
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

bool MainWindow::openProject(const QString &path, FileError *error)
{
    const QFileInfo info(path);
    const QString folder
        = QDir::cleanPath(info.isFile() ? info.absolutePath() : info.absoluteFilePath());
    FileError openError;
    std::optional<Project> opened = Project::open(folder, &openError);
    if (!opened) {
        if (openError.file.isEmpty())
            openError.file = folder + QStringLiteral("/flowsmith.yaml");
        if (error)
            *error = openError;
        return false;
    }
    if (!closeProject()) {
        if (error)
            *error = FileError { QString(), folder, {}, tr("Opening was cancelled.") };
        return false;
    }
    m_project = std::move(opened);
    m_explorer->setProject(&*m_project);
    m_inspector->setProject(&*m_project); // its pickers offer the project's ids
    m_recentProjects->add(m_project->folder());
    const int welcomeIndex = m_tabs->indexOf(m_welcomePage);
    if (welcomeIndex >= 0)
        m_tabs->removeTab(welcomeIndex);
    updateTitle();
    revalidate();

    // Something to look at straight away: the first flow, else the manifest.
    QList<ProjectFile> flows = m_project->files(ProjectFileKind::Flow);
    std::sort(flows.begin(), flows.end(), [](const ProjectFile &a, const ProjectFile &b) {
        return a.relativePath < b.relativePath;
    });
    const QList<ProjectFile> manifest = m_project->files(ProjectFileKind::Manifest);
    if (!flows.isEmpty())
        openFile(flows.first().relativePath);
    else if (!manifest.isEmpty())
        openFile(manifest.first().relativePath);

    emit projectOpened(m_project->folder());
    return true;
}

bool MainWindow::closeProject()
{
    if (!m_project)
        return true;
    const QList<DocumentEditor *> open = editors();
    if (!maybeSave(open))
        return false;
    for (DocumentEditor *editor : open) {
        discardEditor(editor);
    }
    emit projectClosing();
    m_explorer->setProject(nullptr);
    m_inspector->setProject(nullptr);
    m_project.reset();
    m_problems.clear();
    m_diskProblems.clear();
    m_liveProblems.clear();
    m_problemsView->setProblems({});
    m_inspector->clear();
    showWelcomePage();
    updateTitle();
    emit projectClosed();
    return true;
}

DocumentEditor *MainWindow::openFile(const QString &relativePath)
{
    if (!m_project || relativePath.isEmpty())
        return nullptr;
    const bool flow = Project::kindOf(relativePath) == ProjectFileKind::Flow;
    const bool mapping = Project::kindOf(relativePath) == ProjectFileKind::Mapping;
    // Flows and mappings have an editor of their own; their text is a second tab.
    if (DocumentEditor *existing = findEditor(relativePath, !flow && !mapping)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    if (mapping)
        return openMapping(relativePath);
    if (!flow)
        return openFileAsText(relativePath);
    auto *canvas = new FlowEditor(m_tabs);
    QString message;
    if (!canvas->load(m_project->absolutePath(relativePath), &message)) {
        // A flow the model cannot read is still text a person can fix.
        delete canvas;
        DocumentEditor *text = openFileAsText(relativePath);
        if (text) {
            statusBar()->showMessage(message, 10000);
            text->jumpTo(0, 0);
        }
        return text;
    }
    connectFlowEditor(canvas);
    addEditorTab(canvas, relativePath);
    canvas->setProblems(m_problems);
    // Show the whole flow once the tab has its size.
    QTimer::singleShot(0, canvas, [canvas] { canvas->view()->fitToContent(); });
    return canvas;
}

DocumentEditor *MainWindow::openMapping(const QString &relativePath)
{
    auto *mapper = new MappingEditor(m_tabs);
    mapper->setProject(&*m_project);
    QString message;
    if (!mapper->load(m_project->absolutePath(relativePath), &message)) {
        // A mapping the model cannot read is still text a person can fix.
        delete mapper;
        DocumentEditor *text = openFileAsText(relativePath);
        if (text)
            statusBar()->showMessage(message, 10000);
        return text;
    }
    return addEditorTab(mapper, relativePath);
}

DocumentEditor *MainWindow::openFileAsText(const QString &relativePath)
{
    if (!m_project || relativePath.isEmpty())
        return nullptr;
    if (DocumentEditor *existing = findEditor(relativePath, true)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    const QString path = m_project->absolutePath(relativePath);
    auto *editor = new SourceEditor(m_tabs);
    QString message;
    if (!editor->load(path, &message)) {
        delete editor;
        showError(tr("Cannot open file"), message);
        return nullptr;
    }
    if (Project::kindOf(relativePath) == ProjectFileKind::Flow) {
        editor->setFollowingDocument(new FlowDocument(editor));
        loadFlowDocument(editor);
    }
    return addEditorTab(editor, relativePath);
}

FlowEditor *MainWindow::showNode(const QString &relativePath, const QString &nodeId)
{
    DocumentEditor *editor = findEditor(relativePath, false);
    if (!editor && Project::kindOf(relativePath) == ProjectFileKind::Flow)
        editor = openFile(relativePath);
    auto *canvas = qobject_cast<FlowEditor *>(editor);
    if (!canvas || !canvas->document()->node(nodeId))
        return nullptr;
    m_tabs->setCurrentWidget(canvas);
    canvas->selectNode(nodeId);
    canvas->view()->setFocus();
    return canvas;
}

DocumentEditor *MainWindow::addEditorTab(DocumentEditor *editor, const QString &relativePath)
{
    m_undoGroup->addStack(editor->undoStack());
    connect(editor, &DocumentEditor::modifiedChanged, this, [this, editor] {
        updateTabText(editor);
        updateTitle();
        updateActions();
    });
    connect(editor, &DocumentEditor::saved, this, [this, editor] { onEditorSaved(editor); });

    const ProjectFileKind kind = Project::kindOf(relativePath);
    const bool asText = (kind == ProjectFileKind::Flow || kind == ProjectFileKind::Mapping)
        && qobject_cast<SourceEditor *>(editor);
    const QString name = QFileInfo(relativePath).fileName();
    const int index
        = m_tabs->addTab(editor, ProjectExplorer::iconFor(Project::kindOf(relativePath)),
                         asText ? tr("%1 (text)").arg(name) : name);
    m_tabs->setTabToolTip(index, relativePath);
    m_tabs->setCurrentIndex(index);
    editor->setFocus();
    return editor;
}

DocumentEditor *MainWindow::openFileAt(const QString &relativePath, int line, int column)
{
    DocumentEditor *editor = openFile(relativePath);
    if (editor)
        editor->jumpTo(line, column);
    return editor;
}

DocumentEditor *MainWindow::currentEditor() const
{
    return qobject_cast<DocumentEditor *>(m_tabs->currentWidget());
}

DocumentEditor *MainWindow::editorFor(const QString &relativePath) const
{
    if (DocumentEditor *canvas = findEditor(relativePath, false))
        return canvas;
    return findEditor(relativePath, true);
}

DocumentEditor *MainWindow::findEditor(const QString &relativePath, bool text) const
{
    if (!m_project)
        return nullptr;
    const QString path = QFileInfo(m_project->absolutePath(relativePath)).absoluteFilePath();
    for (DocumentEditor *editor : editors()) {
        if (editor->filePath() == path && (qobject_cast<SourceEditor *>(editor) != nullptr) == text)
            return editor;
    }
    return nullptr;
}

void MainWindow::connectFlowEditor(FlowEditor *editor)
{
    connect(editor, &FlowEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(editor, &FlowEditor::edited, this, [this] {
        if (m_project)
            m_flowValidationTimer->start();
    });
    connect(editor, &FlowEditor::inspectorRequested, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });
    connect(editor, &FlowEditor::selectionChanged, this, [this, editor](const QStringList &ids) {
        if (editor == currentEditor() && m_inspector->flowDocument() == editor->document())
            m_inspector->setSelectedNodes(ids);
    });
}

QList<DocumentEditor *> MainWindow::editors() const
{
    QList<DocumentEditor *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<DocumentEditor *>(m_tabs->widget(i)))
            result.append(editor);
    }
    return result;
}

QString MainWindow::relativePath(const DocumentEditor *editor) const
{
    if (!editor || !m_project)
        return {};
    return QDir(m_project->folder()).relativeFilePath(editor->filePath());
}

bool MainWindow::closeEditor(DocumentEditor *editor)
{
    if (!editor || !maybeSave({ editor }))
        return false;
    discardEditor(editor);
    if (m_tabs->count() == 0 && !m_project)
        showWelcomePage();
    return true;
}

void MainWindow::discardEditor(DocumentEditor *editor)
{
    // Its stack may still signal while it is torn down: nothing of it reaches the window.
    editor->disconnect(this);
    m_undoGroup->removeStack(editor->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
}

bool MainWindow::saveEditor(DocumentEditor *editor)
{
    if (!editor)
        return false;
    QString message;
    if (!editor->save(&message)) {
        showError(tr("Cannot save file"), message);
        return false;
    }
    return true;
}

bool MainWindow::saveAll()
{
    bool ok = true;
    for (DocumentEditor *editor : editors()) {
        if (editor->isModified())
            ok = saveEditor(editor) && ok;
    }
    return ok;
}

bool MainWindow::maybeSave(const QList<DocumentEditor *> &candidates)
{
    QList<DocumentEditor *> modified;
    QStringList names;
    for (DocumentEditor *editor : candidates) {
        if (editor->isModified()) {
            modified.append(editor);
            names.append(relativePath(editor));
        }
    }
    if (modified.isEmpty())
        return true;
    switch (askToSave(names)) {
    case SaveChoice::Save:
        for (DocumentEditor *editor : std::as_const(modified)) {
            if (!saveEditor(editor))
                return false;
        }
        return true;
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

MainWindow::SaveChoice MainWindow::askToSave(const QStringList &fileNames)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        fileNames.size() == 1
            ? tr("Save the changes to %1?").arg(fileNames.first())
            : tr("Save the changes to these files?\n\n%1").arg(fileNames.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave(editors())) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::showWelcomePage()
{
    if (m_tabs->indexOf(m_welcomePage) < 0)
        m_tabs->insertTab(0, m_welcomePage, QIcon(QStringLiteral(":/icons/flowsmith.svg")),
                          tr("Welcome"));
    m_tabs->setCurrentWidget(m_welcomePage);
}

void MainWindow::updateTabText(DocumentEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    QString name = QFileInfo(editor->filePath()).fileName();
    if (!qobject_cast<FlowEditor *>(editor)
        && Project::kindOf(relativePath(editor)) == ProjectFileKind::Flow)
        name = tr("%1 (text)").arg(name);
    m_tabs->setTabText(index, editor->isModified() ? name + QLatin1Char('*') : name);
}

void MainWindow::updateTitle()
{
    bool modified = false;
    for (const DocumentEditor *editor : editors())
        modified = modified || editor->isModified();
    setWindowModified(modified);
    if (m_project) {
        const QString name = m_project->manifest().name.isEmpty()
            ? QFileInfo(m_project->folder()).fileName()
            : m_project->manifest().name;
        setWindowTitle(tr("%1[*] — Flowsmith").arg(name));
        m_projectStatus->setText(
            tr("Project: %1 — %2").arg(name, QDir::toNativeSeparators(m_project->folder())));
    } else {
        setWindowTitle(tr("Flowsmith"));
        m_projectStatus->setText(tr("No project open"));
        m_problemStatus->clear();
    }
}

void MainWindow::updateActions()
{
    DocumentEditor *editor = currentEditor();
    bool anyModified = false;
    for (const DocumentEditor *e : editors())
        anyModified = anyModified || e->isModified();
    m_saveAction->setEnabled(editor && editor->isModified());
    m_saveAllAction->setEnabled(anyModified);
    m_closeTabAction->setEnabled(m_tabs->count() > 0);
    m_findAction->setEnabled(editor != nullptr);
}

void MainWindow::updateInspector()
{
    DocumentEditor *editor = currentEditor();
    if (!editor || !m_project) {
        m_inspector->clear();
        return;
    }
    const QString path = relativePath(editor);
    const ProjectFileKind kind = Project::kindOf(path);
    const QString loadError = editor->loadError();
    FlowDocument *document = flowDocument(editor);
    if (document && loadError.isEmpty())
        m_inspector->showFlowDocument(document, path);
    else
        m_inspector->showFile(kind, path, loadError);
}

FlowDocument *MainWindow::flowDocument(const DocumentEditor *editor) const
{
    return editor ? qobject_cast<FlowDocument *>(editor->document()) : nullptr;
}

void MainWindow::loadFlowDocument(DocumentEditor *editor)
{
    // On the canvas the document is the truth: it is what was saved. In the source view the
    // text is the truth until the canvas lands: the document follows what was last saved, and a
    // file that does not load keeps the document's last good state.
    if (auto *text = qobject_cast<SourceEditor *>(editor))
        text->loadDocument();
}

void MainWindow::onEditorSaved(DocumentEditor *editor)
{
    loadFlowDocument(editor);
    // The other view of the same flow follows the file, unless it has edits of its own.
    for (DocumentEditor *other : editors()) {
        if (other == editor || other->filePath() != editor->filePath() || other->isModified())
            continue;
        if (auto *canvas = qobject_cast<FlowEditor *>(other)) {
            canvas->document()->reload();
        } else if (auto *text = qobject_cast<SourceEditor *>(other)) {
            QString message;
            text->load(other->filePath(), &message);
            loadFlowDocument(text);
        }
    }
    m_liveProblems.remove(relativePath(editor));
    if (editor == currentEditor())
        updateInspector();
    updateTitle();
    updateActions();
    revalidate();
}

void MainWindow::revalidate()
{
    if (!m_project)
        return;
    if (m_validation->isRunning()) {
        m_validationPending = true;
        return;
    }
    const QString folder = m_project->folder();
    m_validationFolder = folder;
    m_validation->setFuture(QtConcurrent::run([folder] { return ProjectChecker::check(folder); }));
}

bool MainWindow::isValidating() const
{
    return m_validation->isRunning() || m_validationPending;
}

const ProblemList &MainWindow::problems() const
{
    return m_problems;
}

void MainWindow::onValidationFinished()
{
    const bool current = m_project && m_validationFolder == m_project->folder();
    if (current && !m_validation->future().isCanceled()) {
        m_diskProblems = m_validation->result();
        publishProblems();
    }
    if (m_validationPending) {
        m_validationPending = false;
        revalidate();
        return;
    }
    if (current)
        emit problemsUpdated();
}

void MainWindow::revalidateFlows()
{
    if (!m_project)
        return;
    if (m_flowValidation->isRunning()) {
        m_flowValidationTimer->start(); // try again when this run is over
        return;
    }
    QList<std::pair<QString, Flow>> flows;
    for (DocumentEditor *editor : editors())
        if (auto *canvas = qobject_cast<FlowEditor *>(editor); canvas && canvas->isModified())
            flows.append({ relativePath(canvas), canvas->document()->flow() });
    // Flows back at their saved state are what the project validation saw.
    QSet<QString> modified;
    for (const auto &[path, flow] : std::as_const(flows))
        modified.insert(path);
    bool dropped = false;
    for (auto it = m_liveProblems.begin(); it != m_liveProblems.end();) {
        if (!modified.contains(it.key())) {
            it = m_liveProblems.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped)
        publishProblems();
    if (flows.isEmpty())
        return;
    const QString folder = m_project->folder();
    m_flowValidationFolder = folder;
    m_flowValidation->setFuture(QtConcurrent::run([folder, flows] {
        QList<std::pair<QString, ProblemList>> result;
        FileError error;
        const std::optional<Project> project = Project::open(folder, &error);
        const FlowValidator validator(project ? ValidationContext::fromProject(*project)
                                              : ValidationContext());
        for (const auto &[path, flow] : flows)
            result.append({ path, validator.validate(flow, path) });
        return result;
    }));
}

void MainWindow::onFlowValidationFinished()
{
    if (!m_project || m_flowValidationFolder != m_project->folder()
        || m_flowValidation->future().isCanceled())
        return;
    for (const auto &[path, problems] : m_flowValidation->result()) {
        DocumentEditor *editor = findEditor(path, false);
        if (editor && editor->isModified())
            m_liveProblems.insert(path, problems);
    }
    publishProblems();
    emit problemsUpdated();
}

void MainWindow::publishProblems()
{
    m_problems.clear();
    for (const Problem &p : std::as_const(m_diskProblems))
        if (!m_liveProblems.contains(p.file))
            m_problems.append(p);
    for (const ProblemList &live : std::as_const(m_liveProblems))
        m_problems.append(live);
    m_problemsView->setProblems(m_problems);
    m_problemStatus->setText(m_problemsView->summary());
    for (DocumentEditor *editor : editors())
        if (auto *canvas = qobject_cast<FlowEditor *>(editor))
            canvas->setProblems(m_problems);
}

void MainWindow::openProjectDialog()
{
    const QString start
        = m_project ? QFileInfo(m_project->folder()).absolutePath() : QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (folder.isEmpty())
        return;
    FileError error;
    if (!openProject(folder, &error) && !error.code.isEmpty())
        showError(tr("Cannot open project"), error.toString());
}

void MainWindow::openExampleProject()
{
    const QString folder = ExampleProjects::retailOrderToCash();
    if (folder.isEmpty()) {
        showError(tr("Cannot open project"), tr("The example project is not installed."));
        return;
    }
    openExampleCopy(folder);
}

QString MainWindow::askExamplesLocation(const QString &proposed)
{
    QMessageBox box(QMessageBox::Question, tr("Open Example Project"),
                    tr("Flowsmith copies the example into a folder of yours, as its own git "
                       "repository, so that you can change and commit it freely.\n\nCopies go "
                       "into %1.")
                        .arg(QDir::toNativeSeparators(proposed)),
                    QMessageBox::Cancel, this);
    QPushButton *copy = box.addButton(tr("Copy There"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(tr("Choose Folder…"), QMessageBox::ActionRole);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy)
        return proposed;
    if (box.clickedButton() == other)
        return QFileDialog::getExistingDirectory(this, tr("Folder for example projects"),
                                                 QDir::homePath());
    return {};
}

bool MainWindow::openExampleCopy(const QString &exampleFolder)
{
    static constexpr auto locationKey = "examples/copyLocation";
    QSettings settings;
    QString location = settings.value(QLatin1String(locationKey)).toString();
    if (location.isEmpty()) {
        location = askExamplesLocation(QDir::homePath() + QStringLiteral("/Flowsmith"));
        if (location.isEmpty())
            return false;
        settings.setValue(QLatin1String(locationKey), location);
    }
    FileError manifestError;
    const std::optional<ProjectManifest> manifest = ProjectManifest::load(
        QDir(exampleFolder).filePath(QStringLiteral("flowsmith.yaml")), &manifestError);
    if (!manifest) {
        showError(tr("Cannot open project"), manifestError.toString());
        return false;
    }
    const QString id = QFileInfo(exampleFolder).fileName();
    QString target = QDir(location).filePath(id);
    for (int suffix = 2; QFileInfo::exists(target); ++suffix)
        target = QDir(location).filePath(QStringLiteral("%1-%2").arg(id).arg(suffix));

    NewProjectRequest request;
    request.folder = target;
    request.name = manifest->name;
    request.id = id;
    request.start = ProjectStart::Template;
    request.source = exampleFolder;
    request.initialCommit = true;
    QString error;
    const std::optional<NewProjectResult> result = NewProject::create(request, &error);
    if (!result) {
        showError(tr("Cannot copy the example"), error);
        return false;
    }
    FileError openError;
    if (!openProject(result->folder, &openError)) {
        showError(tr("Cannot open project"), openError.toString());
        return false;
    }
    statusBar()->showMessage(
        tr("Copied the example to %1").arg(QDir::toNativeSeparators(result->folder)), 8000);
    return true;
}

std::optional<QString> MainWindow::runNewProjectWizard()
{
    const QString location = m_project ? QFileInfo(m_project->folder()).absolutePath()
                                       : QDir::homePath() + QStringLiteral("/Flowsmith");
    NewProjectWizard wizard(location, ExampleProjects::all(), this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return std::nullopt;
    return wizard.result()->folder;
}

void MainWindow::newProject()
{
    const std::optional<QString> folder = runNewProjectWizard();
    if (!folder)
        return;
    FileError error;
    if (!openProject(*folder, &error))
        showError(tr("Cannot open project"), error.toString());
}

void MainWindow::openRecentProject(const QString &folder)
{
    FileError error;
    if (openProject(folder, &error))
        return;
    if (!error.code.isEmpty() || !QFileInfo(folder).isDir()) {
        showError(tr("Cannot open project"), error.toString());
        if (!QFileInfo(folder).isDir())
            m_recentProjects->remove(folder);
    }
}

void MainWindow::importSchema()
{
    if (!m_project)
        return;
    auto *dialog = new ImportSchemaDialog(m_project->folder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSchemaDialog::schemasWritten, this, [this](const QStringList &paths) {
        // The same as after any file change on disk: list the files again and revalidate.
        m_explorer->rescan();
        revalidate();
        statusBar()->showMessage(tr("Imported %1").arg(paths.join(QLatin1String(", "))), 8000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Flowsmith"),
        tr("<h3>Flowsmith %1</h3>"
           "<p>An integration design studio: draw flows, map fields between schemas, simulate "
           "runs on sample data and commit the generated definitions for GitOps.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Flowsmith
