#pragma once

#include "editors/canvas/canvasoverlay.h"
#include "model/vcs/keychaincredentialstore.h"
#include "model/vcs/pullresult.h"
#include "model/vcs/repository.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QMenu;

namespace Flowsmith {

class FlowEditor;
class HistoryView;
class MainWindow;
class SimulationPanel;
class TestExplorer;

/// The tools around the documents: the simulator and flow-test docks, the Git menu and
/// history dock, and File › Export. Kept apart from MainWindow so that the window stays about
/// tabs, files and validation; it follows the window's project and current tab.
class StudioTools : public QObject
{
    Q_OBJECT

public:
    explicit StudioTools(MainWindow *window);

    SimulationPanel *simulationPanel() const { return m_simulation; }
    TestExplorer *testExplorer() const { return m_tests; }
    HistoryView *historyView() const { return m_history; }
    QList<QDockWidget *> docks() const { return m_docks; }
    /// The project's git repository, when the project is inside one.
    Repository *repository() { return m_repository ? &*m_repository : nullptr; }

    void showExportDialog();
    void showCommitDialog();
    void showRemoteDialog();
    void showBranchDialog();
    /// Creates a repository in the project folder (with .gitignore and .gitattributes).
    void initRepository();

private:
    void createDocks();
    void createMenus();
    void onProjectOpened(const QString &folder);
    void onProjectClosed();
    void onCurrentTabChanged();
    void applyOverlay(const CanvasOverlay &overlay, QObject *from);
    void showFlowAtCommit(const QString &commitId, const QString &path);
    void resolveConflicts(const QList<FileMergeConflicts> &conflicts);
    void updateGitActions();
    /// Badges the project explorer's files with their git status.
    void refreshGitStatus();
    FlowEditor *currentCanvas() const;

    MainWindow *m_window;
    SimulationPanel *m_simulation;
    TestExplorer *m_tests;
    HistoryView *m_history;
    QList<QDockWidget *> m_docks;
    QList<QAction *> m_repositoryActions;
    QAction *m_initAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_coverageAction = nullptr;
    std::optional<Repository> m_repository;
    KeychainCredentialStore m_keychain;
};

} // namespace Flowsmith
