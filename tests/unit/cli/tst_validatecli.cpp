// flowsmith-cli validate, run as a user runs it: exit codes, output formats, help, version.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowsmith::Test;

namespace {

using Run = CliRun;

QString fixture(const char *name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/unit/validation/data/")
        + QLatin1String(name);
}

/// The clean fixture with one dangling edge: a project with exactly one error.
QString brokenProject(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("broken"));
    if (!copyTree(fixture("clean"), folder))
        return {};
    QFile flow(folder + QStringLiteral("/flows/orders.flow.yaml"));
    if (!flow.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = flow.readAll();
    bytes.replace(
        "  - {from: failed.out, to: failures.in}\n",
        "  - {from: failed.out, to: failures.in}\n  - {from: to-erp.out, to: ghost.in}\n");
    flow.seek(0);
    flow.write(bytes);
    return folder;
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void textOutputNamesThePlace();
    void brokenManifestIsPlaced();
    void missingProjectMessage();
    void version();
    void help();
    void jsonOutput();
    void sarifOutput();
    void outputFile();
    void projectManifestPath();

private:
    QTemporaryDir m_dir;
    QString m_broken;
    QString m_badManifest;
};

void TestValidateCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_broken = brokenProject(m_dir);
    QVERIFY(!m_broken.isEmpty());
    // A project folder whose manifest is unreadable: a problem in the project (exit 1), not a
    // usage error.
    m_badManifest = m_dir.filePath(QStringLiteral("bad-manifest"));
    QVERIFY(QDir().mkpath(m_badManifest));
    QFile manifest(m_badManifest + QStringLiteral("/flowsmith.yaml"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("flowsmith: 1\nname: [unclosed\n");
}

void TestValidateCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString clean = fixture("clean");
    QTest::addRow("clean project") << QStringList { "validate", clean } << 0;
    QTest::addRow("clean project, json")
        << QStringList { "validate", clean, "--format", "json" } << 0;
    QTest::addRow("clean project, sarif")
        << QStringList { "validate", clean, "--format=sarif" } << 0;
    QTest::addRow("project with an error") << QStringList { "validate", "@broken" } << 1;
    QTest::addRow("project with an error, sarif")
        << QStringList { "validate", "@broken", "--format", "sarif" } << 1;
    QTest::addRow("broken manifest") << QStringList { "validate", "@badmanifest" } << 1;
    QTest::addRow("missing folder") << QStringList { "validate", "/nonexistent/flowsmith" } << 2;
    QTest::addRow("folder without flowsmith.yaml")
        << QStringList { "validate", fixture("clean") + QStringLiteral("/flows") } << 2;
    QTest::addRow("no project") << QStringList { "validate" } << 2;
    QTest::addRow("two projects") << QStringList { "validate", clean, clean } << 2;
    QTest::addRow("unknown option") << QStringList { "validate", clean, "--colour" } << 2;
    QTest::addRow("unknown format") << QStringList { "validate", clean, "--format", "xml" } << 2;
    QTest::addRow("format without value") << QStringList { "validate", clean, "--format" } << 2;
    QTest::addRow("unknown command") << QStringList { "frobnicate" } << 2;
    QTest::addRow("no command") << QStringList {} << 2;
    if (QFileInfo::exists(exampleProject() + QStringLiteral("/flowsmith.yaml")))
        QTest::addRow("example project") << QStringList { "validate", exampleProject() } << 0;
}

void TestValidateCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("@broken"), m_broken);
    arguments.replaceInStrings(QStringLiteral("@badmanifest"), m_badManifest);
    const Run result = runCli(arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
                            .arg(result.exitCode)
                            .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err))));
    if (exitCode == 2)
        QVERIFY(!result.err.isEmpty()); // a usage error always says what was wrong
}

void TestValidateCli::textOutputNamesThePlace()
{
    // Run from the parent folder, as a user would: the path is relative to there.
    const Run result = runCli({ "validate", "broken" }, m_dir.path());
    QCOMPARE(result.exitCode, 1);
    const QString text = QString::fromUtf8(result.out);
    static const QRegularExpression line(
        QStringLiteral("^broken/flows/orders\\.flow\\.yaml:\\d+:\\d+: error FS101: .*ghost"),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("1 error(s), 0 warning(s)")));
}

void TestValidateCli::brokenManifestIsPlaced()
{
    const Run result = runCli({ "validate", m_badManifest, "--format", "json" });
    QCOMPARE(result.exitCode, 1);
    const QJsonArray problems = parseObject(result.out).value("problems").toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.at(0).toObject();
    QVERIFY(problem.value("code").toString().startsWith(QLatin1String("FS0")));
    QCOMPARE(problem.value("file").toString(), QStringLiteral("flowsmith.yaml"));
    QVERIFY(problem.value("line").toInt() >= 2);
}

void TestValidateCli::missingProjectMessage()
{
    const Run result = runCli({ "validate", "/nonexistent/flowsmith" });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QByteArray("/nonexistent/flowsmith: no flowsmith.yaml\n"));
    QVERIFY(result.out.isEmpty());
}

void TestValidateCli::version()
{
    const Run result = runCli({ "--version" });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^flowsmith-cli \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(QString::fromUtf8(result.out))
                 .hasMatch(),
             result.out.constData());
}

void TestValidateCli::help()
{
    const Run result = runCli({ "validate", "--help" });
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(QLatin1String("PROJECT")));
    QVERIFY(text.contains(QLatin1String("--format")));
    QVERIFY(text.contains(QLatin1String("--output")));
    QVERIFY(text.contains(QLatin1String("sarif")));

    const Run general = runCli({ "--help" });
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains("validate"));
}

void TestValidateCli::jsonOutput()
{
    const Run result = runCli({ "validate", m_broken, "--format", "json" });
    QCOMPARE(result.exitCode, 1);
    const QJsonObject root = parseObject(result.out);
    QVERIFY2(!root.isEmpty(), result.out.constData());
    const QJsonArray problems = root.value("problems").toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.at(0).toObject();
    QCOMPARE(problem.value("code").toString(), QStringLiteral("FS101"));
    QCOMPARE(problem.value("file").toString(), QStringLiteral("flows/orders.flow.yaml"));
    QCOMPARE(problem.value("nodeId").toString(), QStringLiteral("to-erp"));
    QVERIFY(problem.value("line").toInt() > 0);
    QCOMPARE(root.value("counts").toObject().value("errors").toInt(), 1);
}

void TestValidateCli::sarifOutput()
{
    const Run result = runCli({ "validate", m_broken, "--format", "sarif" });
    QCOMPARE(result.exitCode, 1);
    const QJsonObject log = parseObject(result.out);
    QCOMPARE(log.value("version").toString(), QStringLiteral("2.1.0"));
    const QJsonObject run0 = log.value("runs").toArray().at(0).toObject();
    const QJsonObject driver = run0.value("tool").toObject().value("driver").toObject();
    QCOMPARE(driver.value("name").toString(), QStringLiteral("Flowsmith"));
    QVERIFY(!driver.value("version").toString().isEmpty());
    const QJsonArray results = run0.value("results").toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).toObject().value("ruleId").toString(), QStringLiteral("FS101"));
    const QString root = run0.value("originalUriBaseIds")
                             .toObject()
                             .value("PROJECTROOT")
                             .toObject()
                             .value("uri")
                             .toString();
    QVERIFY2(root.startsWith(QLatin1String("file:///")) && root.endsWith(QLatin1String("/broken/")),
             qPrintable(root));
}

void TestValidateCli::outputFile()
{
    const QString report = m_dir.filePath(QStringLiteral("report.sarif"));
    const Run result = runCli({ "validate", m_broken, "--format", "sarif", "--output", report });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseObject(file.readAll()).value("version").toString(), QStringLiteral("2.1.0"));

    const Run unwritable = runCli(
        { "validate", m_broken, "--output", QStringLiteral("/nonexistent/dir/report.txt") });
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(unwritable.err.contains("/nonexistent/dir/report.txt"));
}

void TestValidateCli::projectManifestPath()
{
    const Run result = runCli(
        { "validate", fixture("clean") + QStringLiteral("/flowsmith.yaml"), "--format", "json" });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(parseObject(result.out).value("problems").toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
