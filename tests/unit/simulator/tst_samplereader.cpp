// Sample files that feed a source: .json, .ndjson and .csv, streamed where the design says so.

#include "model/data/csvreader.h"
#include "simulator/samplereader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

class tst_SampleReader : public QObject
{
    Q_OBJECT

private slots:
    void inferValue_data();
    void inferValue();
    void csvQuoting();
    void read_data();
    void read();
    void errors_data();
    void errors();
    void streamsLargeNdjson();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_SampleReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void tst_SampleReader::inferValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("integer") << "42" << QByteArray("42");
    QTest::addRow("negative") << "-3" << QByteArray("-3");
    QTest::addRow("decimal") << "19.9" << QByteArray("19.9");
    QTest::addRow("exponent") << "1e3" << QByteArray("1000.0");
    QTest::addRow("leading zero stays text") << "01234" << QByteArray("\"01234\"");
    QTest::addRow("true") << "true" << QByteArray("true");
    QTest::addRow("FALSE") << "FALSE" << QByteArray("false");
    QTest::addRow("yes is text") << "yes" << QByteArray("\"yes\"");
    QTest::addRow("phone is text") << "+44 20 7946 0958" << QByteArray("\"+44 20 7946 0958\"");
    QTest::addRow("trailing dot is text") << "3." << QByteArray("\"3.\"");
    QTest::addRow("huge integer") << "123456789012345678901234567890"
                                  << QByteArray("1.2345678901234568e+29");
}

void tst_SampleReader::inferValue()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(QByteArray::fromStdString(CsvReader::inferValue(text).dump()), json);
}

void tst_SampleReader::csvQuoting()
{
    QByteArray bytes = "\xEF\xBB\xBFid,name,note\r\n"
                       "1,\"Smith, John\",\"said \"\"hi\"\"\r\nthen left\"\r\n"
                       "\r\n"
                       "2,Ann,\n"
                       "3,extra,a,b\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), (QStringList { "id", "name", "note" }));
    Json record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.dump(), R"({"id":1,"name":"Smith, John","note":"said \"hi\"\r\nthen left"})");
    QCOMPARE(reader.line(), 2);
    QVERIFY(reader.next(record));
    QCOMPARE(record.dump(), R"({"id":2,"name":"Ann"})"); // empty fields are left out
    QCOMPARE(reader.line(), 5);
    // A row wider than the header is an error (the one CSV reader, model/data/csvreader),
    // no longer a made-up "field4" column.
    FileError error;
    QVERIFY(!reader.next(record, &error));
    QCOMPARE(error.code, QStringLiteral("FS013"));
    QCOMPARE(error.position.line, 6);
    QCOMPARE(error.position.column, 11);
}

void tst_SampleReader::read_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("messages"); // compact {body, headers} per message

    QTest::addRow("json array of bodies")
        << "a.json" << QByteArray(R"([{"a": 1}, 2, {"body": 3}])")
        << QStringList { R"({"body":{"a":1},"headers":{}})", R"({"body":2,"headers":{}})",
                         R"({"body":{"body":3},"headers":{}})" };
    QTest::addRow("json one message")
        << "m.json" << QByteArray(R"({"body": {"x": 1}, "headers": {"h": "v"}})")
        << QStringList { R"({"body":{"x":1},"headers":{"h":"v"}})" };
    QTest::addRow("json one body with a body field")
        << "b.json" << QByteArray(R"({"body": "text", "subject": "hi"})")
        << QStringList { R"({"body":{"body":"text","subject":"hi"},"headers":{}})" };
    QTest::addRow("json scalar") << "s.json" << QByteArray("\"hello\"")
                                 << QStringList { R"({"body":"hello","headers":{}})" };
    QTest::addRow("ndjson with blank lines")
        << "n.ndjson" << QByteArray("{\"a\":1}\n\n  \n[1,2]\r\n\"x\"")
        << QStringList { R"({"body":{"a":1},"headers":{}})", R"({"body":[1,2],"headers":{}})",
                         R"({"body":"x","headers":{}})" };
    QTest::addRow("csv") << "c.csv" << QByteArray("a,b\n1,x\n,true\n")
                         << QStringList { R"({"body":{"a":1,"b":"x"},"headers":{}})",
                                          R"({"body":{"b":true},"headers":{}})" };
    QTest::addRow("csv header only") << "h.csv" << QByteArray("a,b\n") << QStringList {};
}

void tst_SampleReader::read()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, messages);
    SampleReader reader;
    FileError error;
    QVERIFY2(reader.open(write(name, content), &error), qPrintable(error.toString()));
    QStringList actual;
    Message message;
    while (reader.next(message, &error))
        actual << QString::fromStdString(
            Json { { "body", message.body }, { "headers", message.headers } }.dump());
    QVERIFY2(error.code.isEmpty(), qPrintable(error.toString()));
    QCOMPARE(actual, messages);
}

void tst_SampleReader::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("goodMessages"); // read before the error

    QTest::addRow("json syntax") << "bad.json" << QByteArray("[\n  {\"a\": 1},\n  {\"a\" 2}\n]")
                                 << "FS011" << 3 << 8 << 0;
    QTest::addRow("json truncated")
        << "t.json" << QByteArray("{\"a\": [1, 2") << "FS011" << 1 << 12 << 0;
    QTest::addRow("json too deep")
        << "deep.json" << QByteArray(100000, '[') + QByteArray(100000, ']') << "FS004" << 1 << 201
        << 0;
    QTest::addRow("ndjson bad third line")
        << "bad.ndjson" << QByteArray("1\n2\n{oops}\n4\n") << "FS011" << 3 << 2 << 2;
    QTest::addRow("unknown suffix") << "data.xml" << QByteArray("<a/>") << "SIM003" << 0 << 0 << 0;
    QTest::addRow("csv empty") << "empty.csv" << QByteArray() << "SIM006" << 1 << 1 << 0;
}

void tst_SampleReader::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, goodMessages);
    const QString path = write(name, content);
    SampleReader reader;
    FileError error;
    int good = 0;
    if (reader.open(path, &error)) {
        Message message;
        while (reader.next(message, &error))
            ++good;
    }
    QCOMPARE(error.code, code);
    QCOMPARE(error.file, path);
    QCOMPARE(error.position.line, line);
    QCOMPARE(error.position.column, column);
    QCOMPARE(good, goodMessages);
    QVERIFY(!error.message.isEmpty());
}

void tst_SampleReader::streamsLargeNdjson()
{
    // 200,000 lines: read one at a time; the reader never holds more than the current line.
    const QString path = m_dir.filePath(QStringLiteral("large.ndjson"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200000; ++i)
            file.write(QByteArray("{\"n\":") + QByteArray::number(i) + "}\n");
    }
    SampleReader reader;
    FileError error;
    QVERIFY(reader.open(path, &error));
    Message message;
    qint64 sum = 0;
    int count = 0;
    while (reader.next(message, &error)) {
        sum += message.body.at("n").get<qint64>();
        ++count;
    }
    QCOMPARE(count, 200000);
    QCOMPARE(sum, qint64(199999) * 200000 / 2);
}

QTEST_GUILESS_MAIN(tst_SampleReader)
#include "tst_samplereader.moc"
