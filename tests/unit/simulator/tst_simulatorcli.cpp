// `flowsmith-cli simulate` and `flowsmith-cli test` end to end: exit codes of design §5,
// NDJSON on stdout, the trace file, JUnit. Skips while the CLI does not have the commands.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

class tst_SimulatorCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void simulateExample();
    void traceIsReplayable();
    void testExampleWithJunit();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args) const;

    QString m_cli;
    QTemporaryDir m_dir;
};

static QString example()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
}

static QString fixture()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/sim/_project");
}

tst_SimulatorCli::Run tst_SimulatorCli::run(const QStringList &args) const
{
    QProcess process;
    process.start(m_cli, args);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_SimulatorCli::initTestCase()
{
    m_cli = QStringLiteral(FLOWSMITH_BINARY_DIR "/app/cli/flowsmith-cli");
    if (!QFile::exists(m_cli))
        QSKIP("flowsmith-cli is not built");
    const Run help = run({ QStringLiteral("--help") });
    if (!help.out.contains("simulate") || !help.out.contains("test"))
        QSKIP("flowsmith-cli does not have the simulate and test commands yet");
}

void tst_SimulatorCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrFragment");
    const QString ex = example();
    QTest::addRow("simulate help") << QStringList { "simulate", "--help" } << 0 << QByteArray();
    QTest::addRow("simulate no args")
        << QStringList { "simulate" } << 2 << QByteArray("missing PROJECT");
    QTest::addRow("simulate no flow")
        << QStringList { "simulate", ex, "--input", "x.json" } << 2 << QByteArray("missing --flow");
    QTest::addRow("simulate unknown flow")
        << QStringList { "simulate", ex, "--flow", "nope", "--input", "samples/orders.json" } << 2
        << QByteArray("no flow 'nope'");
    QTest::addRow("simulate missing input")
        << QStringList { "simulate", ex, "--flow", "order-sync", "--input", "none.json" } << 2
        << QByteArray("none.json");
    QTest::addRow("simulate unknown source") << QStringList {
        "simulate", ex, "--flow", "order-sync", "--input", "samples/orders.json", "--source", "nope"
    } << 2 << QByteArray("no source node 'nope'");
    QTest::addRow("simulate bad seed")
        << QStringList { "simulate", ex,   "--flow", "order-sync", "--input", "samples/orders.json",
                         "--seed",   "abc" }
        << 2 << QByteArray("--seed");
    QTest::addRow("simulate not a project")
        << QStringList { "simulate", "/nonexistent", "--flow", "a", "--input", "b.json" } << 2
        << QByteArray("nonexistent");
    QTest::addRow("test help") << QStringList { "test", "--help" } << 0 << QByteArray();
    QTest::addRow("test no project")
        << QStringList { "test" } << 2 << QByteArray("missing PROJECT");
    QTest::addRow("test bad format")
        << QStringList { "test", ex, "--format", "xml" } << 2 << QByteArray("unknown format");
    QTest::addRow("test failing fixture") << QStringList { "test", fixture() } << 1 << QByteArray();
    QTest::addRow("test example") << QStringList { "test", ex } << 0 << QByteArray();
}

void tst_SimulatorCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrFragment);
    const Run result = run(args);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2")
                            .arg(result.exitCode)
                            .arg(QString::fromUtf8(result.err))));
    QVERIFY2(result.err.contains(stderrFragment), result.err.constData());
}

void tst_SimulatorCli::simulateExample()
{
    const Run result = run({ QStringLiteral("simulate"), example(), QStringLiteral("--flow"),
                             QStringLiteral("order-sync"), QStringLiteral("--input"),
                             QStringLiteral("samples/orders.json") });
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QStringList sinks;
    for (const QByteArray &line : lines) {
        const auto json = nlohmann::ordered_json::parse(line.toStdString());
        QVERIFY(json.contains("body"));
        QVERIFY(json.at("headers").is_object());
        sinks << QString::fromStdString(json.at("sink").get<std::string>());
    }
    QCOMPARE(sinks.count(QStringLiteral("erp")), 3);
    QCOMPARE(sinks.count(QStringLiteral("reply")), 3);
    // input order: the first order's ERP call comes before anything of the later orders
    QCOMPARE(sinks.first(), QStringLiteral("erp"));
}

void tst_SimulatorCli::traceIsReplayable()
{
    QByteArray traces[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("trace%1.ndjson").arg(i));
        const Run result
            = run({ QStringLiteral("simulate"), example(), QStringLiteral("--flow"),
                    QStringLiteral("shipment-dispatched"), QStringLiteral("--input"),
                    QStringLiteral("samples/shipments.ndjson"), QStringLiteral("--trace"), path,
                    QStringLiteral("--seed"), QStringLiteral("7") });
        QCOMPARE(result.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        traces[i] = file.readAll();
    }
    QVERIFY(traces[0].count('\n') > 10);
    QCOMPARE(traces[1], traces[0]);
}

void tst_SimulatorCli::testExampleWithJunit()
{
    const QString junit = m_dir.filePath(QStringLiteral("junit.xml"));
    const Run result = run({ QStringLiteral("test"), example(), QStringLiteral("--junit"), junit });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("PASS"));
    QVERIFY(!result.out.contains("FAIL"));
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<testsuites"));
    QVERIFY(xml.contains("failures=\"0\""));
}

QTEST_GUILESS_MAIN(tst_SimulatorCli)
#include "tst_simulatorcli.moc"
