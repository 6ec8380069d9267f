// The commit gate (design §6) on the example project in a real repository: it regenerates
// dist/, runs the flow tests, blocks on secrets and validation errors, commits and pushes —
// through the library and through `flowsmith-cli commit`.

#include "gittesthelpers.h"

#include "model/vcs/commitgate.h"
#include "model/vcs/repository.h"
#include "simulator/testing/gateoptions.h"

#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

const QString orderSync = QStringLiteral("flows/order-sync.flow.yaml");

QString cliPath()
{
    return QStringLiteral(FLOWSMITH_BINARY_DIR "/app/cli/flowsmith-cli");
}

CommitGate::Options gateOptions(const QString &message)
{
    CommitGate::Options options = Sim::commitGateOptions();
    options.message = message;
    options.stageAll = true;
    options.today = QDate(2026, 6, 1);
    return options;
}

const GateStep &step(const CommitGate::Result &result, GateStep::Id id)
{
    for (const GateStep &step : result.steps) {
        if (step.id == id)
            return step;
    }
    qFatal("no step %d", int(id));
}

QByteArray plantedKey()
{
    return QByteArray("AKIA") + "Q3T7ZK2M" + "9XWPR4VB";
}

} // namespace

class TestCommitGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gateCommitsTheExample();
    void secretBlocksTheCommit();
    void validationErrorBlocksTheCommit();
    void gatePushes();
    void allowListLetsAReviewedValueThrough();
    void cliCommit();
    void cliCommitBlockedBySecret();
    void cliUsage_data();
    void cliUsage();
    void cliPushFailureKeepsCommit();

private:
    std::optional<Repository> exampleRepository(const QString &folder, bool commit);
    QTemporaryDir m_home;
};

void TestCommitGate::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateHome(m_home.filePath(QStringLiteral("home")));
}

std::optional<Repository> TestCommitGate::exampleRepository(const QString &folder, bool commit)
{
    QString error;
    std::optional<Repository> repository = Repository::init(folder, &error);
    if (!repository || !copyTree(examplePath(), folder)
        || !repository->setIdentity({ QStringLiteral("Ada"), QStringLiteral("ada@example.com") },
                                    &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    if (commit
        && (!repository->stageAll(&error) || !repository->commit("Add the example", &error))) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return repository;
}

void TestCommitGate::gateCommitsTheExample()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), false);
    QVERIFY(repository);
    CommitGate gate(&*repository, dir.path());
    QList<GateStep> reported;
    gate.setStepCallback([&](const GateStep &step) { reported << step; });
    const CommitGate::Result result = gate.run(gateOptions(QStringLiteral("First version")));
    QStringList log;
    for (const GateStep &s : result.steps)
        log << GateStep::title(s.id) + ": " + GateStep::stateName(s.state) + " " + s.summary
                + "\n  " + s.details.join("\n  ");
    QVERIFY2(result.committed, qPrintable(log.join(u'\n')));
    QCOMPARE(result.commitId, repository->resolve("HEAD"));
    // Every step reported its start and its end.
    QCOMPARE(reported.size(), 2 * result.steps.size());
    QCOMPARE(step(result, GateStep::Test).state, GateStep::Passed);
    QVERIFY(step(result, GateStep::Test).summary.startsWith(QLatin1String("12 passed")));
    QCOMPARE(step(result, GateStep::SecretScan).state, GateStep::Passed);
    // Kafka flows cannot go to Node-RED: left out with a warning that names the file.
    const GateStep &exported = step(result, GateStep::Export);
    QCOMPARE(exported.state, GateStep::Warning);
    QVERIFY2(exported.details.join(u'\n').contains(
                 QLatin1String("flows/contact-to-marketing.flow.yaml:13: warning: not exported")),
             qPrintable(exported.details.join(u'\n')));

    const Run show = git(dir.path(), { "show", "--name-only", "--format=", "HEAD" });
    QVERIFY2(show.out.contains("dist/nodered/flows.json"), show.out.constData());
    QVERIFY(show.out.contains(orderSync.toUtf8()));
    const QByteArray flows = git(dir.path(), { "show", "HEAD:dist/nodered/flows.json" }).out;
    QVERIFY(flows.contains("/orders"));
    QVERIFY(!flows.contains("contact-to-marketing"));
    QCOMPARE(git(dir.path(), { "status", "--porcelain" }).out, QByteArray());
    QCOMPARE(git(dir.path(), { "fsck", "--strict", "--no-dangling" }).exitCode, 0);

    // The diff step tells the change by meaning: the whole flow is new.
    bool sawFlow = false;
    for (const CommitFileChange &change : result.changes) {
        if (change.kind == ProjectFileKind::Flow && change.id == QLatin1String("order-sync")) {
            sawFlow = true;
            QVERIFY(!change.flowChanges.isEmpty());
        }
    }
    QVERIFY(sawFlow);

    // Nothing changed since: a second run regenerates the same dist/ and has nothing to commit.
    const CommitGate::Result again = gate.run(gateOptions(QStringLiteral("Again")));
    QVERIFY(!again.committed);
    QCOMPARE(step(again, GateStep::Diff).state, GateStep::Failed);
    QCOMPARE(repository->resolve("HEAD"), result.commitId);
}

void TestCommitGate::secretBlocksTheCommit()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), true);
    QVERIFY(repository);
    const QString head = repository->resolve("HEAD");
    QVERIFY(editFile(dir.filePath(orderSync), "      timeoutMs: 5000\n",
                     "      timeoutMs: 5000\n      headers: {x-api-key: " + plantedKey() + "}\n"));
    const int line = int(readFile(dir.filePath(orderSync))
                             .left(readFile(dir.filePath(orderSync)).indexOf(plantedKey()))
                             .count('\n'))
        + 1;

    CommitGate gate(&*repository, dir.path());
    const CommitGate::Result result = gate.run(gateOptions(QStringLiteral("Leak")));
    QVERIFY(!result.committed);
    QVERIFY(result.checksFailed());
    const GateStep &scan = step(result, GateStep::SecretScan);
    QCOMPARE(scan.state, GateStep::Failed);
    QCOMPARE(scan.details.size(), 1);
    QVERIFY2(scan.details.first().startsWith(QStringLiteral("%1:%2:").arg(orderSync).arg(line)),
             qPrintable(scan.details.first()));
    QVERIFY(!scan.details.first().contains(QString::fromLatin1(plantedKey())));
    QCOMPARE(step(result, GateStep::Commit).state, GateStep::Skipped);
    QCOMPARE(repository->resolve("HEAD"), head);
    // What was blocked left the index: a plain `git commit` now would not carry the secret.
    QVERIFY(!repository->stagedFiles().contains(orderSync));
    QVERIFY(!git(dir.path(), { "diff", "--cached" }).out.contains(plantedKey()));
    QVERIFY(readFile(dir.filePath(orderSync)).contains(plantedKey())); // the work tree keeps it
}

void TestCommitGate::allowListLetsAReviewedValueThrough()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), true);
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "      timeoutMs: 5000\n",
                     "      timeoutMs: 5000\n      headers: {x-api-key: " + plantedKey() + "}\n"));
    CommitGate gate(&*repository, dir.path());
    const CommitGate::Result blocked = gate.run(gateOptions(QStringLiteral("Leak")));
    QVERIFY(!blocked.committed);
    const QString detail = step(blocked, GateStep::SecretScan).details.value(0);
    const qsizetype open = detail.lastIndexOf(u'[');
    QVERIFY2(open > 0 && detail.endsWith(u']'), qPrintable(detail));
    const QString fingerprint = detail.mid(open + 1, detail.size() - open - 2);
    QVERIFY(fingerprint.startsWith(orderSync + QStringLiteral(":aws-access-key:")));

    QFile allow(dir.filePath(QStringLiteral("secrets.allow")));
    QVERIFY(allow.open(QIODevice::WriteOnly));
    allow.write("# the sandbox account's key, reviewed in PR 12\n" + fingerprint.toUtf8() + "\n");
    allow.close();
    const CommitGate::Result allowed = gate.run(gateOptions(QStringLiteral("Sandbox key")));
    QCOMPARE(step(allowed, GateStep::SecretScan).state, GateStep::Passed);
    QVERIFY(step(allowed, GateStep::SecretScan).summary.contains(QLatin1String("allowed")));
    QVERIFY(allowed.committed);
}

void TestCommitGate::validationErrorBlocksTheCommit()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), true);
    QVERIFY(repository);
    const QString head = repository->resolve("HEAD");
    QVERIFY(editFile(dir.filePath(orderSync), "to: reply.in}", "to: nowhere.in}"));
    CommitGate gate(&*repository, dir.path());
    const CommitGate::Result result = gate.run(gateOptions(QStringLiteral("Broken")));
    QVERIFY(!result.committed);
    const GateStep &validate = step(result, GateStep::Validate);
    QCOMPARE(validate.state, GateStep::Failed);
    QVERIFY2(validate.details.join(u'\n').contains(orderSync + u':'),
             qPrintable(validate.details.join(u'\n')));
    QCOMPARE(repository->resolve("HEAD"), head);
}

void TestCommitGate::gatePushes()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath("remote.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    auto repository = exampleRepository(dir.filePath("work"), false);
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("origin", QUrl::fromLocalFile(bare).toString(), &error));
    CommitGate gate(&*repository, repository->workDir());
    CommitGate::Options options = gateOptions(QStringLiteral("First"));
    options.pushRemote = QStringLiteral("origin");
    const CommitGate::Result result = gate.run(options);
    QVERIFY(result.committed);
    QVERIFY2(result.pushed, qPrintable(step(result, GateStep::Push).summary));
    QCOMPARE(
        QString::fromUtf8(run("git", { "--git-dir", bare, "rev-parse", "main" }).out.trimmed()),
        result.commitId);
}

void TestCommitGate::cliCommit()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), false);
    QVERIFY(repository);
    const Run result = run(cliPath(), { "commit", dir.path(), "-m", "From the CLI" });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Commit"));
    QCOMPARE(git(dir.path(), { "log", "--format=%s" }).out, QByteArray("From the CLI\n"));
    QVERIFY(git(dir.path(), { "ls-files" }).out.contains("dist/nodered/flows.json"));
    QCOMPARE(git(dir.path(), { "fsck", "--no-dangling" }).exitCode, 0);
}

void TestCommitGate::cliCommitBlockedBySecret()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), true);
    QVERIFY(repository);
    QVERIFY(editFile(dir.filePath(orderSync), "      timeoutMs: 5000\n",
                     "      timeoutMs: 5000\n      headers: {x-api-key: " + plantedKey() + "}\n"));
    const Run result = run(cliPath(), { "commit", dir.path(), "-m", "Leak" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains((orderSync + u':').toUtf8()), result.err.constData());
    QVERIFY(result.err.contains("aws-access-key"));
    QVERIFY(!result.err.contains(plantedKey()) && !result.out.contains(plantedKey()));
    QCOMPARE(git(dir.path(), { "log", "--format=%s" }).out, QByteArray("Add the example\n"));
}

void TestCommitGate::cliUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("err");
    QTest::addRow("no message") << QStringList { "commit", "PROJECT" } << QByteArray("missing -m");
    QTest::addRow("empty message")
        << QStringList { "commit", "PROJECT", "-m", " " } << QByteArray("missing -m");
    QTest::addRow("not a project")
        << QStringList { "commit", "NOWHERE", "-m", "x" } << QByteArray("nowhere");
    QTest::addRow("unknown option")
        << QStringList { "commit", "PROJECT", "--amend" } << QByteArray("unexpected argument");
}

void TestCommitGate::cliUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, err);
    QTemporaryDir dir;
    QVERIFY(exampleRepository(dir.path(), false));
    args.replaceInStrings("NOWHERE", dir.filePath("nowhere"));
    args.replaceInStrings("PROJECT", dir.path());
    const Run result = run(cliPath(), args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(err), result.err.constData());
}

void TestCommitGate::cliPushFailureKeepsCommit()
{
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.path(), false);
    QVERIFY(repository);
    QString error;
    // Nobody listens on this port: the push fails, the commit stays.
    QVERIFY(repository->addRemote(
        "deploy", QStringLiteral("git://127.0.0.1:%1/flows.git").arg(freePort()), &error));
    const Run result = run(cliPath(), { "commit", dir.path(), "-m", "Deploy", "--push", "deploy" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("push to deploy failed")
                 && result.err.contains("local commit is kept"),
             result.err.constData());
    QCOMPARE(git(dir.path(), { "log", "--format=%s" }).out, QByteArray("Deploy\n"));
    QCOMPARE(git(dir.path(), { "fsck", "--no-dangling" }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCommitGate)
#include "tst_commitgate.moc"
