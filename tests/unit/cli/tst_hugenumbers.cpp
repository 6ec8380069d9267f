// A number beyond a double's range (1e999) wherever the CLI reads JSON: a clear error naming
// the file, line and column of the number, and never an abort (issue: nlohmann's
// out_of_range 406 used to escape and end the process).

#include "tests/common/clirunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Flowsmith::Test;

namespace {

struct Place
{
    int line = 0;
    int column = 0;
};

// Line and column (1-based) of the first `needle` in `bytes`.
Place placeOf(const QByteArray &bytes, const QByteArray &needle)
{
    const qsizetype at = bytes.indexOf(needle);
    Place place { 1, 1 };
    for (qsizetype i = 0; i < at; ++i) {
        if (bytes.at(i) == '\n') {
            ++place.line;
            place.column = 1;
        } else {
            ++place.column;
        }
    }
    return place;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_HugeNumbers : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void largeButFiniteNumbersRead();
};

void tst_HugeNumbers::refused_data()
{
    // `file` is written into the copied example project (P); `{P}` and `{F}` in the arguments
    // stand for the project folder and the file. `original` is the project file the number
    // replaces text in (empty: `file` is new, with `content` as its bytes).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<int>("exitCode");

    const QByteArray none;
    QTest::addRow("eval --input") << QStringList { "eval", "$.a", "--input", "{F}" } << "in.json"
                                  << none << QByteArray("{\"a\": 1e999}\n") << QByteArray("1e999")
                                  << 2;
    QTest::addRow("eval --input, negative, nested, on line 3")
        << QStringList { "eval", "$.a", "--input", "{F}" } << "in.json" << none
        << QByteArray("{\n  \"a\": [1, 2,\n    {\"b\": -1e400}]}\n") << QByteArray("-1e400") << 2;
    QTest::addRow("eval --bindings")
        << QStringList { "eval", "$x", "--bindings", "{F}" } << "bindings.json" << none
        << QByteArray("{\"x\": 1E+999}") << QByteArray("1E+999") << 2;
    QTest::addRow("simulate: JSON sample")
        << QStringList { "simulate", "{P}", "--flow", "order-sync", "--input", "{F}" }
        << "samples/orders.json" << QByteArray("\"total\": 39.8") << QByteArray("\"total\": 1e999")
        << QByteArray("1e999") << 2;
    QTest::addRow("simulate: NDJSON sample, third line")
        << QStringList { "simulate", "{P}", "--flow", "shipment-dispatched", "--input", "{F}" }
        << "samples/shipments.ndjson" << QByteArray("\"shipmentId\":\"SH-50003\"")
        << QByteArray("\"shipmentId\":9e9999") << QByteArray("9e9999") << 2;
    QTest::addRow("simulate --mocks")
        << QStringList { "simulate",   "{P}",     "--flow",
                         "order-sync", "--input", "{P}/samples/orders.json",
                         "--mocks",    "{F}" }
        << "mocks.json" << none
        << QByteArray("{\"erp\": {\"status\": 200,\n  \"body\": {\"n\": 1e999}}}")
        << QByteArray("1e999") << 2;
    QTest::addRow("validate: schema minItems")
        << QStringList { "validate", "{P}" } << "schemas/shop-order.schema.json"
        << QByteArray("\"minItems\": 1,") << QByteArray("\"minItems\": 1e999,")
        << QByteArray("1e999") << 1;
    QTest::addRow("test: schema minItems")
        << QStringList { "test", "{P}" } << "schemas/shop-order.schema.json"
        << QByteArray("\"minItems\": 1,") << QByteArray("\"minItems\": 1e999,")
        << QByteArray("1e999") << 1;
    QTest::addRow("simulate: schema minItems")
        << QStringList { "simulate",   "{P}",     "--flow",
                         "order-sync", "--input", "{P}/samples/orders.json" }
        << "schemas/shop-order.schema.json" << QByteArray("\"minItems\": 1,")
        << QByteArray("\"minItems\": 1e999,") << QByteArray("1e999") << 2;
}

void tst_HugeNumbers::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, number);
    QFETCH(int, exitCode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("project"));
    QVERIFY(copyTree(exampleProject(), project));
    const QString path = QDir(project).filePath(file);
    QByteArray bytes = to;
    if (!from.isEmpty()) {
        bytes = readFile(path);
        QVERIFY2(bytes.contains(from), qPrintable(path));
        bytes.replace(bytes.indexOf(from), from.size(), to);
    }
    QVERIFY(writeFile(path, bytes));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("{P}"), project).replace(QLatin1String("{F}"), path);

    const CliRun run = runCli(arguments, project);
    QCOMPARE(run.exitCode, exitCode);
    const Place place = placeOf(bytes, number);
    // validate writes "error FS011" after the place, the other commands "FS011".
    const QString where = QStringLiteral("%1:%2:%3: ").arg(file).arg(place.line).arg(place.column);
    const QString all = QString::fromUtf8(run.out + run.err);
    QVERIFY2(all.contains(where), qPrintable(where + QLatin1String(" not in:\n") + all));
    QVERIFY2(all.contains(QLatin1String("FS011: number ") + QString::fromUtf8(number)
                          + QLatin1String(" is too large")),
             qPrintable(all));
    // Reading is all: the file the user wrote is as it was.
    QCOMPARE(readFile(path), bytes);
}

void tst_HugeNumbers::largeButFiniteNumbersRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("in.json"));
    QVERIFY(writeFile(path,
                      "{\"a\": 1.7976931348623157e308, \"b\": 123456789012345678901234567890,"
                      " \"c\": 1e-999}"));
    const CliRun run = runCli({ "eval", "[a > 1e307, b > 1e28, c = 0]", "--input", path });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.simplified(), QByteArray("[true,true,true]"));
}

QTEST_GUILESS_MAIN(tst_HugeNumbers)
#include "tst_hugenumbers.moc"
