// The studio's shell on a copy of the example project: explorer, tabs, editing, saving,
// undo/redo through the Edit menu, the problems dock, recent projects and the welcome page.

#include "editors/canvas/floweditor.h"
#include "editors/canvas/flowscene.h"
#include "editors/inspector/inspectorview.h"
#include "editors/mapping/mappingeditor.h"
#include "editors/problems/problemsmodel.h"
#include "editors/problems/problemsview.h"
#include "editors/shell/documenteditor.h"
#include "editors/shell/exampleprojects.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/projectexplorer.h"
#include "editors/shell/recentprojects.h"
#include "editors/shell/studiotools.h"
#include "editors/shell/welcomepage.h"
#include "editors/simulation/hoplistmodel.h"
#include "editors/simulation/simulationpanel.h"
#include "editors/source/findbar.h"
#include "editors/source/sourceeditor.h"
#include "model/core/flow.h"
#include "model/documents/flowdocument.h"
#include "model/documents/mappingdocument.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

using namespace Flowsmith;

namespace {

const QString exampleSource = QStringLiteral(FLOWSMITH_SOURCE_DIR)
    + QStringLiteral("/resources/examples/retail-order-to-cash");

// A window whose questions the test answers instead of a person.
class TestWindow : public MainWindow
{
public:
    SaveChoice answer = SaveChoice::Cancel;
    QStringList asked;
    QStringList errors;

protected:
    SaveChoice askToSave(const QStringList &fileNames) override
    {
        asked << fileNames;
        return answer;
    }
    void showError(const QString &, const QString &message) override { errors << message; }
};

bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!source.exists())
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

SourceEditor *sourceEditor(DocumentEditor *editor)
{
    return qobject_cast<SourceEditor *>(editor);
}

// A real double-click starts with a click; item views only activate what was pressed.
void doubleClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, pos);
}

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// A flow whose last edge points at a node that does not exist.
const QByteArray brokenFlow = "flowsmith: 1\n"
                              "id: broken\n"
                              "name: Broken\n"
                              "governance:\n"
                              "  owner: integration-team\n"
                              "  steward: customer-data-office\n"
                              "nodes:\n"
                              "  - id: receive\n"
                              "    type: source.http\n"
                              "    at: [80, 120]\n"
                              "    config: {method: POST, path: /broken}\n"
                              "  - id: log\n"
                              "    type: sink.log\n"
                              "    at: [300, 120]\n"
                              "edges:\n"
                              "  - {from: receive.out, to: log.in}\n"
                              "  - {from: receive.out, to: ghost.in}\n";

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnWelcomePage();
    void explorerListsTheProjectFiles();
    void opensByManifestPath();
    void openErrorsNameTheFile_data();
    void openErrorsNameTheFile();
    void doubleClickOpensATab();
    void editMarksModifiedAndSaveWritesBytes();
    void shortcutsSaveUndoRedo();
    void undoRedoThroughTheEditMenu();
    void undoFollowsTheCurrentTab();
    void saveAllWritesEveryModifiedFile();
    void closingAModifiedTabAsks_data();
    void closingAModifiedTabAsks();
    void quittingWithModifiedTabsAsks();
    void findShowsTheFindBar();
    void inspectorShowsTheFlow();
    void saveReloadsTheFlowDocument();
    void problemsDockFillsAndJumpsToTheLine();
    void saveRerunsValidation();
    void explorerFollowsTheDisk();
    void recentProjectsRemembersOpenedFolders();
    void recentProjectsKeepsEightAndDropsMissing();
    void welcomePageOpensTheExample();
    void toolsFollowTheProject();
    void inspectorOpensTheMapping();
    void pausedRunShowsOnTheCanvas();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Recent projects and window state go to a throw-away settings file.
    QCoreApplication::setOrganizationName(QStringLiteral("FlowsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(QFileInfo::exists(exampleSource + QStringLiteral("/flowsmith.yaml")),
             qPrintable(exampleSource));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("retail-order-to-cash"));
    QVERIFY(copyFolder(exampleSource, m_project));
}

void tst_MainWindow::cleanup()
{
    m_dir.reset();
}

void tst_MainWindow::startsOnWelcomePage()
{
    TestWindow window;
    QVERIFY(!window.project());
    QCOMPARE(window.tabWidget()->currentWidget(), window.welcomePage());
    QVERIFY(window.editors().isEmpty());
}

void tst_MainWindow::explorerListsTheProjectFiles()
{
    TestWindow window;
    FileError error;
    QVERIFY2(window.openProject(m_project, &error), qPrintable(error.toString()));
    QVERIFY(window.project());
    QCOMPARE(window.project()->folder(), QDir::cleanPath(m_project));
    QCOMPARE(window.tabWidget()->indexOf(window.welcomePage()), -1);
    QVERIFY(window.windowTitle().contains(window.project()->manifest().name));

    // Every file of a listed kind on disk has its item.
    const QStringList folders { QStringLiteral("flows"), QStringLiteral("mappings"),
                                QStringLiteral("schemas"), QStringLiteral("samples"),
                                QStringLiteral("tests") };
    int files = 0;
    for (const QString &folder : folders) {
        const QStringList names = QDir(m_project + u'/' + folder).entryList(QDir::Files);
        for (const QString &name : names) {
            const QString path = folder + u'/' + name;
            QVERIFY2(window.projectExplorer()->itemFor(path), qPrintable(path));
            ++files;
        }
    }
    QVERIFY(files >= 10);
    QVERIFY(window.projectExplorer()->itemFor(QStringLiteral("capabilities.yaml")));
    QVERIFY(window.projectExplorer()->itemFor(QStringLiteral("flowsmith.yaml")));

    // Flows sit under their group.
    QTreeWidgetItem *flow
        = window.projectExplorer()->itemFor(QStringLiteral("flows/order-sync.flow.yaml"));
    QVERIFY(flow && flow->parent());
    QVERIFY(flow->parent()->text(0).startsWith(QStringLiteral("Flows")));
    QVERIFY(!flow->icon(0).isNull());
}

void tst_MainWindow::opensByManifestPath()
{
    TestWindow window;
    QVERIFY(window.openProject(m_project + QStringLiteral("/flowsmith.yaml")));
    QCOMPARE(window.project()->folder(), QDir::cleanPath(m_project));
}

void tst_MainWindow::openErrorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("manifest"); // empty: no manifest at all
    QTest::addColumn<bool>("hasLine");

    QTest::addRow("no manifest") << QByteArray() << false;
    QTest::addRow("malformed yaml") << QByteArray("flowsmith: 1\nname: [oops\n") << true;
    QTest::addRow("newer format") << QByteArray("flowsmith: 99\nname: Future\n") << true;
}

void tst_MainWindow::openErrorsNameTheFile()
{
    QFETCH(QByteArray, manifest);
    QFETCH(bool, hasLine);
    const QString folder = m_dir->filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(folder));
    if (!manifest.isEmpty())
        QVERIFY(writeFile(folder + QStringLiteral("/flowsmith.yaml"), manifest));

    TestWindow window;
    FileError error;
    QVERIFY(!window.openProject(folder, &error));
    QVERIFY(!window.project());
    QVERIFY2(error.file.endsWith(QStringLiteral("flowsmith.yaml")), qPrintable(error.toString()));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.position.line > 0, hasLine);
    QCOMPARE(window.tabWidget()->currentWidget(), window.welcomePage());
}

void tst_MainWindow::doubleClickOpensATab()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("flows/shipment-dispatched.flow.yaml");
    QVERIFY(!window.editorFor(path));
    const int tabs = window.tabWidget()->count();

    QTreeWidget *tree = window.projectExplorer()->tree();
    QTreeWidgetItem *item = window.projectExplorer()->itemFor(path);
    QVERIFY(item);
    tree->scrollToItem(item);
    const QPoint center = tree->visualItemRect(item).center();
    doubleClick(tree->viewport(), center);

    DocumentEditor *editor = window.editorFor(path);
    QVERIFY(editor);
    QCOMPARE(window.currentEditor(), editor);
    QCOMPARE(window.tabWidget()->count(), tabs + 1);
    QCOMPARE(window.tabWidget()->tabText(window.tabWidget()->indexOf(editor)),
             QStringLiteral("shipment-dispatched.flow.yaml"));
    // A flow opens on the canvas, showing the file as read.
    QVERIFY(qobject_cast<FlowEditor *>(editor));
    QCOMPARE(window.flowDocument(editor)->flow().toYaml(), readFile(m_project + u'/' + path));

    // Opening it again shows the same tab.
    doubleClick(tree->viewport(), center);
    QCOMPARE(window.tabWidget()->count(), tabs + 1);
}

void tst_MainWindow::editMarksModifiedAndSaveWritesBytes()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("mappings/shop-order-to-erp.map.yaml");
    const QByteArray original = readFile(m_project + u'/' + path);
    // A mapping opens in the mapper; its text is a menu item away.
    QVERIFY(qobject_cast<MappingEditor *>(window.openFile(path)));
    auto *editor = sourceEditor(window.openFileAsText(path));
    QVERIFY(editor);
    const int index = window.tabWidget()->indexOf(editor);

    editor->textEdit()->setFocus();
    editor->textEdit()->setCursorPosition(0, 0);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("# reviewed"));
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);
    QVERIFY(editor->isModified());
    QVERIFY(window.tabWidget()->tabText(index).endsWith(u'*'));
    QVERIFY(window.isWindowModified());
    QVERIFY(action(window, "actionSave")->isEnabled());
    QCOMPARE(readFile(m_project + u'/' + path), original); // nothing written yet

    action(window, "actionSave")->trigger();
    QCOMPARE(readFile(m_project + u'/' + path), QByteArray("# reviewed\n") + original);
    QVERIFY(!editor->isModified());
    QVERIFY(!window.tabWidget()->tabText(index).endsWith(u'*'));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!action(window, "actionSave")->isEnabled());
}

void tst_MainWindow::shortcutsSaveUndoRedo()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString path = QStringLiteral("flowsmith.yaml");
    const QByteArray original = readFile(m_project + u'/' + path);
    auto *editor = sourceEditor(window.openFile(path));
    QVERIFY(editor);
    QsciScintilla *text = editor->textEdit();
    text->setFocus();
    text->setCursorPosition(0, 0);
    QTest::keyClicks(text, QStringLiteral("#"));
    QVERIFY(editor->isModified());

    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->text().toUtf8(), original);
    QVERIFY(!editor->isModified());
    QTest::keyClick(text, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(editor->text().toUtf8(), QByteArray("#") + original);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->text().toUtf8(), QByteArray("#") + original);

    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(m_project + u'/' + path), QByteArray("#") + original);
    QVERIFY(!editor->isModified());
}

void tst_MainWindow::undoRedoThroughTheEditMenu()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("capabilities.yaml");
    const QByteArray original = readFile(m_project + u'/' + path);
    auto *editor = sourceEditor(window.openFile(path));
    QVERIFY(editor);
    QAction *undo = action(window, "actionUndo");
    QAction *redo = action(window, "actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    editor->textEdit()->setFocus();
    editor->textEdit()->setCursorPosition(0, 0);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("# one"));
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);
    QVERIFY(undo->isEnabled());

    undo->trigger();
    QCOMPARE(editor->text().toUtf8(), original);
    QVERIFY(!editor->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(editor->text().toUtf8(), QByteArray("# one\n") + original);
    QVERIFY(editor->isModified());

    // The Edit menu carries both, with the standard shortcuts.
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
}

void tst_MainWindow::undoFollowsTheCurrentTab()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    auto *first = sourceEditor(window.openFile(QStringLiteral("flowsmith.yaml")));
    auto *second = sourceEditor(window.openFile(QStringLiteral("capabilities.yaml")));
    QVERIFY(first && second);
    const QString firstText = first->text();
    window.tabWidget()->setCurrentWidget(first);
    first->textEdit()->setFocus();
    QTest::keyClicks(first->textEdit(), QStringLiteral("a"));
    window.tabWidget()->setCurrentWidget(second);
    QVERIFY(!action(window, "actionUndo")->isEnabled()); // nothing to undo in this tab
    window.tabWidget()->setCurrentWidget(first);
    QVERIFY(action(window, "actionUndo")->isEnabled());
    action(window, "actionUndo")->trigger();
    QCOMPARE(first->text(), firstText);
}

void tst_MainWindow::saveAllWritesEveryModifiedFile()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    const QStringList paths { QStringLiteral("flowsmith.yaml"),
                              QStringLiteral("capabilities.yaml") };
    QList<QByteArray> originals;
    for (const QString &path : paths) {
        originals << readFile(m_project + u'/' + path);
        auto *editor = sourceEditor(window.openFile(path));
        QVERIFY(editor);
        editor->textEdit()->setFocus();
        editor->textEdit()->setCursorPosition(0, 0);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("#"));
    }
    QVERIFY(action(window, "actionSaveAll")->isEnabled());
    action(window, "actionSaveAll")->trigger();
    for (int i = 0; i < paths.size(); ++i) {
        QCOMPARE(readFile(m_project + u'/' + paths[i]), QByteArray("#") + originals[i]);
        QVERIFY(!window.editorFor(paths[i])->isModified());
    }
    QVERIFY(!action(window, "actionSaveAll")->isEnabled());
}

void tst_MainWindow::closingAModifiedTabAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("written");

    QTest::addRow("save") << int(MainWindow::SaveChoice::Save) << true << true;
    QTest::addRow("discard") << int(MainWindow::SaveChoice::Discard) << true << false;
    QTest::addRow("cancel") << int(MainWindow::SaveChoice::Cancel) << false << false;
}

void tst_MainWindow::closingAModifiedTabAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, written);

    TestWindow window;
    window.answer = MainWindow::SaveChoice(answer);
    window.show();
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("tests/order-sync.test.yaml");
    const QByteArray original = readFile(m_project + u'/' + path);
    auto *editor = sourceEditor(window.openFile(path));
    QVERIFY(editor);
    editor->textEdit()->setFocus();
    editor->textEdit()->setCursorPosition(0, 0);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("#"));

    action(window, "actionCloseTab")->trigger();
    QCOMPARE(window.asked, QStringList { path });
    QCOMPARE(window.editorFor(path) == nullptr, closed);
    QCOMPARE(readFile(m_project + u'/' + path), written ? QByteArray("#") + original : original);

    // An unmodified tab closes without a question.
    window.asked.clear();
    auto *clean = window.openFile(QStringLiteral("flowsmith.yaml"));
    QVERIFY(window.closeEditor(clean));
    QVERIFY(window.asked.isEmpty());
}

void tst_MainWindow::quittingWithModifiedTabsAsks()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    auto *editor = sourceEditor(window.openFile(QStringLiteral("flowsmith.yaml")));
    editor->textEdit()->setFocus();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("#"));

    window.answer = MainWindow::SaveChoice::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(window.asked, QStringList { QStringLiteral("flowsmith.yaml") });

    window.answer = MainWindow::SaveChoice::Discard;
    QVERIFY(window.close());
}

void tst_MainWindow::findShowsTheFindBar()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    auto *editor = sourceEditor(window.openFile(QStringLiteral("flowsmith.yaml")));
    QVERIFY(editor);
    QVERIFY(!editor->findBar()->isVisible());
    action(window, "actionFind")->trigger();
    QVERIFY(editor->findBar()->isVisible());
    QCOMPARE(action(window, "actionFind")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
}

void tst_MainWindow::inspectorShowsTheFlow()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("flows/order-sync.flow.yaml");
    QVERIFY(window.openFile(path));
    FileError error;
    const std::optional<Flow> flow = Flow::load(m_project + u'/' + path, &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    InspectorView *inspector = window.inspectorView();
    QCOMPARE(inspector->fieldText(QStringLiteral("id")), flow->id);
    QCOMPARE(inspector->fieldText(QStringLiteral("name")), flow->name);
    QCOMPARE(inspector->fieldText(QStringLiteral("owner")), flow->governance.owner);
    QCOMPARE(inspector->fieldText(QStringLiteral("steward")), flow->governance.steward);
    QCOMPARE(inspector->fieldText(QStringLiteral("retireBy")), flow->governance.retireBy);
    QCOMPARE(inspector->nodeList()->topLevelItemCount(), flow->nodes.size());
    QCOMPARE(inspector->nodeList()->topLevelItem(0)->text(1), flow->nodes.first().type);

    // Activating a node selects it on the canvas.
    const int last = int(flow->nodes.size()) - 1;
    QTreeWidget *nodes = inspector->nodeList();
    nodes->scrollToItem(nodes->topLevelItem(last));
    emit nodes->itemActivated(nodes->topLevelItem(last), 0);
    auto *canvas = qobject_cast<FlowEditor *>(window.currentEditor());
    QVERIFY(canvas);
    QCOMPARE(canvas->selectedNodes(), QStringList { flow->nodes.at(last).id });
}

void tst_MainWindow::saveReloadsTheFlowDocument()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("flows/contact-to-marketing.flow.yaml");
    auto *editor = sourceEditor(window.openFileAsText(path));
    QVERIFY(editor);
    FlowDocument *document = window.flowDocument(editor);
    QVERIFY(document);
    const QString oldName = document->flow().name;
    QVERIFY(!oldName.isEmpty());
    QCOMPARE(window.inspectorView()->flowDocument(), document);

    // Retype the flow's name in the text, as a user would.
    QsciScintilla *text = editor->textEdit();
    int line = -1;
    for (int i = 0; i < text->lines() && line < 0; ++i) {
        if (text->text(i).startsWith(QStringLiteral("name: ")))
            line = i;
    }
    QVERIFY(line >= 0);
    text->setFocus();
    text->setSelection(line, 6, line, text->text(line).trimmed().size());
    QTest::keyClicks(text, QStringLiteral("Consented contacts"));
    QCOMPARE(document->flow().name, oldName); // the document follows saves, not keystrokes

    QVERIFY(window.saveEditor(editor));
    QCOMPARE(document->flow().name, QStringLiteral("Consented contacts"));
    QVERIFY(!document->isModified());
    QCOMPARE(window.inspectorView()->fieldText(QStringLiteral("name")),
             QStringLiteral("Consented contacts"));
}

void tst_MainWindow::problemsDockFillsAndJumpsToTheLine()
{
    const QString brokenPath = QStringLiteral("flows/broken.flow.yaml");
    QVERIFY(writeFile(m_project + u'/' + brokenPath, brokenFlow));
    TestWindow window;
    window.show();
    QSignalSpy updated(&window, &MainWindow::problemsUpdated);
    QVERIFY(window.openProject(m_project));
    QVERIFY(updated.wait(20000));

    ProblemsView *view = window.problemsView();
    QVERIFY(!window.problems().isEmpty());
    QCOMPARE(view->problems(), window.problems());
    QVERIFY(
        window.problemsDock()->windowTitle().contains(QString::number(window.problems().size())));
    QVERIFY(window.problemStatusLabel()->text().contains(QStringLiteral("error")));

    // The dangling edge is an error in the broken flow, on a line of its own.
    int row = -1;
    QAbstractItemModel *model = view->view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex source
            = static_cast<QSortFilterProxyModel *>(model)->mapToSource(model->index(r, 0));
        const Problem &p = view->model()->problem(source.row());
        if (p.file == brokenPath && p.severity == Severity::Error && p.position.isValid()) {
            row = r;
            break;
        }
    }
    QVERIFY2(row >= 0, "no located error for the broken flow");
    const QModelIndex proxyIndex = model->index(row, ProblemsModel::MessageColumn);
    const Problem problem = view->model()->problem(
        static_cast<QSortFilterProxyModel *>(model)->mapToSource(proxyIndex).row());

    view->view()->scrollTo(proxyIndex);
    const QPoint center = view->view()->visualRect(proxyIndex).center();
    doubleClick(view->view()->viewport(), center);

    if (!problem.nodeId.isEmpty()) {
        // A problem about a node selects and centres the node on the canvas.
        auto *canvas = qobject_cast<FlowEditor *>(window.currentEditor());
        QVERIFY(canvas);
        QCOMPARE(window.relativePath(canvas), brokenPath);
        QCOMPARE(canvas->selectedNodes(), QStringList { problem.nodeId });
        return;
    }
    // Anything else shows its line of text.
    auto *editor = sourceEditor(window.currentEditor());
    QVERIFY(editor);
    QCOMPARE(window.relativePath(editor), brokenPath);
    int line = -1, index = -1;
    editor->textEdit()->getCursorPosition(&line, &index);
    QCOMPARE(line, problem.position.line - 1);
}

void tst_MainWindow::saveRerunsValidation()
{
    const QString brokenPath = QStringLiteral("flows/broken.flow.yaml");
    QVERIFY(writeFile(m_project + u'/' + brokenPath, brokenFlow));
    TestWindow window;
    window.show();
    QSignalSpy updated(&window, &MainWindow::problemsUpdated);
    QVERIFY(window.openProject(m_project));
    QVERIFY(updated.wait(20000));
    auto errorsIn = [&window](const QString &file) {
        int n = 0;
        for (const Problem &p : window.problems())
            n += p.file == file && p.severity == Severity::Error;
        return n;
    };
    QVERIFY(errorsIn(brokenPath) > 0);

    // Delete the dangling edge (the last line) as a user would, and save.
    auto *editor = sourceEditor(window.openFileAsText(brokenPath));
    QsciScintilla *text = editor->textEdit();
    const int lastLine = text->lines() - 2; // the text ends with a newline
    QVERIFY(text->text(lastLine).contains(QStringLiteral("ghost")));
    text->setFocus();
    text->setSelection(lastLine, 0, lastLine + 1, 0);
    QTest::keyClick(text, Qt::Key_Delete);
    QVERIFY(editor->isModified());
    updated.clear();
    QVERIFY(window.saveEditor(editor));
    QTRY_VERIFY_WITH_TIMEOUT(errorsIn(brokenPath) == 0, 20000);
    QVERIFY(!readFile(m_project + u'/' + brokenPath).contains("ghost"));
}

void tst_MainWindow::explorerFollowsTheDisk()
{
    TestWindow window;
    QVERIFY(window.openProject(m_project));
    const QString path = QStringLiteral("samples/late-orders.json");
    QVERIFY(!window.projectExplorer()->itemFor(path));
    QVERIFY(writeFile(m_project + u'/' + path, "[]\n"));
    QTRY_VERIFY_WITH_TIMEOUT(window.projectExplorer()->itemFor(path), 10000);
    QVERIFY(QFile::remove(m_project + u'/' + path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.projectExplorer()->itemFor(path), 10000);
}

void tst_MainWindow::recentProjectsRemembersOpenedFolders()
{
    TestWindow window;
    QVERIFY(window.openProject(m_project));
    const QString folder = QDir::cleanPath(m_project);
    QCOMPARE(window.recentProjects()->folders().value(0), folder);

    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecentProjects"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    bool listed = false;
    for (QAction *entry : menu->actions())
        listed = listed || entry->data().toString() == folder;
    QVERIFY(listed);

    QListWidget *list = window.welcomePage()->recentList();
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), folder);

    // A second window (the next start) sees it, and activating it opens the project.
    TestWindow next;
    QCOMPARE(next.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(), folder);
    emit next.welcomePage()->recentList()->itemActivated(next.welcomePage()->recentList()->item(0));
    QVERIFY(next.project());
    QCOMPARE(next.project()->folder(), folder);
}

void tst_MainWindow::recentProjectsKeepsEightAndDropsMissing()
{
    RecentProjects recent;
    QStringList folders;
    for (int i = 0; i < 10; ++i) {
        const QString folder = m_dir->filePath(QStringLiteral("p%1").arg(i));
        QVERIFY(QDir().mkpath(folder));
        folders << QDir::cleanPath(folder);
        recent.add(folder);
    }
    QStringList expected;
    for (int i = 9; i >= 2; --i)
        expected << folders[i];
    QCOMPARE(recent.folders(), expected);

    recent.add(folders[5]); // again: moves to the front, no duplicate
    QCOMPARE(recent.folders().first(), folders[5]);
    QCOMPARE(recent.folders().count(folders[5]), 1);
    QCOMPARE(recent.folders().size(), RecentProjects::MaximumCount);

    QVERIFY(QDir(folders[9]).removeRecursively());
    QVERIFY(!recent.folders().contains(folders[9]));
    QCOMPARE(recent.folders().size(), RecentProjects::MaximumCount - 1);
}

void tst_MainWindow::welcomePageOpensTheExample()
{
    const QString example = ExampleProjects::retailOrderToCash();
    QVERIFY(!example.isEmpty());
    QCOMPARE(QFileInfo(example).canonicalFilePath(), QFileInfo(exampleSource).canonicalFilePath());
    QTemporaryDir copies;
    QSettings().setValue(QStringLiteral("examples/copyLocation"), copies.path());
    TestWindow window;
    window.show();
    QListWidget *examples = window.welcomePage()->exampleList();
    QListWidgetItem *retail = nullptr;
    for (int row = 0; row < examples->count(); ++row)
        if (examples->item(row)->data(Qt::UserRole).toString() == example)
            retail = examples->item(row);
    QVERIFY(retail);
    QCOMPARE(retail->text(), QStringLiteral("Retail order to cash"));
    emit examples->itemActivated(retail);
    QVERIFY2(window.project(), qPrintable(window.errors.join(u'\n')));
    // A copy of the user's own, never the bundled folder.
    QCOMPARE(
        QFileInfo(window.project()->folder()).canonicalFilePath(),
        QFileInfo(copies.filePath(QStringLiteral("retail-order-to-cash"))).canonicalFilePath());
    QVERIFY(window.errors.isEmpty());
    QVERIFY(!window.editors().isEmpty()); // the first flow, to look at
    for (DocumentEditor *editor : window.editors())
        QVERIFY(!editor->isModified());
    QSettings().remove(QStringLiteral("examples/copyLocation"));
}

void tst_MainWindow::toolsFollowTheProject()
{
    TestWindow window;
    window.show();
    QAction *exportAction = action(window, "actionExport");
    QAction *commit = action(window, "actionCommit");
    QAction *init = action(window, "actionInitRepository");
    QVERIFY(!exportAction->isEnabled()); // nothing to export without a project
    QVERIFY(window.openProject(m_project));
    QVERIFY(exportAction->isEnabled());
    for (const char *dock : { "simulationDock", "testsDock", "historyDock", "messageDock" })
        QVERIFY2(window.findChild<QDockWidget *>(QLatin1String(dock)), dock);

    // The copy of the example is in no repository: Git offers to create one, nothing else.
    QVERIFY(!commit->isEnabled());
    QVERIFY(init->isEnabled());
    init->trigger();
    QVERIFY(commit->isEnabled());
    QVERIFY(!init->isEnabled());
    QVERIFY(QFileInfo::exists(m_project + QStringLiteral("/.git")));
    QVERIFY(readFile(m_project + QStringLiteral("/.gitattributes")).contains("merge=flowsmith"));
    QVERIFY(window.tools()->repository());
    // Nothing is committed yet: the explorer marks the files as untracked.
    QCOMPARE(window.projectExplorer()->fileBadge(QStringLiteral("flows/order-sync.flow.yaml")),
             QStringLiteral("??"));
    QVERIFY(window.projectExplorer()
                ->itemFor(QStringLiteral("flows/order-sync.flow.yaml"))
                ->text(0)
                .endsWith(QStringLiteral("??")));

    // The simulation panel follows the flow in front.
    auto *canvas = qobject_cast<FlowEditor *>(window.currentEditor());
    QVERIFY(canvas);
    QCOMPARE(window.tools()->simulationPanel()->findChild<QComboBox *>() != nullptr, true);

    QVERIFY(window.closeProject());
    QVERIFY(!commit->isEnabled());
    QVERIFY(!exportAction->isEnabled());
}

void tst_MainWindow::inspectorOpensTheMapping()
{
    TestWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    emit window.inspectorView()->openMappingRequested(QStringLiteral("shop-order-to-erp"));
    auto *mapper = qobject_cast<MappingEditor *>(window.currentEditor());
    QVERIFY(mapper);
    QVERIFY(mapper->filePath().endsWith(QStringLiteral("mappings/shop-order-to-erp.map.yaml")));
    QVERIFY(!mapper->document()->mapping().rules.isEmpty());
}

void tst_MainWindow::pausedRunShowsOnTheCanvas()
{
    TestWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(window.openProject(m_project));
    auto *canvas
        = qobject_cast<FlowEditor *>(window.openFile(QStringLiteral("flows/order-sync.flow.yaml")));
    QVERIFY(canvas);
    SimulationPanel *panel = window.tools()->simulationPanel();
    panel->setSource(QStringLiteral("receive"));
    panel->setSample(QStringLiteral("samples/orders.json"));
    panel->addBreakpoint(QStringLiteral("erp"));
    window.findChild<QDockWidget *>(QStringLiteral("simulationDock"))->raise();
    window.findChild<QDockWidget *>(QStringLiteral("messageDock"))->raise();
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationPanel::State::Paused, 10000);

    // The canvas in front marks where the run waits and counts the messages on its edges.
    const CanvasOverlay &overlay = canvas->scene()->overlay();
    QCOMPARE(overlay.currentNode, QStringLiteral("erp"));
    QCOMPARE(overlay.edgeLabel.value(QStringLiteral("receive.out->paid-only.in")),
             QStringLiteral("1"));

    // FLOWSMITH_SCREENSHOT=file.png keeps a picture of it (run under xvfb with -platform xcb).
    const QString shot = qEnvironmentVariable("FLOWSMITH_SCREENSHOT");
    if (!shot.isEmpty()) {
        panel->selectHop(panel->hopModel()->rowCount() - 1);
        QTest::qWait(300);
        QVERIFY(window.grab().save(shot));
    }
    panel->stop();
    QTRY_VERIFY_WITH_TIMEOUT(panel->state() != SimulationPanel::State::Running, 10000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
