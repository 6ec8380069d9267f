#include "editors/shell/studiotools.h"

#include "editors/canvas/floweditor.h"
#include "editors/canvas/flowscene.h"
#include "editors/export/exportdialog.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/projectexplorer.h"
#include "editors/simulation/messageinspector.h"
#include "editors/simulation/simulationpanel.h"
#include "editors/simulation/testexplorer.h"
#include "editors/vcs/branchdialog.h"
#include "editors/vcs/commitdialog.h"
#include "editors/vcs/conflictdialog.h"
#include "editors/vcs/flowdiffview.h"
#include "editors/vcs/historyview.h"
#include "editors/vcs/identitydialog.h"
#include "editors/vcs/remotedialog.h"
#include "editors/vcs/tagsdialog.h"
#include "model/vcs/conflictresolution.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Flowsmith {

StudioTools::StudioTools(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_simulation(new SimulationPanel(window))
    , m_tests(new TestExplorer(window))
    , m_history(new HistoryView(window))
{
    setObjectName(QStringLiteral("studioTools"));
    createDocks();
    createMenus();

    connect(window, &MainWindow::projectOpened, this, &StudioTools::onProjectOpened);
    connect(window, &MainWindow::projectClosing, this, &StudioTools::onProjectClosed);
    connect(window, &MainWindow::projectClosed, this, &StudioTools::updateGitActions);
    connect(window->tabWidget(), &QTabWidget::currentChanged, this,
            &StudioTools::onCurrentTabChanged);

    connect(m_simulation, &SimulationPanel::overlayChanged, this,
            [this](const CanvasOverlay &overlay) { applyOverlay(overlay, m_simulation); });
    connect(m_tests, &TestExplorer::overlayChanged, this,
            [this](const CanvasOverlay &overlay) { applyOverlay(overlay, m_tests); });
    connect(m_simulation, &SimulationPanel::highlightNodeRequested, this,
            [this](const QString &nodeId) {
                if (FlowEditor *canvas = currentCanvas())
                    canvas->selectNode(nodeId);
            });
    connect(m_tests, &TestExplorer::traceRequested, this,
            [this](const QString &title, const QString &, const auto &trace) {
                m_simulation->showTrace(title, trace);
                for (QDockWidget *dock : std::as_const(m_docks)) {
                    if (dock->widget() == m_simulation)
                        dock->raise();
                }
            });
    // A run saved as a test case shows up in the test explorer at once, run green.
    connect(m_simulation, &SimulationPanel::testCaseSaved, this, [this] {
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (dock->widget() == m_tests)
                dock->raise();
        }
        m_tests->runAll();
    });
    connect(m_history, &HistoryView::flowActivated, this, &StudioTools::showFlowAtCommit);
    // Saves, and files changed on disk, change the git status.
    connect(window->projectExplorer(), &ProjectExplorer::filesChanged, this,
            &StudioTools::refreshGitStatus);
    connect(window->tabWidget(), &QTabWidget::tabBarClicked, this, &StudioTools::refreshGitStatus);
    updateGitActions();
}

void StudioTools::createDocks()
{
    auto addDock = [this](QWidget *content, const QString &title, const QString &name,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, m_window);
        dock->setObjectName(name);
        dock->setWidget(content);
        m_window->addDockWidget(area, dock);
        m_docks.append(dock);
        return dock;
    };
    QDockWidget *simulation = addDock(m_simulation, tr("Simulation"),
                                      QStringLiteral("simulationDock"), Qt::BottomDockWidgetArea);
    QDockWidget *tests
        = addDock(m_tests, tr("Flow Tests"), QStringLiteral("testsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *history = addDock(m_history, tr("History"), QStringLiteral("historyDock"),
                                   Qt::BottomDockWidgetArea);
    QDockWidget *message = addDock(m_simulation->inspector(), tr("Message"),
                                   QStringLiteral("messageDock"), Qt::RightDockWidgetArea);
    // The problems stay in front; the rest are a tab away.
    m_window->tabifyDockWidget(m_window->problemsDock(), simulation);
    m_window->tabifyDockWidget(simulation, tests);
    m_window->tabifyDockWidget(tests, history);
    m_window->tabifyDockWidget(m_window->inspectorDock(), message);
    m_window->problemsDock()->raise();
    m_window->inspectorDock()->raise();
}

void StudioTools::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();

    // File › Export…, just before Quit.
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &StudioTools::showExportDialog);
    m_window->fileMenu()->insertAction(m_window->quitAction(), m_exportAction);
    m_window->fileMenu()->insertSeparator(m_window->quitAction());

    // View: the tool docks and the coverage overlay.
    if (QMenu *view = m_window->viewMenu()) {
        QAction *first = view->actions().value(0);
        for (QDockWidget *dock : std::as_const(m_docks))
            view->insertAction(first, dock->toggleViewAction());
        m_coverageAction = new QAction(tr("Show Test &Coverage"), this);
        m_coverageAction->setObjectName(QStringLiteral("actionShowCoverage"));
        m_coverageAction->setCheckable(true);
        connect(m_coverageAction, &QAction::toggled, this, [this](bool on) {
            FlowEditor *canvas = currentCanvas();
            if (!canvas)
                return;
            canvas->scene()->setOverlay(on ? m_tests->coverageOverlay(canvas->document()->flow())
                                           : CanvasOverlay {});
        });
        view->addSeparator();
        view->addAction(m_coverageAction);
    }

    // Git, before Help.
    auto *git = new QMenu(tr("&Git"), m_window);
    git->setObjectName(QStringLiteral("menuGit"));
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), git);
    QAction *commit = git->addAction(tr("&Commit…"), this, &StudioTools::showCommitDialog);
    commit->setObjectName(QStringLiteral("actionCommit"));
    commit->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QAction *remote
        = git->addAction(tr("&Fetch, Pull, Push…"), this, &StudioTools::showRemoteDialog);
    remote->setObjectName(QStringLiteral("actionRemotes"));
    QAction *branches = git->addAction(tr("&Branches…"), this, &StudioTools::showBranchDialog);
    branches->setObjectName(QStringLiteral("actionBranches"));
    QAction *tags = git->addAction(tr("&Tags…"), this, [this] {
        if (!m_repository)
            return;
        TagsDialog dialog(repository(), m_window);
        dialog.exec();
    });
    tags->setObjectName(QStringLiteral("actionTags"));
    git->addSeparator();
    m_initAction = git->addAction(tr("&Create Repository"), this, &StudioTools::initRepository);
    m_initAction->setObjectName(QStringLiteral("actionInitRepository"));
    m_repositoryActions = { commit, remote, branches, tags };
}

void StudioTools::onProjectOpened(const QString &folder)
{
    m_simulation->setProject(m_window->project());
    m_tests->setProject(m_window->project());
    QString error;
    m_repository = Repository::open(folder, &error);
    m_history->setRepository(repository(), QString());
    updateGitActions();
    refreshGitStatus();
    onCurrentTabChanged();
}

void StudioTools::onProjectClosed()
{
    m_simulation->setProject(nullptr);
    m_tests->setProject(nullptr);
    m_simulation->setFlowDocument(nullptr);
    m_tests->setFlowDocument(nullptr);
    m_history->setRepository(nullptr);
    m_repository.reset();
    m_window->projectExplorer()->setFileBadges({});
    updateGitActions();
}

void StudioTools::onCurrentTabChanged()
{
    FlowEditor *canvas = currentCanvas();
    // The panels keep the last flow while another kind of file is in front.
    if (!canvas)
        return;
    m_simulation->setFlowDocument(canvas->document());
    m_tests->setFlowDocument(canvas->document());
    if (m_coverageAction && m_coverageAction->isChecked())
        canvas->scene()->setOverlay(m_tests->coverageOverlay(canvas->document()->flow()));
}

void StudioTools::applyOverlay(const CanvasOverlay &overlay, QObject *from)
{
    FlowEditor *canvas = currentCanvas();
    if (!canvas)
        return;
    // One overlay at a time: test coverage while its toggle is on, the simulation otherwise.
    const bool coverage = m_coverageAction && m_coverageAction->isChecked();
    if ((from == m_tests) != coverage)
        return;
    canvas->scene()->setOverlay(overlay);
}

FlowEditor *StudioTools::currentCanvas() const
{
    return qobject_cast<FlowEditor *>(m_window->currentEditor());
}

void StudioTools::updateGitActions()
{
    const bool hasRepository = m_repository.has_value();
    for (QAction *action : std::as_const(m_repositoryActions))
        action->setEnabled(hasRepository);
    if (m_initAction)
        m_initAction->setEnabled(m_window->project() && !hasRepository);
    if (m_exportAction)
        m_exportAction->setEnabled(m_window->project() != nullptr);
}

void StudioTools::refreshGitStatus()
{
    QHash<QString, QString> codes;
    if (m_repository && m_window->project()) {
        for (const FileStatus &status : m_repository->projectStatus(m_window->project()->folder()))
            codes.insert(status.path, status.shortCode());
    }
    m_window->projectExplorer()->setFileBadges(codes);
}

void StudioTools::showExportDialog()
{
    if (!m_window->project())
        return;
    ExportDialog dialog(m_window->project()->folder(), m_window);
    dialog.exec();
}

void StudioTools::showCommitDialog()
{
    if (!m_repository || !m_window->project())
        return;
    // The gate reads the files on disk: what the user sees must be what is committed.
    if (!m_window->saveAll())
        return;
    if (!IdentityDialog::ensureIdentity(repository(), m_window))
        return;
    CommitDialog dialog(repository(), m_window->project()->folder(), m_window);
    dialog.setCredentialStore(&m_keychain);
    connect(&dialog, &CommitDialog::committed, this, [this](const QString &id) {
        m_window->statusBar()->showMessage(tr("Committed %1").arg(id.left(10)), 8000);
        m_history->reload();
    });
    dialog.exec();
    refreshGitStatus();
}

void StudioTools::showRemoteDialog()
{
    if (!m_repository)
        return;
    if (!m_window->saveAll())
        return;
    RemoteDialog dialog(repository(), m_window);
    dialog.setCredentialStore(&m_keychain);
    connect(&dialog, &RemoteDialog::conflictsFound, this, &StudioTools::resolveConflicts);
    connect(&dialog, &RemoteDialog::workTreeChanged, this, [this] {
        m_history->reload();
        m_window->projectExplorer()->rescan();
    });
    dialog.exec();
}

void StudioTools::showBranchDialog()
{
    if (!m_repository)
        return;
    if (!m_window->saveAll())
        return;
    BranchDialog dialog(repository(), m_window);
    connect(&dialog, &BranchDialog::branchSwitched, this, [this](const QString &name) {
        // The files changed under the open tabs: reopen the project from disk.
        const QString folder = m_window->project() ? m_window->project()->folder() : QString();
        if (!folder.isEmpty())
            m_window->openProject(folder);
        m_window->statusBar()->showMessage(tr("Switched to branch %1").arg(name), 8000);
    });
    dialog.exec();
}

void StudioTools::initRepository()
{
    if (!m_window->project() || m_repository)
        return;
    QString error;
    m_repository = Repository::init(m_window->project()->folder(), &error);
    if (!m_repository) {
        QMessageBox::warning(m_window, tr("Create Repository"), error);
        return;
    }
    m_history->setRepository(repository(), QString());
    updateGitActions();
    refreshGitStatus();
}

void StudioTools::showFlowAtCommit(const QString &commitId, const QString &path)
{
    if (!m_repository)
        return;
    auto flowAt = [this, &path](const QString &revision) {
        QString error;
        const std::optional<QByteArray> bytes = m_repository->fileAt(revision, path, &error);
        FileError fileError;
        std::optional<Flow> flow = bytes && !bytes->trimmed().isEmpty()
            ? Flow::fromYaml(*bytes, path, &fileError)
            : std::optional<Flow>(Flow {});
        return flow.value_or(Flow {});
    };
    const Flow before = flowAt(commitId + QStringLiteral("~1"));
    const Flow after = flowAt(commitId);

    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("%1 in %2").arg(path, commitId.left(10)));
    dialog.resize(1100, 700);
    auto *layout = new QVBoxLayout(&dialog);
    auto *diff = new FlowDiffView(&dialog);
    diff->setFlows(before, after);
    layout->addWidget(diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void StudioTools::resolveConflicts(const QList<FileMergeConflicts> &conflicts)
{
    if (!m_repository)
        return;
    QStringList unresolved;
    for (const FileMergeConflicts &file : conflicts) {
        if (file.conflicts.isEmpty()) {
            unresolved.append(file.path);
            continue;
        }
        ConflictDialog dialog(file.path, file.conflicts, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            unresolved.append(file.path);
            continue;
        }
        const QString absolute = m_repository->workDir() + u'/' + file.path;
        QString error;
        FileError fileError;
        std::optional<Flow> merged = Flow::load(absolute, &fileError);
        const std::optional<QByteArray> theirsBytes
            = m_repository->fileAt(QStringLiteral("MERGE_HEAD"), file.path, &error);
        std::optional<Flow> theirs = theirsBytes
            ? Flow::fromYaml(*theirsBytes, file.path, &fileError)
            : std::optional<Flow>();
        if (!merged || !theirs
            || !applyConflictResolutions(&*merged, *theirs, dialog.resolutions(), &error)
            || !merged->save(absolute, &fileError) || !m_repository->stage({ file.path }, &error)) {
            unresolved.append(file.path);
            continue;
        }
    }
    m_window->projectExplorer()->rescan();
    if (unresolved.isEmpty())
        QMessageBox::information(m_window, tr("Merge"),
                                 tr("Every conflict is resolved and staged. Commit to finish "
                                    "the merge."));
    else
        QMessageBox::warning(
            m_window, tr("Merge"),
            tr("These files still have conflicts: %1").arg(unresolved.join(QStringLiteral(", "))));
}

} // namespace Flowsmith
