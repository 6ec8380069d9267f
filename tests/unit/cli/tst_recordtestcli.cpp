// flowsmith-cli simulate --record-test (issue 15 item 4), run as a user runs it: the case is
// appended and announced, `flowsmith-cli test` then passes; bad requests are refused and
// leave the test file as it was.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowsmith::Test;

class tst_RecordTestCli : public QObject
{
    Q_OBJECT

private slots:
    void recordThenTest_data();
    void recordThenTest();
    void refused_data();
    void refused();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_RecordTestCli::recordThenTest_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sinks");

    QTest::newRow("orders, every sink") << "order-sync"
                                        << "samples/orders.json"
                                        << "Alle Aufträge aus der Probe" << QString();
    QTest::newRow("contacts, marketing only") << "contact-to-marketing"
                                              << "samples/contacts.csv"
                                              << "Kontakte: María, Łukasz"
                                              << "marketing";
    QTest::newRow("shipments") << "shipment-dispatched"
                               << "samples/shipments.ndjson"
                               << "Sendungen 出荷" << QString();
}

void tst_RecordTestCli::recordThenTest()
{
    QFETCH(QString, flow);
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, sinks);

    QTemporaryDir dir;
    QVERIFY(copyTree(exampleProject(), dir.path()));
    QStringList args { QStringLiteral("simulate"),      dir.path(),
                       QStringLiteral("--flow"),        flow,
                       QStringLiteral("--input"),       input,
                       QStringLiteral("--record-test"), name };
    if (!sinks.isEmpty())
        args << QStringLiteral("--record-sinks") << sinks;
    const CliRun record = runCli(args);
    QVERIFY2(record.exitCode == 0, record.err.constData());
    QVERIFY2(record.err.contains(QStringLiteral("recorded test case '%1' in tests/%2.test.yaml")
                                     .arg(name, flow)
                                     .toUtf8()),
             record.err.constData());
    QVERIFY(readAll(dir.filePath(QStringLiteral("tests/%1.test.yaml").arg(flow)))
                .contains(name.toUtf8()));

    const CliRun test = runCli({ QStringLiteral("test"), dir.path() });
    QVERIFY2(test.exitCode == 0, test.out + test.err);
    QVERIFY2(test.out.contains(name.toUtf8()) || test.err.contains(name.toUtf8()),
             test.out.constData());

    // The same name again is refused and changes nothing.
    const QByteArray before = readAll(dir.filePath(QStringLiteral("tests/%1.test.yaml").arg(flow)));
    const CliRun again = runCli(args);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already exists"), again.err.constData());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("tests/%1.test.yaml").arg(flow))), before);
}

void tst_RecordTestCli::refused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown sink") << QStringList {
        QStringLiteral("--record-test"), QStringLiteral("x"), QStringLiteral("--record-sinks"),
        QStringLiteral("erp,crm")
    } << QByteArray("no sink 'crm'");
    QTest::newRow("sinks without a name")
        << QStringList { QStringLiteral("--record-sinks"), QStringLiteral("erp") }
        << QByteArray("--record-sinks needs --record-test");
    QTest::newRow("blank name") << QStringList { QStringLiteral("--record-test"),
                                                 QStringLiteral("  ") }
                                << QByteArray("--record-test needs a name");
}

void tst_RecordTestCli::refused()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QVERIFY(copyTree(exampleProject(), dir.path()));
    const QString suite = dir.filePath(QStringLiteral("tests/order-sync.test.yaml"));
    const QByteArray before = readAll(suite);
    const CliRun run
        = runCli(QStringList { QStringLiteral("simulate"), dir.path(), QStringLiteral("--flow"),
                               QStringLiteral("order-sync"), QStringLiteral("--input"),
                               QStringLiteral("samples/orders.json") }
                 + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QCOMPARE(readAll(suite), before);
}

QTEST_GUILESS_MAIN(tst_RecordTestCli)
#include "tst_recordtestcli.moc"
