// flowsmith-cli export, run as a user runs it: exit codes, the written file, error lines.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString exampleDir
    = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");

using Run = Flowsmith::Test::CliRun;

Run run(const QStringList &arguments)
{
    return Flowsmith::Test::runCli(QStringList { QStringLiteral("export") } + arguments);
}

// A copy of the example whose Kafka topics are MQTT, so that all of it exports.
QString mqttProject(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("project"));
    QDirIterator it(exampleDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString destination = QDir(target).filePath(QDir(exampleDir).relativeFilePath(path));
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile in(path);
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            qFatal("cannot copy %s", qPrintable(path));
        out.write(in.readAll().replace("protocol: kafka", "protocol: mqtt"));
    }
    return target;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void exportsAndRepeats();
    void kafkaFails();
    void everyTarget_data();
    void everyTarget();
};

void TestExportCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::addRow("nothing") << QStringList {} << 2;
    QTest::addRow("no target") << QStringList { exampleDir, QStringLiteral("--out"),
                                                QStringLiteral("/tmp/x") }
                               << 2;
    QTest::addRow("no out") << QStringList { exampleDir, QStringLiteral("--target"),
                                             QStringLiteral("nodered") }
                            << 2;
    QTest::addRow("unknown target")
        << QStringList { exampleDir, QStringLiteral("--target"), QStringLiteral("bpel"),
                         QStringLiteral("--out"), QStringLiteral("/nonexistent/x") }
        << 2;
    QTest::addRow("missing value") << QStringList { exampleDir, QStringLiteral("--target") } << 2;
    QTest::addRow("unknown option")
        << QStringList { exampleDir, QStringLiteral("--frobnicate") } << 2;
    QTest::addRow("no project") << QStringList {
        QStringLiteral("/nonexistent/project"), QStringLiteral("--target"),
        QStringLiteral("nodered"), QStringLiteral("--out"), QStringLiteral("/nonexistent/x")
    } << 2;
    QTest::addRow("help") << QStringList { QStringLiteral("--help") } << 0;
}

void TestExportCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY(result.out.contains("--target"));
    else
        QVERIFY(!result.err.isEmpty());
}

void TestExportCli::exportsAndRepeats()
{
    QTemporaryDir dir;
    const QString project = mqttProject(dir);
    const QString out = dir.filePath(QStringLiteral("dist"));
    const QStringList args { project, QStringLiteral("--target"), QStringLiteral("nodered"),
                             QStringLiteral("--out"), out };
    const Run first = run(args);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, QByteArray("nodered/flows.json\n"));
    // Warnings (retries Node-RED does not do) name their file and line.
    QVERIFY(first.err.contains("flows/order-sync.flow.yaml:"));
    QFile file(out + QStringLiteral("/nodered/flows.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.contains("\"type\": \"tab\""));
    QCOMPARE(run(args).exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestExportCli::kafkaFails()
{
    QTemporaryDir dir;
    const Run result = run({ exampleDir, QStringLiteral("--target"), QStringLiteral("nodered"),
                             QStringLiteral("--out"), dir.path() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("flows/shipment-dispatched.flow.yaml:64: node 'notify'"));
    QVERIFY(result.err.contains("flows/contact-to-marketing.flow.yaml:13: node 'receive'"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nodered/flows.json"))));
}

void TestExportCli::everyTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("files");
    QTest::addRow("camel") << "camel"
                           << QStringList { "camel/order-sync.camel.yaml",
                                            "camel/application.properties" };
    QTest::addRow("k8s") << "k8s"
                         << QStringList { "k8s/kustomization.yaml", "k8s/nodered/deployment.yaml",
                                          "k8s/camel/order-sync.integration.yaml" };
    QTest::addRow("api") << "api"
                         << QStringList { "api/order-sync.openapi.yaml",
                                          "api/shipment-dispatched.asyncapi.yaml" };
    QTest::addRow("nodered") << "nodered" << QStringList { "nodered/flows.json" };
}

void TestExportCli::everyTarget()
{
    // Every target of the registry through the same command; the same project gives the same
    // bytes the second time.
    QFETCH(QString, target);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    const QString project = mqttProject(dir);
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    const Run a
        = run({ project, QStringLiteral("--target"), target, QStringLiteral("--out"), first });
    QVERIFY2(a.exitCode == 0, a.err.constData());
    const Run b
        = run({ project, QStringLiteral("--target"), target, QStringLiteral("--out"), second });
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(a.out, b.out);
    const QStringList written = QString::fromUtf8(a.out).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &file : files)
        QVERIFY2(written.contains(file), qPrintable(file));
    for (const QString &file : written) {
        QFile x(QDir(first).filePath(file));
        QFile y(QDir(second).filePath(file));
        QVERIFY2(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = x.readAll();
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(bytes, y.readAll());
    }
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
