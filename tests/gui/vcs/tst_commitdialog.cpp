// The commit dialog on a real repository, driven like a user: tick a file, type a message,
// press Commit; the gate runs, the commit lands (or is blocked), and git agrees. Also the diff
// overlay on the canvas. FLOWSMITH_SCREENSHOT_DIR=dir saves what the dialogs look like.

#include "editors/canvas/flowscene.h"
#include "editors/vcs/branchdialog.h"
#include "editors/vcs/commitdialog.h"
#include "editors/vcs/conflictdialog.h"
#include "editors/vcs/diffoverlay.h"
#include "editors/vcs/flowdiffview.h"
#include "editors/vcs/historyview.h"
#include "editors/vcs/identitydialog.h"
#include "editors/vcs/remotedialog.h"
#include "model/vcs/flowmerge.h"
#include "model/vcs/repository.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Flowsmith;

namespace {

const QString orderSync = QStringLiteral("flows/order-sync.flow.yaml");

QByteArray git(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList { QStringLiteral("-C"), dir } + args);
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readFile(path);
    if (bytes.count(from) != 1)
        return false;
    bytes.replace(from, to);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

QTreeWidgetItem *stepItem(CommitDialog &dialog, const QString &title)
{
    for (int i = 0; i < dialog.stepTree()->topLevelItemCount(); ++i) {
        if (dialog.stepTree()->topLevelItem(i)->text(0) == title)
            return dialog.stepTree()->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestCommitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void commitThroughTheDialog();
    void outerRepositoryIsNamed();
    void secretBlocksInTheDialog();
    void identityDialogSetsIdentity();
    void historyShowsChangesByMeaning();
    void branchDialogSwitches();
    void diffOverlayColoursNodes();
    void conflictDialogChoices();
    void remoteDialogPushesAndPulls();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Repository> m_repository;
};

void TestCommitDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + "/.config").toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

void TestCommitDialog::init()
{
    m_repository.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_repository = Repository::init(m_dir->path(), &error);
    QVERIFY2(m_repository, qPrintable(error));
    const QString example
        = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
    QDirIterator it(example, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = m_dir->filePath(QDir(example).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(source, target));
    }
    QVERIFY(m_repository->setIdentity({ "Ada Analyst", "ada@example.com" }, &error));
    QVERIFY(m_repository->stageAll(&error));
    QVERIFY(m_repository->commit("Add the example", &error));
}

void TestCommitDialog::outerRepositoryIsNamed()
{
    // The project is the repository: nothing to say.
    {
        CommitDialog dialog(&*m_repository, m_dir->path());
        QVERIFY(dialog.repositoryNotice()->isHidden());
    }
    // A project in a subfolder of a larger repository (a source checkout, a monorepo): the
    // dialog says where the commit goes.
    const QString inner = m_dir->filePath(QStringLiteral("projekte/kunde"));
    QVERIFY(QDir().mkpath(inner));
    CommitDialog dialog(&*m_repository, inner);
    QVERIFY(!dialog.repositoryNotice()->isHidden());
    QVERIFY(dialog.repositoryNotice()->text().contains(
        QDir::toNativeSeparators(QFileInfo(m_dir->path()).canonicalFilePath())));
}

void TestCommitDialog::commitThroughTheDialog()
{
    QVERIFY(editFile(m_dir->filePath(orderSync), "status: 422", "status: 400"));
    CommitDialog dialog(&*m_repository, m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTreeWidget *files = dialog.fileTree();
    QCOMPARE(files->topLevelItemCount(), 1);
    QTreeWidgetItem *item = files->topLevelItem(0);
    QCOMPARE(item->text(1), orderSync);
    QCOMPARE(item->text(2), QStringLiteral("flow order-sync"));
    QCOMPARE(item->checkState(1), Qt::Unchecked);
    QVERIFY(!dialog.commitButton()->isEnabled());

    // Tick the file with the keyboard: space on the current cell toggles its check box.
    files->setFocus();
    files->setCurrentItem(item, 1);
    QTest::keyClick(files, Qt::Key_Space);
    QTRY_COMPARE(git(m_dir->path(), { "diff", "--cached", "--name-only" }),
                 orderSync.toUtf8() + '\n');
    QTRY_COMPARE(files->topLevelItem(0)->checkState(1), Qt::Checked);
    // The staged change by meaning appears once the dialog has re-read the index.
    const auto shownChanges = [&dialog] {
        QStringList shown;
        for (int i = 0; i < dialog.changeList()->count(); ++i)
            shown << dialog.changeList()->item(i)->text();
        return shown.join(u'\n');
    };
    QTRY_VERIFY2(shownChanges().contains(QStringLiteral("~ node reject: config.status 422 → 400")),
                 qPrintable(shownChanges()));

    QTest::keyClicks(dialog.messageEdit(), "Answer 400 to invalid orders");
    QVERIFY(dialog.commitButton()->isEnabled());
    QVERIFY(!dialog.commitAndPushButton()->isEnabled()); // no remote
    saveScreenshot(&dialog, QStringLiteral("commitdialog-ready.png"));
    QSignalSpy finished(&dialog, &CommitDialog::gateFinished);
    QSignalSpy committed(&dialog, &CommitDialog::committed);
    QTest::mouseClick(dialog.commitButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(committed.size(), 1);
    saveScreenshot(&dialog, QStringLiteral("commitdialog.png"));

    QCOMPARE(git(m_dir->path(), { "log", "-1", "--format=%s" }),
             QByteArray("Answer 400 to invalid orders\n"));
    QCOMPARE(committed.first().first().toString(),
             QString::fromUtf8(git(m_dir->path(), { "rev-parse", "HEAD" }).trimmed()));
    const QByteArray files_ = git(m_dir->path(), { "show", "--name-only", "--format=", "HEAD" });
    QVERIFY(files_.contains(orderSync.toUtf8()));
    QVERIFY(files_.contains("dist/nodered/flows.json"));
    QVERIFY(stepItem(dialog, GateStep::title(GateStep::Commit))->text(1).contains("passed"));
    QVERIFY(stepItem(dialog, GateStep::title(GateStep::Export))->text(1).contains("warning"));
    QVERIFY(dialog.messageEdit()->toPlainText().isEmpty());
    QCOMPARE(dialog.fileTree()->topLevelItemCount(), 0);
}

void TestCommitDialog::secretBlocksInTheDialog()
{
    const QByteArray key = QByteArray("AKIA") + "Q3T7ZK2M" + "9XWPR4VB";
    QVERIFY(editFile(m_dir->filePath(orderSync), "      timeoutMs: 5000\n",
                     "      timeoutMs: 5000\n      headers: {x-api-key: " + key + "}\n"));
    QString error;
    QVERIFY(m_repository->stage({ orderSync }, &error));
    const QString head = m_repository->resolve("HEAD");
    CommitDialog dialog(&*m_repository, m_dir->path());
    dialog.show();
    QCOMPARE(dialog.fileTree()->topLevelItem(0)->checkState(1), Qt::Checked);
    QTest::keyClicks(dialog.messageEdit(), "Leak");
    QSignalSpy finished(&dialog, &CommitDialog::gateFinished);
    QTest::mouseClick(dialog.commitButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    saveScreenshot(&dialog, QStringLiteral("commitdialog-blocked.png"));

    QTreeWidgetItem *scan = stepItem(dialog, GateStep::title(GateStep::SecretScan));
    QVERIFY(scan->text(1).contains("failed"));
    QCOMPARE(scan->childCount(), 1);
    QVERIFY2(scan->child(0)->text(0).startsWith(orderSync + ":44:"),
             qPrintable(scan->child(0)->text(0)));
    QVERIFY(stepItem(dialog, GateStep::title(GateStep::Commit))->text(1).contains("skipped"));
    QCOMPARE(m_repository->resolve("HEAD"), head);
    // Nothing on screen repeats the key.
    for (int i = 0; i < dialog.changeList()->count(); ++i)
        QVERIFY(!dialog.changeList()->item(i)->text().contains(QString::fromLatin1(key)));
    QCOMPARE(dialog.messageEdit()->toPlainText(), QStringLiteral("Leak")); // kept for a retry
}

void TestCommitDialog::identityDialogSetsIdentity()
{
    IdentityDialog dialog(GitIdentity {});
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), "Bo Builder");
    QTest::keyClicks(dialog.emailEdit(), "bo-at-example");
    QVERIFY(!dialog.identity().isValid());
    dialog.emailEdit()->clear();
    QTest::keyClicks(dialog.emailEdit(), "bo@example.com");
    QVERIFY(dialog.identity().isValid());
    QString error;
    QVERIFY(m_repository->setIdentity(dialog.identity(), &error));
    QCOMPARE(git(m_dir->path(), { "config", "user.name" }), QByteArray("Bo Builder\n"));
}

void TestCommitDialog::historyShowsChangesByMeaning()
{
    QVERIFY(editFile(m_dir->filePath(orderSync), "status: 422", "status: 400"));
    QString error;
    QVERIFY(m_repository->stageAll(&error));
    QVERIFY(m_repository->commit("400", &error));
    HistoryView view;
    view.setRepository(&*m_repository);
    view.resize(900, 500);
    view.show();
    QCOMPARE(view.tree()->topLevelItemCount(), 2);
    QTreeWidgetItem *latest = view.tree()->topLevelItem(0);
    QCOMPARE(latest->text(0), QStringLiteral("400"));
    QCOMPARE(latest->text(1), QStringLiteral("Ada Analyst"));
    QCOMPARE(latest->childCount(), 1);
    QCOMPARE(latest->child(0)->text(0), QStringLiteral("M ") + orderSync);
    QCOMPARE(latest->child(0)->child(0)->text(0),
             QStringLiteral("~ node reject: config.status 422 → 400"));
    QSignalSpy flow(&view, &HistoryView::flowActivated);
    view.tree()->expandAll();
    emit view.tree()->itemActivated(latest->child(0), 0);
    QCOMPARE(flow.size(), 1);
    QCOMPARE(flow.first().at(1).toString(), orderSync);
}

void TestCommitDialog::branchDialogSwitches()
{
    BranchDialog dialog(&*m_repository);
    QVERIFY(dialog.createBranch("feature/v2", true));
    QCOMPARE(m_repository->currentBranch(), QStringLiteral("feature/v2"));
    QCOMPARE(dialog.branchList()->count(), 2);
    QVERIFY(editFile(m_dir->filePath(orderSync), "status: 422", "status: 400"));
    QVERIFY(!dialog.switchTo("main", false)); // hidden dialog: no question, just refused
    QVERIFY(dialog.statusLabel()->text().contains("uncommitted"));
    QVERIFY(dialog.switchTo("main", true));
    QCOMPARE(m_repository->currentBranch(), QStringLiteral("main"));
    QVERIFY(dialog.deleteBranch("feature/v2"));
    QCOMPARE(dialog.branchList()->count(), 1);
}

void TestCommitDialog::diffOverlayColoursNodes()
{
    FileError error;
    const auto before = Flow::load(m_dir->filePath(orderSync), &error);
    QVERIFY(before);
    QVERIFY(editFile(m_dir->filePath(orderSync), "status: 422", "status: 400"));
    QVERIFY(editFile(m_dir->filePath(orderSync),
                     "  - id: log-invalid\n    type: sink.log\n    name: Log invalid order\n    "
                     "at: [740, 240]\n    config: {level: warn}\n",
                     ""));
    QVERIFY(editFile(m_dir->filePath(orderSync),
                     "  - {from: check-order.invalid, to: log-invalid.in}\n", ""));
    QVERIFY(
        editFile(m_dir->filePath(orderSync), "edges:\n",
                 "  - id: audit\n    type: sink.log\n    name: Audit\n    at: [960, 360]\n    "
                 "config: {level: info}\nedges:\n  - {from: check-order.invalid, to: audit.in}\n"));
    const auto after = Flow::load(m_dir->filePath(orderSync), &error);
    QVERIFY2(after, qPrintable(error.toString()));

    const CanvasOverlay overlay = diffOverlay(*before, *after);
    QCOMPARE(overlay.nodeTint.value("audit"), diffAddedColor());
    QCOMPARE(overlay.nodeTint.value("reject"), diffChangedColor());
    QCOMPARE(overlay.nodeTint.value("log-invalid"), diffRemovedColor());
    QVERIFY(overlay.ghosts.contains("log-invalid"));
    QCOMPARE(overlay.ghosts.value("log-invalid").name, QStringLiteral("Log invalid order"));
    QCOMPARE(overlay.ghosts.value("log-invalid").x, 740.0);
    QCOMPARE(overlay.edgeTint.value("check-order.invalid->audit.in"), diffAddedColor());
    QVERIFY(!overlay.nodeTint.contains("erp"));

    FlowDiffView view;
    view.resize(1400, 700);
    view.setFlows(*before, *after);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.scene()->overlay().nodeTint.size(), overlay.nodeTint.size());
    QCOMPARE(view.changeList()->count(), view.diff().changes().size());
    QTest::qWait(50);
    saveScreenshot(&view, QStringLiteral("flowdiff.png"));
    // Picking the change of the reject node selects it on the canvas.
    for (int i = 0; i < view.changeList()->count(); ++i) {
        if (view.changeList()->item(i)->text().contains("node reject")) {
            emit view.changeList()->itemActivated(view.changeList()->item(i));
            break;
        }
    }
    QCOMPARE(view.scene()->selectedNodeIds(), QStringList { "reject" });
}

void TestCommitDialog::conflictDialogChoices()
{
    const QString path = m_dir->filePath(orderSync);
    const QByteArray baseBytes = readFile(path);
    FileError error;
    const auto base = Flow::fromYaml(baseBytes, orderSync, &error);
    QByteArray oursBytes = baseBytes;
    oursBytes.replace("status: 422", "status: 400").replace("level: warn", "level: info");
    QByteArray theirsBytes = baseBytes;
    theirsBytes.replace("status: 422", "status: 409").replace("level: warn", "level: debug");
    const auto ours = Flow::fromYaml(oursBytes, orderSync, &error);
    const auto theirs = Flow::fromYaml(theirsBytes, orderSync, &error);
    QVERIFY(base && ours && theirs);
    const FlowMerge merge = FlowMerge::merge(*base, *ours, *theirs);
    QCOMPARE(merge.conflicts().size(), 2);

    ConflictDialog dialog(orderSync, merge.conflicts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    int statusRow
        = table->item(0, ConflictDialog::NodeColumn)->text() == QLatin1String("reject") ? 0 : 1;
    const int levelRow = 1 - statusRow;
    QCOMPARE(table->item(statusRow, ConflictDialog::OursColumn)->text(), QStringLiteral("400"));
    QCOMPARE(table->item(statusRow, ConflictDialog::TheirsColumn)->text(), QStringLiteral("409"));
    saveScreenshot(&dialog, QStringLiteral("conflictdialog.png"));

    // Theirs for the status; an edited value for the log level.
    auto *statusChoice
        = static_cast<QComboBox *>(table->cellWidget(statusRow, ConflictDialog::ChoiceColumn));
    QTest::keyClick(statusChoice, Qt::Key_Down);
    auto *levelChoice
        = static_cast<QComboBox *>(table->cellWidget(levelRow, ConflictDialog::ChoiceColumn));
    QTest::keyClick(levelChoice, Qt::Key_Down);
    QTest::keyClick(levelChoice, Qt::Key_Down);
    auto *levelValue
        = static_cast<QLineEdit *>(table->cellWidget(levelRow, ConflictDialog::ValueColumn));
    QVERIFY(levelValue->isEnabled());
    levelValue->selectAll();
    QTest::keyClicks(levelValue, "trace");

    Flow result = merge.result();
    QString applyError;
    QVERIFY2(applyConflictResolutions(&result, *theirs, dialog.resolutions(), &applyError),
             qPrintable(applyError));
    QCOMPARE(result.node("reject")->config.value("status").toInt(), 409);
    QCOMPARE(result.node("log-invalid")->config.value("level").toString(), QStringLiteral("trace"));
}

void TestCommitDialog::remoteDialogPushesAndPulls()
{
    QTemporaryDir remotes;
    const QString bare = remotes.filePath("flows.git");
    QProcess init;
    init.start("git", { "init", "-q", "--bare", "-b", "main", bare });
    QVERIFY(init.waitForFinished());
    QString error;
    QVERIFY(m_repository->addRemote("origin", QUrl::fromLocalFile(bare).toString(), &error));

    RemoteDialog dialog(&*m_repository);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.remoteBox()->currentText(), QStringLiteral("origin"));
    QSignalSpy finished(&dialog, &RemoteDialog::operationFinished);
    QTest::mouseClick(dialog.pushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(QString::fromUtf8(git(bare, { "rev-parse", "main" }).trimmed()),
             m_repository->resolve("HEAD"));

    // Someone else pushes a change; Pull fast-forwards to it.
    const QString clone = remotes.filePath("clone");
    QProcess cloning;
    cloning.start("git", { "clone", "-q", bare, clone });
    QVERIFY(cloning.waitForFinished());
    QVERIFY(editFile(clone + u'/' + orderSync, "status: 422", "status: 409"));
    git(clone,
        { "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qam", "409" });
    git(clone, { "push", "-q", "origin", "main" });
    QSignalSpy changed(&dialog, &RemoteDialog::workTreeChanged);
    QTest::mouseClick(dialog.pullButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(dialog.lastPull()->outcome, PullResult::FastForward);
    QCOMPARE(changed.size(), 1);
    QVERIFY(readFile(m_dir->filePath(orderSync)).contains("status: 409"));
    QVERIFY(dialog.statusLabel()->text().startsWith("Fast-forwarded"));
}

QTEST_MAIN(TestCommitDialog)
#include "tst_commitdialog.moc"
