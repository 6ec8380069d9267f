// Repository against the real git command line: what we commit, git reads back the same;
// branches, tags, pulls (fast-forward and merges by meaning) and status per flow.

#include "gittesthelpers.h"

#include "model/vcs/repository.h"

#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

const QString orderSync = QStringLiteral("flows/order-sync.flow.yaml");

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initWritesIgnoreAndAttributes();
    void commitsAgreeWithGit();
    void historyTellsFlowChangesByMeaning();
    void statusPerFlow();
    void statusOfAProjectInASubfolder();
    void stageAndUnstage();
    void identityIsRequiredAndSettable();
    void fileAtRevision();
    void branches();
    void tags();
    void pullFastForward();
    void pullMergesFlowsByMeaning_data();
    void pullMergesFlowsByMeaning();

private:
    // A repository holding the example project, with one commit.
    std::optional<Repository> exampleRepository(const QString &folder);

    QTemporaryDir m_home;
};

void TestGitRepository::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateHome(m_home.filePath(QStringLiteral("home")));
    QVERIFY2(run(QStringLiteral("git"), { QStringLiteral("--version") }).exitCode == 0,
             "git is not installed");
}

std::optional<Repository> TestGitRepository::exampleRepository(const QString &folder)
{
    QString error;
    std::optional<Repository> repository = Repository::init(folder, &error);
    if (!repository) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    if (!copyTree(examplePath(), folder)
        || !repository->setIdentity(
            { QStringLiteral("Ada Analyst"), QStringLiteral("ada@example.com") }, &error)
        || !repository->stageAll(&error) || !repository->commit("Add the example", &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return repository;
}

void TestGitRepository::initWritesIgnoreAndAttributes()
{
    QTemporaryDir dir;
    QString error;
    const auto repository = Repository::init(dir.path(), &error);
    QVERIFY2(repository, qPrintable(error));
    QCOMPARE(readFile(dir.filePath(".gitignore")), Repository::defaultGitignore());
    QVERIFY(readFile(dir.filePath(".gitattributes")).contains("*.flow.yaml merge=flowsmith"));
    // git itself sees the attribute and ignores an autosave file.
    const Run attr = git(dir.path(), { "check-attr", "merge", "--", "flows/a.flow.yaml" });
    QCOMPARE(attr.out.trimmed(), QByteArray("flows/a.flow.yaml: merge: flowsmith"));
    QVERIFY(writeFile(dir.filePath("flows/a.flow.yaml.autosave"), "x"));
    QCOMPARE(git(dir.path(), { "check-ignore", "flows/a.flow.yaml.autosave" }).exitCode, 0);
    QCOMPARE(repository->currentBranch(), QStringLiteral("main"));
    // Opening from a subfolder finds the same repository.
    QDir(dir.path()).mkpath("flows");
    const auto reopened = Repository::open(dir.filePath("flows"), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->workDir(), QFileInfo(dir.path()).canonicalFilePath());
}

void TestGitRepository::commitsAgreeWithGit()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "path: /sales-orders", "path: /v2/sales-orders"));
    QString error;
    QVERIFY2(repository->stage({ orderSync }, &error), qPrintable(error));
    const auto second
        = repository->commit(QStringLiteral("Use the v2 ERP API\n\nBody text."), &error);
    QVERIFY2(second, qPrintable(error));

    const Run log = git(dir.path(), { "log", "--format=%H%x09%an%x09%ae%x09%s%x09%P" });
    QCOMPARE(log.exitCode, 0);
    const QList<QByteArray> lines = log.out.trimmed().split('\n');
    const QList<CommitInfo> history = repository->history(0, &error);
    QCOMPARE(history.size(), lines.size());
    QCOMPARE(history.size(), 2);
    for (int i = 0; i < history.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        QCOMPARE(QString::fromUtf8(fields.at(0)), history.at(i).id);
        QCOMPARE(QString::fromUtf8(fields.at(1)), history.at(i).author);
        QCOMPARE(QString::fromUtf8(fields.at(2)), history.at(i).email);
        QCOMPARE(QString::fromUtf8(fields.at(3)), history.at(i).summary);
        QCOMPARE(QString::fromUtf8(fields.value(4)).split(u' ', Qt::SkipEmptyParts),
                 history.at(i).parents);
    }
    QCOMPARE(history.first().id, *second);
    QCOMPARE(git(dir.path(), { "log", "-1", "--format=%B" }).out,
             QByteArray("Use the v2 ERP API\n\nBody text.\n\n"));

    const Run show = git(dir.path(), { "show", "--name-status", "--format=", "HEAD" });
    QCOMPARE(show.out.trimmed(), QByteArray("M\tflows/order-sync.flow.yaml"));
    const Run first = git(dir.path(), { "show", "--name-only", "--format=", "HEAD~1" });
    QStringList gitFiles = QString::fromUtf8(first.out).split(u'\n', Qt::SkipEmptyParts);
    QStringList ourFiles;
    for (const CommitFileChange &change : history.last().files)
        ourFiles << change.path;
    gitFiles.sort();
    ourFiles.sort();
    QCOMPARE(ourFiles, gitFiles);
    QVERIFY(ourFiles.contains(QStringLiteral(".gitattributes")));

    const Run fsck = git(dir.path(), { "fsck", "--strict", "--no-dangling" });
    QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    QCOMPARE(git(dir.path(), { "status", "--porcelain" }).out, QByteArray());
    // Nothing staged: a second commit is refused.
    QVERIFY(!repository->commit(QStringLiteral("again"), &error));
    QVERIFY2(error.contains(QLatin1String("nothing to commit")), qPrintable(error));
}

void TestGitRepository::historyTellsFlowChangesByMeaning()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "path: /sales-orders", "path: /v2/sales-orders"));
    QVERIFY(editFile(dir.filePath("mappings/shop-order-to-erp.map.yaml"), "from: customer.id",
                     "from: customer.number"));
    QString error;
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit(QStringLiteral("ERP v2"), &error));

    const QList<CommitInfo> history = repository->history(1, &error);
    QCOMPARE(history.size(), 1);
    const CommitInfo &commit = history.first();
    QCOMPARE(commit.files.size(), 2);
    const CommitFileChange &flow = commit.files.at(0).kind == ProjectFileKind::Flow
        ? commit.files.at(0)
        : commit.files.at(1);
    const CommitFileChange &mapping = commit.files.at(0).kind == ProjectFileKind::Mapping
        ? commit.files.at(0)
        : commit.files.at(1);
    QCOMPARE(flow.kind, ProjectFileKind::Flow);
    QCOMPARE(flow.id, QStringLiteral("order-sync"));
    QCOMPARE(flow.flowChanges.size(), 1);
    QCOMPARE(flow.flowChanges.first().kind, FlowChange::NodeConfigChanged);
    QCOMPARE(flow.flowChanges.first().nodeId, QStringLiteral("erp"));
    QCOMPARE(flow.flowChanges.first().field, QStringLiteral("config.path"));
    QVERIFY(flow.describe().join(u'\n').contains(QLatin1String("/v2/sales-orders")));
    QCOMPARE(mapping.kind, ProjectFileKind::Mapping);
    QCOMPARE(mapping.mappingChanges,
             QStringList { QStringLiteral(
                 "~ rule customerReference: from customer.id → from customer.number") });

    // Only the commits touching a path, when asked.
    QCOMPARE(repository->history(0, &error, orderSync).size(), 2);
    QCOMPARE(repository->history(0, &error, QStringLiteral("flowsmith.yaml")).size(), 1);
}

void TestGitRepository::statusPerFlow()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "status: 422", "status: 400"));
    QVERIFY(writeFile(dir.filePath("flows/new-flow.flow.yaml"), "flowsmith: 1\nid: new-flow\n"));
    QVERIFY(QFile::remove(dir.filePath("flows/contact-to-marketing.flow.yaml")));
    QString error;
    const QList<FileStatus> statuses = repository->status(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, QString> byFlow;
    for (const FileStatus &status : statuses) {
        QCOMPARE(status.kind, ProjectFileKind::Flow);
        byFlow.insert(status.id, status.shortCode());
    }
    QCOMPARE(byFlow.value("order-sync"), QStringLiteral(" M"));
    QCOMPARE(byFlow.value("new-flow"), QStringLiteral("??"));
    QCOMPARE(byFlow.value("contact-to-marketing"), QStringLiteral(" D"));
    // The same codes as git's short status.
    const Run short_ = git(dir.path(), { "status", "--short", "--untracked-files=all" });
    for (const FileStatus &status : statuses)
        QVERIFY2(short_.out.contains((status.shortCode() + u' ' + status.path).toUtf8()),
                 short_.out.constData());
    QVERIFY(repository->hasTrackedChanges());
}

void TestGitRepository::statusOfAProjectInASubfolder()
{
    QTemporaryDir dir;
    QString error;
    auto repository = Repository::init(dir.path(), &error);
    QVERIFY(repository);
    const QString project = dir.filePath("integration/shop");
    QVERIFY(copyTree(examplePath(), project));
    QVERIFY(writeFile(dir.filePath("notes.txt"), "outside the project\n"));
    const QList<FileStatus> statuses = repository->projectStatus(project, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList flows;
    for (const FileStatus &status : statuses) {
        QVERIFY2(!status.path.startsWith(QLatin1String("integration/")), qPrintable(status.path));
        QVERIFY(status.path != QLatin1String("notes.txt"));
        if (status.kind == ProjectFileKind::Flow)
            flows << status.id;
    }
    flows.sort();
    QCOMPARE(flows, QStringList({ "contact-to-marketing", "order-sync", "shipment-dispatched" }));
    // The whole repository still sees both.
    QVERIFY(repository->status().size() > statuses.size());
}

void TestGitRepository::stageAndUnstage()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "status: 422", "status: 400"));
    QVERIFY(QFile::remove(dir.filePath("flows/contact-to-marketing.flow.yaml")));
    QString error;
    QVERIFY2(repository->stage({ orderSync, "flows/contact-to-marketing.flow.yaml" }, &error),
             qPrintable(error));
    QCOMPARE(
        git(dir.path(), { "diff", "--cached", "--name-status" }).out,
        QByteArray("D\tflows/contact-to-marketing.flow.yaml\nM\tflows/order-sync.flow.yaml\n"));
    QCOMPARE(repository->stagedFiles().size(), 2);
    QVERIFY2(repository->unstage({ orderSync }, &error), qPrintable(error));
    QCOMPARE(git(dir.path(), { "diff", "--cached", "--name-only" }).out,
             QByteArray("flows/contact-to-marketing.flow.yaml\n"));
    QCOMPARE(git(dir.path(), { "diff", "--name-only" }).out,
             QByteArray("flows/order-sync.flow.yaml\n"));
}

void TestGitRepository::identityIsRequiredAndSettable()
{
    QTemporaryDir dir;
    QString error;
    auto repository = Repository::init(dir.path(), &error);
    QVERIFY(repository);
    QVERIFY(!repository->identity().isValid());
    QVERIFY(repository->stageAll(&error));
    QVERIFY(!repository->commit(QStringLiteral("first"), &error));
    QVERIFY2(error.contains(QLatin1String("user.name")), qPrintable(error));
    QVERIFY(!repository->setIdentity({ QStringLiteral("Ada"), QStringLiteral("no-at") }, &error));
    QVERIFY(repository->setIdentity({ QStringLiteral("Ada"), QStringLiteral("ada@example.com") },
                                    &error));
    // Written into this repository's config, where git finds it.
    QCOMPARE(git(dir.path(), { "config", "--local", "user.email" }).out.trimmed(),
             QByteArray("ada@example.com"));
    QVERIFY2(repository->commit(QStringLiteral("first"), &error), qPrintable(error));
    QCOMPARE(git(dir.path(), { "log", "--format=%an <%ae>" }).out.trimmed(),
             QByteArray("Ada <ada@example.com>"));
}

void TestGitRepository::fileAtRevision()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    const QByteArray original = readFile(dir.filePath(orderSync));
    QVERIFY(editFile(dir.filePath(orderSync), "status: 422", "status: 400"));
    QString error;
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit(QStringLiteral("400"), &error));
    QCOMPARE(*repository->fileAt(QStringLiteral("HEAD~1"), orderSync, &error), original);
    QCOMPARE(*repository->fileAt(QStringLiteral("HEAD"), orderSync, &error),
             git(dir.path(), { "show", "HEAD:" + orderSync }).out);
    QVERIFY(!repository->fileAt(QStringLiteral("HEAD"), QStringLiteral("nope.yaml"), &error));
    QVERIFY(error.contains(QLatin1String("nope.yaml")));
}

void TestGitRepository::branches()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QString error;
    QVERIFY2(repository->createBranch(QStringLiteral("feature/erp-v2"), {}, &error),
             qPrintable(error));
    QVERIFY(!repository->createBranch(QStringLiteral("bad..name"), {}, &error));
    QCOMPARE(git(dir.path(), { "branch", "--format=%(refname:short)" }).out,
             QByteArray("feature/erp-v2\nmain\n"));

    // Unsaved work guards the switch; forcing discards it.
    QVERIFY(editFile(dir.filePath(orderSync), "status: 422", "status: 400"));
    QVERIFY(!repository->switchBranch(QStringLiteral("feature/erp-v2"), false, &error));
    QVERIFY2(error.contains(QLatin1String("uncommitted")), qPrintable(error));
    QCOMPARE(repository->currentBranch(), QStringLiteral("main"));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit(QStringLiteral("400 on main"), &error));
    QVERIFY2(repository->switchBranch(QStringLiteral("feature/erp-v2"), false, &error),
             qPrintable(error));
    QCOMPARE(git(dir.path(), { "rev-parse", "--abbrev-ref", "HEAD" }).out.trimmed(),
             QByteArray("feature/erp-v2"));
    QVERIFY(readFile(dir.filePath(orderSync)).contains("status: 422"));
    QCOMPARE(git(dir.path(), { "status", "--porcelain" }).out, QByteArray());

    QVERIFY(editFile(dir.filePath(orderSync), "status: 422", "status: 418"));
    QVERIFY(repository->switchBranch(QStringLiteral("main"), true, &error));
    QVERIFY(readFile(dir.filePath(orderSync)).contains("status: 400"));

    const QList<BranchInfo> list = repository->branches(&error);
    QCOMPARE(list.size(), 2);
    for (const BranchInfo &branch : list)
        QCOMPARE(branch.isCurrent, branch.name == QLatin1String("main"));
    QVERIFY(!repository->deleteBranch(QStringLiteral("main"), &error));
    QVERIFY(repository->deleteBranch(QStringLiteral("feature/erp-v2"), &error));
    QCOMPARE(git(dir.path(), { "branch", "--format=%(refname:short)" }).out, QByteArray("main\n"));
}

void TestGitRepository::tags()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path());
    QVERIFY(repository);
    QString error;
    QVERIFY2(repository->createTag(QStringLiteral("v1.0"), QStringLiteral("First release"), &error),
             qPrintable(error));
    QVERIFY(repository->createTag(QStringLiteral("light"), {}, &error));
    QCOMPARE(git(dir.path(), { "tag", "-n1" }).out.simplified(),
             QByteArray("light Add the example v1.0 First release"));
    QCOMPARE(git(dir.path(), { "cat-file", "-t", "v1.0" }).out.trimmed(), QByteArray("tag"));
    const QList<TagInfo> tags = repository->tags(&error);
    QCOMPARE(tags.size(), 2);
    for (const TagInfo &tag : tags)
        QCOMPARE(tag.target, repository->resolve(QStringLiteral("HEAD")));
    QVERIFY(!repository->createTag(QStringLiteral("v1.0"), {}, &error));
    QVERIFY2(repository->deleteTag(QStringLiteral("v1.0"), &error), qPrintable(error));
    QCOMPARE(git(dir.path(), { "tag", "--list" }).out, QByteArray("light\n"));
    QVERIFY(!repository->deleteTag(QStringLiteral("v1.0"), &error));
    QVERIFY2(error.contains(QLatin1String("v1.0")), qPrintable(error));
}

void TestGitRepository::pullFastForward()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath("remote.git");
    QCOMPARE(run("git", { "init", "--bare", "-b", "main", bare }).exitCode, 0);
    auto ours = exampleRepository(dir.filePath("ours"));
    QVERIFY(ours);
    QString error;
    QVERIFY(
        ours->addRemote(QStringLiteral("origin"), QUrl::fromLocalFile(bare).toString(), &error));
    QVERIFY2(ours->push(QStringLiteral("origin"), {}, &error), qPrintable(error));

    const QString theirs = dir.filePath("theirs");
    QCOMPARE(run("git", { "clone", "-q", bare, theirs }).exitCode, 0);
    QVERIFY(editFile(theirs + u'/' + orderSync, "status: 422", "status: 400"));
    QCOMPARE(
        git(theirs,
            { "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qam", "400" })
            .exitCode,
        0);
    QCOMPARE(git(theirs, { "push", "-q", "origin", "main" }).exitCode, 0);

    const auto result = ours->pull(QStringLiteral("origin"), {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->outcome, PullResult::FastForward);
    QCOMPARE(result->commitId,
             QString::fromUtf8(git(theirs, { "rev-parse", "HEAD" }).out.trimmed()));
    QVERIFY(readFile(dir.filePath("ours/") + orderSync).contains("status: 400"));
    QCOMPARE(git(dir.filePath("ours"), { "status", "--porcelain" }).out, QByteArray());
    QCOMPARE(ours->pull(QStringLiteral("origin"), {}, &error)->outcome, PullResult::UpToDate);
}

void TestGitRepository::pullMergesFlowsByMeaning_data()
{
    QTest::addColumn<QByteArray>("theirsFrom");
    QTest::addColumn<QByteArray>("theirsTo");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("conflictNode");

    // Ours always changes the reject node's status to 400.
    QTest::addRow("different nodes") << QByteArray("level: warn") << QByteArray("level: info")
                                     << int(PullResult::Merged) << QString();
    // Adjacent lines: git's line merge conflicts, the merge by meaning does not.
    QTest::addRow("adjacent lines")
        << QByteArray("name: Reject invalid order") << QByteArray("name: Refuse invalid order")
        << int(PullResult::Merged) << QString();
    QTest::addRow("same field") << QByteArray("status: 422") << QByteArray("status: 409")
                                << int(PullResult::Conflicts) << QStringLiteral("reject");
}

void TestGitRepository::pullMergesFlowsByMeaning()
{
    QFETCH(QByteArray, theirsFrom);
    QFETCH(QByteArray, theirsTo);
    QFETCH(int, outcome);
    QFETCH(QString, conflictNode);

    QTemporaryDir dir;
    const QString bare = dir.filePath("remote.git");
    QCOMPARE(run("git", { "init", "--bare", "-b", "main", bare }).exitCode, 0);
    const QString oursDir = dir.filePath("ours");
    auto ours = exampleRepository(oursDir);
    QVERIFY(ours);
    QString error;
    QVERIFY(ours->addRemote(QStringLiteral("origin"), bare, &error));
    QVERIFY2(ours->push(QStringLiteral("origin"), {}, &error), qPrintable(error));

    const QString theirs = dir.filePath("theirs");
    QCOMPARE(run("git", { "clone", "-q", bare, theirs }).exitCode, 0);
    QVERIFY(editFile(theirs + u'/' + orderSync, theirsFrom, theirsTo));
    QCOMPARE(
        git(theirs,
            { "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qam", "theirs" })
            .exitCode,
        0);
    QCOMPARE(git(theirs, { "push", "-q", "origin", "main" }).exitCode, 0);

    QVERIFY(editFile(oursDir + u'/' + orderSync, "status: 422", "status: 400"));
    QVERIFY(ours->stageAll(&error));
    QVERIFY(ours->commit(QStringLiteral("ours"), &error));

    const auto result = ours->pull(QStringLiteral("origin"), {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(int(result->outcome), outcome);
    const QByteArray merged = readFile(oursDir + u'/' + orderSync);
    QVERIFY(merged.contains("status: 400")); // ours stays, also in a conflict
    if (outcome == PullResult::Merged) {
        QVERIFY2(merged.contains(theirsTo), merged.constData());
        QCOMPARE(git(oursDir, { "log", "-1", "--format=%P" }).out.split(' ').size(), 2);
        QCOMPARE(git(oursDir, { "status", "--porcelain" }).out, QByteArray());
        QCOMPARE(git(oursDir, { "fsck", "--no-dangling" }).exitCode, 0);
    } else {
        QCOMPARE(result->conflicts.size(), 1);
        QCOMPARE(result->conflicts.first().path, orderSync);
        QCOMPARE(result->conflicts.first().conflicts.size(), 1);
        const MergeConflict &conflict = result->conflicts.first().conflicts.first();
        QCOMPARE(conflict.nodeId, conflictNode);
        QCOMPARE(conflict.field, QStringLiteral("config.status"));
        QCOMPARE(conflict.theirs->toInt(), 409);
        // git agrees that the file is still unmerged.
        QCOMPARE(git(oursDir, { "diff", "--name-only", "--diff-filter=U" }).out.trimmed(),
                 orderSync.toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
