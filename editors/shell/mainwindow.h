#pragma once

#include "model/core/fileerror.h"
#include "model/core/problem.h"
#include "model/core/project.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoGroup;
template<typename T> class QFutureWatcher;

namespace Flowsmith {

class DocumentEditor;
class FlowDocument;
class FlowEditor;
class MinimapView;
class PaletteDock;
class InspectorView;
class ProblemsView;
class ProjectExplorer;
class RecentProjects;
class ProjectItemActions;
class StudioTools;
class WelcomePage;

/// The studio's main window: the project explorer (left), the open documents as tabs, the
/// inspector (right) and the problems (bottom). Menus act on the current tab; undo and redo
/// go through a QUndoGroup over every tab's stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the project in `path` (its folder or its flowsmith.yaml), closing the current one
    /// first (which may ask to save). On failure the window keeps what it had and `error`
    /// names the file and the place.
    bool openProject(const QString &path, FileError *error = nullptr);
    /// Closes every tab (asking to save modified ones) and the project; false if cancelled.
    bool closeProject();
    const Project *project() const { return m_project ? &*m_project : nullptr; }

    /// Opens a project file (relative to the project folder) in a tab, or shows its tab. Flows
    /// open on the canvas (FlowEditor), other files as text.
    DocumentEditor *openFile(const QString &relativePath);
    /// Opens the file in the source view, even a flow (its text tab is separate from its canvas).
    /// Opens a mapping in the mapper (as text when the mapper cannot read it).
    DocumentEditor *openMapping(const QString &relativePath);
    DocumentEditor *openFileAsText(const QString &relativePath);
    /// Opens the flow on the canvas and selects and centres the node.
    FlowEditor *showNode(const QString &relativePath, const QString &nodeId);
    /// Opens the file and puts the cursor at 1-based `line` and `column`.
    DocumentEditor *openFileAt(const QString &relativePath, int line, int column);
    DocumentEditor *currentEditor() const;
    /// The tab showing the file: its canvas for a flow when one is open, else its text.
    DocumentEditor *editorFor(const QString &relativePath) const;
    QList<DocumentEditor *> editors() const;
    QString relativePath(const DocumentEditor *editor) const;
    /// The model document of a flow tab, reloaded whenever the tab saves; null for other files.
    FlowDocument *flowDocument(const DocumentEditor *editor) const;

    /// Closes a tab, asking first when it is modified; false if the user cancelled.
    bool closeEditor(DocumentEditor *editor);
    bool saveEditor(DocumentEditor *editor);
    bool saveAll();

    /// Validates the project again, on a worker thread; problemsUpdated() follows.
    void revalidate();
    bool isValidating() const;
    const ProblemList &problems() const;

    ProjectExplorer *projectExplorer() const { return m_explorer; }
    InspectorView *inspectorView() const { return m_inspector; }
    ProblemsView *problemsView() const { return m_problemsView; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    WelcomePage *welcomePage() const { return m_welcomePage; }
    QTabWidget *tabWidget() const { return m_tabs; }
    RecentProjects *recentProjects() const { return m_recentProjects; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QLabel *problemStatusLabel() const { return m_problemStatus; }
    QMenu *fileMenu() const { return m_fileMenu; }
    /// File › Quit: what goes at the end of the File menu goes before it.
    QAction *quitAction() const { return m_quitAction; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    /// The simulator, flow-test, history docks and the Git and Export actions.
    StudioTools *tools() const { return m_tools; }
    ProjectItemActions *projectItems() const { return m_projectItems; }
    QDockWidget *minimapDock() const { return m_minimapDock; }
    MinimapView *minimapView() const { return m_minimap; }
    PaletteDock *paletteDock() const { return m_paletteDock; }

    void showWelcomePage();
    /// File › New Project…: the wizard, then the new project opens.
    void newProject();
    /// Copies the bundled example at `exampleFolder` into a folder the user owns (asked the
    /// first time; a numbered suffix when taken), as its own repository with one commit, and
    /// opens the copy. Examples are never edited in place.
    bool openExampleCopy(const QString &exampleFolder);

signals:
    void projectOpened(const QString &folder);
    /// The project is about to go: what holds pointers into it lets go now.
    void projectClosing();
    void projectClosed();
    void problemsUpdated();

protected:
    friend class ProjectItemActions; // reports through showError(), as the window does
    /// Asks whether to save the modified files listed; a virtual so tests can answer.
    virtual SaveChoice askToSave(const QStringList &fileNames);
    /// Shows an error to the user; a virtual so tests can record it instead of blocking.
    virtual void showError(const QString &title, const QString &message);
    /// Asks where copies of examples go, proposing `proposed`; empty when cancelled. A virtual
    /// so tests can answer.
    virtual QString askExamplesLocation(const QString &proposed);
    /// Runs the New Project wizard; a virtual so tests can drive it without a modal loop.
    virtual std::optional<QString> runNewProjectWizard();
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateRecentMenu();
    void updateTitle();
    void updateTabText(DocumentEditor *editor);
    void updateInspector();
    void updateActions();
    void onEditorSaved(DocumentEditor *editor);
    void loadFlowDocument(DocumentEditor *editor);
    DocumentEditor *findEditor(const QString &relativePath, bool text) const;
    DocumentEditor *addEditorTab(DocumentEditor *editor, const QString &relativePath);
    void connectFlowEditor(FlowEditor *editor);
    void revalidateFlows();
    void onFlowValidationFinished();
    void publishProblems();
    void onValidationFinished();
    void openProjectDialog();
    void openExampleProject();
    void openRecentProject(const QString &folder);
    void showAbout();
    /// File › Import Schema…: the dialog writes into schemas/, the explorer lists the result.
    void importSchema();
    bool maybeSave(const QList<DocumentEditor *> &editors);
    void discardEditor(DocumentEditor *editor);

    std::optional<Project> m_project;
    QTabWidget *m_tabs;
    QUndoGroup *m_undoGroup;
    RecentProjects *m_recentProjects;
    WelcomePage *m_welcomePage;
    ProjectExplorer *m_explorer;
    InspectorView *m_inspector;
    ProblemsView *m_problemsView;
    QDockWidget *m_explorerDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_minimapDock = nullptr;
    PaletteDock *m_paletteDock = nullptr;
    MinimapView *m_minimap = nullptr;
    QLabel *m_projectStatus;
    QLabel *m_problemStatus;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_quitAction = nullptr;
    StudioTools *m_tools = nullptr;
    ProjectItemActions *m_projectItems = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_findAction = nullptr;

    QFutureWatcher<ProblemList> *m_validation;
    QString m_validationFolder; ///< the project m_validation checks; a result for another is stale
    // Canvas edits are not on disk yet: their flows are checked in memory, debounced.
    QTimer *m_flowValidationTimer;
    QFutureWatcher<QList<std::pair<QString, ProblemList>>> *m_flowValidation;
    QString m_flowValidationFolder; ///< the project m_flowValidation checks
    QHash<QString, ProblemList> m_liveProblems; ///< relative path -> in-memory problems
    bool m_validationPending = false;
    ProblemList m_diskProblems; ///< the last project validation (files as saved)
    ProblemList m_problems; ///< m_diskProblems with unsaved canvas flows checked in memory
};

} // namespace Flowsmith
