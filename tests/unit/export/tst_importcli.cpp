// flowsmith-cli import --from nodered, run as a user runs it: flows and systems written into
// the project, warnings for credentials, never an overwritten file.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Flowsmith::Test::CliRun;

Run run(const QStringList &arguments, const QString &command = QStringLiteral("import"))
{
    return Flowsmith::Test::runCli(QStringList { command } + arguments);
}

const QString mqttFile
    = QStringLiteral(FLOWSMITH_SHARED_DIR "/data/nodered/2nowabout__MQTT_sub_test__flows.json");

QString emptyProject(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("project"));
    QDir().mkpath(folder);
    QFile manifest(folder + QStringLiteral("/flowsmith.yaml"));
    if (!manifest.open(QIODevice::WriteOnly))
        qFatal("cannot write the manifest");
    manifest.write("flowsmith: 1\nname: Imported\n");
    return folder;
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void importsIntoProject();
    void brokenFile();
    void importedProjectsValidate_data();
    void importedProjectsValidate();
};

void TestImportCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("nothing") << QStringList {} << 2;
    QTest::addRow("no into") << QStringList { "--from", "nodered", mqttFile } << 2;
    QTest::addRow("unknown format")
        << QStringList { "--from", "bpel", mqttFile, "--into", "/nonexistent" } << 2;
    QTest::addRow("no project") << QStringList { "--from", "nodered", mqttFile, "--into",
                                                 "/nonexistent/project" }
                                << 2;
    QTest::addRow("help") << QStringList { "--help" } << 0;
}

void TestImportCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY(result.out.contains("--from nodered"));
    else
        QVERIFY(!result.err.isEmpty());
}

void TestImportCli::importsIntoProject()
{
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    const Run first = run({ "--from", "nodered", mqttFile, "--into", project });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.out, QByteArray("flows/flow-1.flow.yaml\nflowsmith.yaml\n"));
    QFile flow(project + "/flows/flow-1.flow.yaml");
    QVERIFY(flow.open(QIODevice::ReadOnly));
    const QByteArray yaml = flow.readAll();
    QVERIFY(yaml.contains("type: source.topic"));
    QVERIFY(yaml.contains("type: foreign.nodered"));
    QFile manifest(project + "/flowsmith.yaml");
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QVERIFY(manifest.readAll().contains("baseUrl: tcp://127.0.0.1:1883"));

    // Again: a new flow file beside the first, the system reused.
    const Run second = run({ "--from", "nodered", mqttFile, "--into", project });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, QByteArray("flows/flow-1-2.flow.yaml\n"));
    flow.close();
    QVERIFY(flow.open(QIODevice::ReadOnly));
    QCOMPARE(flow.readAll(), yaml);
}

void TestImportCli::importedProjectsValidate_data()
{
    QTest::addColumn<QString>("file");
    const QDir shared(QStringLiteral(FLOWSMITH_SHARED_DIR "/data/nodered"));
    for (const QString &name : shared.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QTest::addRow("%s", qPrintable(name)) << shared.filePath(name);
}

// What an import writes is a project the studio opens: validation finds warnings at most
// (unreachable configuration nodes, missing stewards), never an error.
void TestImportCli::importedProjectsValidate()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    const Run imported = run({ "--from", "nodered", file, "--into", project });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run validated = run({ project }, QStringLiteral("validate"));
    QVERIFY2(validated.exitCode == 0, validated.out.constData());
    QVERIFY(validated.out.contains("0 error(s)"));
}

void TestImportCli::brokenFile()
{
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    const QString broken = dir.filePath("broken.json");
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n  {\"id\": \"a\",\n   \"type\" 1}\n]\n");
    file.close();
    const Run result = run({ "--from", "nodered", broken, "--into", project });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(broken.toUtf8() + ":3:"), result.err.constData());
    QVERIFY(!QDir(project + "/flows").exists());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
