// flowsmith-cli diff and merge-driver as users and git run them: real processes, real git.

#include "model/vcs/flowdiff.h"

#include "vcstestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::VcsTest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// FLOWSMITH_CLI names another build of the CLI to check (an installed one, say).
QString cliPath()
{
    const QString other = qEnvironmentVariable("FLOWSMITH_CLI");
    return other.isEmpty() ? QStringLiteral(FLOWSMITH_BINARY_DIR "/app/cli/flowsmith-cli") : other;
}

Run run(const QString &program, const QStringList &args, const QString &workingDir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestVcsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diff_data();
    void diff();
    void diffJson();
    void mergeDriver_data();
    void mergeDriver();
    void mergeDriverLoadError();
    void gitMerge_data();
    void gitMerge();

private:
    QTemporaryDir m_dir;
    QString m_base;
};

void TestVcsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    // The command table in app/cli/main.cpp decides whether the subcommands are reachable.
    const Run help = run(cliPath(), { QStringLiteral("merge-driver"), QStringLiteral("--help") });
    if (help.err.contains(QLatin1String("unknown command")))
        QSKIP("flowsmith-cli does not dispatch diff/merge-driver yet (app/cli/main.cpp)");
    m_base = m_dir.filePath(QStringLiteral("base.flow.yaml"));
    writeFile(m_base, baseFlow);
}

void TestVcsCli::diff_data()
{
    QTest::addColumn<QStringList>("args"); // NEW: the edited flow file
    QTest::addColumn<QByteArray>("newFlow");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    QTest::addRow("equal") << QStringList { "BASE", "NEW" } << QByteArray(baseFlow) << 0
                           << QString() << QString();
    QTest::addRow("different") << QStringList { "BASE", "NEW" }
                               << edited({ "path: /sales-orders", "path: /v2" }) << 1
                               << QStringLiteral(
                                      "~ node erp: config.path \"/sales-orders\" → \"/v2\"\n")
                               << QString();
    QTest::addRow("added file against empty")
        << QStringList { "EMPTY", "NEW" } << QByteArray(baseFlow) << 1
        << QStringLiteral("~ flow: id (none) → \"order-sync\"") << QString();
    QTest::addRow("broken new file")
        << QStringList { "BASE", "NEW" } << edited({ "  - id: erp\n", "  - id: [erp\n" }) << 2
        << QString() << QStringLiteral("new.flow.yaml:");
    QTest::addRow("missing file") << QStringList { "BASE", "MISSING" } << QByteArray() << 2
                                  << QString() << QStringLiteral("missing.flow.yaml");
    QTest::addRow("one argument") << QStringList { "BASE" } << QByteArray() << 2 << QString()
                                  << QStringLiteral("Usage: flowsmith-cli diff OLD NEW");
    QTest::addRow("unknown format")
        << QStringList { "BASE", "NEW", "--format", "xml" } << QByteArray(baseFlow) << 2
        << QString() << QStringLiteral("unknown format 'xml'");
}

void TestVcsCli::diff()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, newFlow);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    const QString newPath = m_dir.filePath(QStringLiteral("new.flow.yaml"));
    writeFile(newPath, newFlow);
    const QString emptyPath = m_dir.filePath(QStringLiteral("empty.flow.yaml"));
    writeFile(emptyPath, {});
    args.replaceInStrings(QStringLiteral("BASE"), m_base);
    args.replaceInStrings(QStringLiteral("NEW"), newPath);
    args.replaceInStrings(QStringLiteral("EMPTY"), emptyPath);
    args.replaceInStrings(QStringLiteral("MISSING"), m_dir.filePath("missing.flow.yaml"));

    const Run result = run(cliPath(), QStringList { QStringLiteral("diff") } + args);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY2(result.err.contains(err), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    } else if (exitCode == 0) {
        QCOMPARE(result.out, QString());
    } else {
        QVERIFY2(result.out.startsWith(out), qPrintable(result.out));
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("broken new file")) {
        // path:line:column: message, pointing into the file
        QVERIFY2(QRegularExpression(QStringLiteral("new\\.flow\\.yaml:\\d+:\\d+: "))
                     .match(result.err)
                     .hasMatch(),
                 qPrintable(result.err));
    }
}

void TestVcsCli::diffJson()
{
    const QString newPath = m_dir.filePath(QStringLiteral("json.flow.yaml"));
    writeFile(newPath, edited({ "latencyMs: 2000", "latencyMs: 900" }));
    const Run result = run(cliPath(),
                           { QStringLiteral("diff"), m_base, newPath, QStringLiteral("--format"),
                             QStringLiteral("json") });
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject change = json.object().value("changes").toArray().at(0).toObject();
    QCOMPARE(change.value("kind").toString(), QStringLiteral("sloChanged"));
    QCOMPARE(change.value("field").toString(), QStringLiteral("slo.latencyMs"));
    QCOMPARE(change.value("old").toDouble(), 2000.0);
    QCOMPARE(change.value("new").toDouble(), 900.0);
}

void TestVcsCli::mergeDriver_data()
{
    QTest::addColumn<QStringList>("ours");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");

    QTest::addRow("clean") << QStringList { "at: [740, 120]", "at: [760, 160]" }
                           << QStringList { "path: /sales-orders", "path: /v2" }
                           << QStringList { "at: [740, 120]", "at: [760, 160]",
                                            "path: /sales-orders", "path: /v2" }
                           << 0 << QString();
    QTest::addRow("conflict") << QStringList { "path: /sales-orders", "path: /ours" }
                              << QStringList { "path: /sales-orders", "path: /theirs" }
                              << QStringList { "path: /sales-orders", "path: /ours" } << 1
                              << QStringLiteral("OURS: conflict in node erp field config.path: "
                                                "ours \"/ours\" theirs \"/theirs\"\n");
}

void TestVcsCli::mergeDriver()
{
    QFETCH(QStringList, ours);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, expected);
    QFETCH(int, exitCode);
    QFETCH(QString, err);

    const QString oursPath = m_dir.filePath(QStringLiteral("ours.flow.yaml"));
    const QString theirsPath = m_dir.filePath(QStringLiteral("theirs.flow.yaml"));
    writeFile(oursPath, edited(ours));
    writeFile(theirsPath, edited(theirs));
    const Run result
        = run(cliPath(), { QStringLiteral("merge-driver"), m_base, oursPath, theirsPath });
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err, QString(err).replace(QStringLiteral("OURS"), oursPath));
    QCOMPARE(FlowDiff::compare(parsed(edited(expected)), parsed(readFile(oursPath))).toText(),
             QString());
}

void TestVcsCli::mergeDriverLoadError()
{
    const QString oursPath = m_dir.filePath(QStringLiteral("ours-kept.flow.yaml"));
    const QString theirsPath = m_dir.filePath(QStringLiteral("theirs-broken.flow.yaml"));
    const QByteArray ours = edited({ "path: /sales-orders", "path: /ours" });
    writeFile(oursPath, ours);
    writeFile(theirsPath, "flowsmith: 1\nid: x\nnodes: {oops\n");
    const Run result
        = run(cliPath(), { QStringLiteral("merge-driver"), m_base, oursPath, theirsPath });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(theirsPath + u':'), qPrintable(result.err));
    QCOMPARE(readFile(oursPath), ours); // nothing written
    QCOMPARE(run(cliPath(), { QStringLiteral("merge-driver"), m_base }).exitCode, 2);
}

void TestVcsCli::gitMerge_data()
{
    QTest::addColumn<QStringList>("ours");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("clean");

    // Adjacent lines of one node: git's own line merge would call this a conflict.
    QTest::addRow("different fields of one node")
        << QStringList { "at: [740, 120]", "at: [760, 160]" }
        << QStringList { "path: /sales-orders", "path: /v2" }
        << QStringList { "at: [740, 120]", "at: [760, 160]", "path: /sales-orders", "path: /v2" }
        << true;
    QTest::addRow("different nodes")
        << QStringList { "retry: 3", "retry: 5" }
        << QStringList { "status = \\\"paid\\\"", "status = \\\"settled\\\"" }
        << QStringList { "retry: 3", "retry: 5", "status = \\\"paid\\\"",
                         "status = \\\"settled\\\"" }
        << true;
    QTest::addRow("same field") << QStringList { "path: /sales-orders", "path: /ours" }
                                << QStringList { "path: /sales-orders", "path: /theirs" }
                                << QStringList { "path: /sales-orders", "path: /ours" } << false;
}

void TestVcsCli::gitMerge()
{
    QFETCH(QStringList, ours);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, expected);
    QFETCH(bool, clean);
    // Rows use \" where the flow text has a quote inside a plain scalar.
    for (QStringList *edits : { &ours, &theirs, &expected })
        edits->replaceInStrings(QStringLiteral("\\\""), QStringLiteral("\""));

    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), repo.path()); // no user or system git config leaks in
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    const auto git = [&](const QStringList &args) {
        return run(QStringLiteral("git"), args, repo.path(), env);
    };
    const auto mustGit = [&](const QStringList &args) {
        const Run result = git(args);
        if (result.exitCode != 0)
            qWarning("git %s: %s", qPrintable(args.join(u' ')), qPrintable(result.err));
        return result.exitCode == 0;
    };
    const QString flowFile = QStringLiteral("flows/order-sync.flow.yaml");
    const QString flowPath = QDir(repo.path()).filePath(flowFile);

    QVERIFY(mustGit({ "init", "-q", "-b", "main" }));
    QVERIFY(mustGit({ "config", "user.name", "Flowsmith Test" }));
    QVERIFY(mustGit({ "config", "user.email", "test@flowsmith.invalid" }));
    QVERIFY(mustGit({ "config", "merge.flowsmith.name", "Flowsmith semantic flow merge" }));
    QVERIFY(mustGit({ "config", "merge.flowsmith.driver",
                      u'"' + cliPath() + QStringLiteral("\" merge-driver %O %A %B") }));
    writeFile(QDir(repo.path()).filePath(".gitattributes"), "flows/*.flow.yaml merge=flowsmith\n");
    writeFile(flowPath, baseFlow);
    QVERIFY(mustGit({ "add", "." }));
    QVERIFY(mustGit({ "commit", "-q", "-m", "base" }));

    QVERIFY(mustGit({ "checkout", "-q", "-b", "theirs" }));
    writeFile(flowPath, edited(theirs));
    QVERIFY(mustGit({ "commit", "-q", "-am", "their edit" }));
    QVERIFY(mustGit({ "checkout", "-q", "main" }));
    writeFile(flowPath, edited(ours));
    QVERIFY(mustGit({ "commit", "-q", "-am", "our edit" }));

    const Run merge = git({ "merge", "--no-edit", "theirs" });
    const Flow merged = parsed(readFile(flowPath));
    QCOMPARE(FlowDiff::compare(parsed(edited(expected)), merged).toText(), QString());
    if (clean) {
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.out + merge.err));
        QCOMPARE(git({ "status", "--porcelain" }).out, QString());
        QCOMPARE(git({ "show", "HEAD:" + flowFile }).out.toUtf8(), readFile(flowPath));
    } else {
        QVERIFY(merge.exitCode != 0);
        const QString output = merge.out + merge.err;
        QVERIFY2(output.contains(QLatin1String(
                     "conflict in node erp field config.path: ours \"/ours\" theirs \"/theirs\"")),
                 qPrintable(output));
        QCOMPARE(git({ "diff", "--name-only", "--diff-filter=U" }).out, flowFile + u'\n');
    }
}

QTEST_GUILESS_MAIN(TestVcsCli)
#include "tst_vcscli.moc"
