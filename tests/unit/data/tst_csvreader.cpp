// The one CSV reader (model/data/csvreader): separators, quoting, recoveries, and a table of
// malformed input, each an error with line and column; and a ';' sample that simulates with
// the columns schema inference sees.

#include "model/core/errorcodes.h"
#include "model/core/flow.h"
#include "model/data/csvreader.h"
#include "model/schemaimport/schemainference.h"
#include "simulator/samplereader.h"
#include "simulator/simulation.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

namespace {

struct Read
{
    QStringList header;
    QList<QStringList> rows;
    FileError error;
};

Read readAll(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("in.csv"));
    Read result;
    if (!reader.readHeader(&result.error))
        return result;
    result.header = reader.header();
    QStringList cells;
    while (reader.next(cells, &result.error))
        result.rows.append(cells);
    return result;
}

QString dumped(const JsonValue &value)
{
    return QString::fromStdString(value.dump());
}

QString rowsText(const QList<QStringList> &rows)
{
    QJsonArray array;
    for (const QStringList &row : rows)
        array.append(QJsonArray::fromStringList(row));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void errors_data();
    void errors();
    void hugeField_data();
    void hugeField();
    void inferenceAgrees();
    void semicolonSampleSimulates();
};

void tst_CsvReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("rows"); // JSON array of rows
    QTest::addColumn<QString>("separator");

    QTest::addRow("comma") << QByteArray("a,b\n1,2\n") << QStringList { "a", "b" }
                           << R"([["1","2"]])"
                           << ",";
    QTest::addRow("semicolon, quoted separator")
        << QByteArray("a;b\n1;\"x;y\"\n") << QStringList { "a", "b" } << R"([["1","x;y"]])"
        << ";";
    QTest::addRow("tab") << QByteArray("a\tb\n1\t2 3\n") << QStringList { "a", "b" }
                         << R"([["1","2 3"]])"
                         << "\t";
    QTest::addRow("separator from the header only: decimal commas stay")
        << QByteArray("price;qty\n1,5;2\n") << QStringList { "price", "qty" } << R"([["1,5","2"]])"
        << ";";
    QTest::addRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFid,name\r\n1,Ann\r\n")
                                  << QStringList { "id", "name" } << R"([["1","Ann"]])"
                                  << ",";
    QTest::addRow("quoted line break and doubled quote")
        << QByteArray("id,note\n1,\"said \"\"hi\"\"\nthen left\"\n") << QStringList { "id", "note" }
        << R"([["1","said \"hi\"\nthen left"]])"
        << ",";
    QTest::addRow("blank lines are no records")
        << QByteArray("a,b\n\n1,2\n   \n3,4") << QStringList { "a", "b" }
        << R"([["1","2"],["3","4"]])"
        << ",";
    QTest::addRow("fewer cells: the rest empty")
        << QByteArray("a,b,c\n1\n2,3\n") << QStringList { "a", "b", "c" }
        << R"([["1","",""],["2","3",""]])"
        << ",";
    QTest::addRow("only a header") << QByteArray("a;b\n") << QStringList { "a", "b" } << "[]"
                                   << ";";
    QTest::addRow("header names trimmed")
        << QByteArray(" a , b \n1,2\n") << QStringList { "a", "b" } << R"([["1","2"]])"
        << ",";
    QTest::addRow("non-Latin names")
        << QByteArray("名前;Größe;город\n山田;1,80;Москва\n")
        << QStringList { "名前", "Größe", "город" } << R"([["山田","1,80","Москва"]])"
        << ";";
    QTest::addRow("bytes that are not UTF-8 become U+FFFD")
        << QByteArray("a\n\xff\xfe\n") << QStringList { "a" } << "[[\"\uFFFD\uFFFD\"]]"
        << ",";
    QTest::addRow("quote inside an unquoted cell is a character")
        << QByteArray("a,b\n5\"4,x\n") << QStringList { "a", "b" } << R"([["5\"4","x"]])"
        << ",";
    QTest::addRow("empty quoted cell")
        << QByteArray("a,b\n\"\",2\n") << QStringList { "a", "b" } << R"([["","2"]])"
        << ",";
}

void tst_CsvReader::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QString, rows);
    QFETCH(QString, separator);
    const Read result = readAll(bytes);
    QVERIFY2(result.error.code.isEmpty(), qPrintable(result.error.toString()));
    QCOMPARE(result.header, header);
    QCOMPARE(rowsText(result.rows), rows);

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(QString(reader.separator()), separator);

    // The whole-file form gives the same table.
    FileError error;
    const auto table = CsvReader::read(bytes, QStringLiteral("in.csv"), &error);
    QVERIFY2(table, qPrintable(error.toString()));
    QCOMPARE(table->header, header);
    QCOMPARE(rowsText(table->rows), rows);
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("goodRows"); // rows read before the error

    const QString invalid = ErrorCode::InvalidValue;
    const QString missing = ErrorCode::MissingKey;
    QTest::addRow("empty file") << QByteArray() << missing << 1 << 1 << 0;
    QTest::addRow("only blank lines") << QByteArray("\n\r\n  \n") << missing << 1 << 1 << 0;
    QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << missing << 1 << 1 << 0;
    QTest::addRow("unclosed quote")
        << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << invalid << 3 << 3 << 1;
    QTest::addRow("unclosed quote in the header")
        << QByteArray("\"a,b\n1,2\n") << invalid << 1 << 1 << 0;
    QTest::addRow("more cells than the header")
        << QByteArray("a,b\n1,2\n1,2,3\n") << invalid << 3 << 5 << 1;
    QTest::addRow("more cells, semicolons") << QByteArray("a;b\n1;2;;\n") << invalid << 2 << 5 << 0;
    QTest::addRow("duplicate header name")
        << QByteArray("id;name;id\n1;a;2\n") << invalid << 1 << 9 << 0;
    QTest::addRow("duplicate after trimming") << QByteArray("id, id\n") << invalid << 1 << 4 << 0;
    QTest::addRow("header cell without a name") << QByteArray("a,,b\n") << invalid << 1 << 3 << 0;
    QTest::addRow("one-column header: a comma in a row is a second cell")
        << QByteArray("name\nSmith, John\n") << invalid << 2 << 7 << 0;
    QTest::addRow("NUL byte in a row") << QByteArray("a,b\n1,x\0y\n", 10) << invalid << 2 << 4 << 0;
    QTest::addRow("NUL byte in the header") << QByteArray("\0\0\0\0", 4) << invalid << 1 << 1 << 0;
    QByteArray binary("a,b\n");
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QTest::addRow("binary bytes") << binary << invalid << 2 << 1 << 0;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, goodRows);
    const Read result = readAll(bytes);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.file, QStringLiteral("in.csv"));
    QCOMPARE(result.error.position.line, line);
    QCOMPARE(result.error.position.column, column);
    QCOMPARE(result.rows.size(), goodRows);
    QVERIFY(!result.error.message.isEmpty());

    FileError error;
    QVERIFY(!CsvReader::read(bytes, QStringLiteral("in.csv"), &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.position.line, line);
}

void tst_CsvReader::hugeField_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::addRow("unquoted") << false;
    QTest::addRow("quoted") << true;
}

void tst_CsvReader::hugeField()
{
    QFETCH(bool, quoted);
    const qsizetype size = 10 * 1024 * 1024;
    QByteArray field(size, 'x');
    if (quoted)
        field = '"' + field.replace(size / 2, 1, "\"\"") + '"';
    const Read result = readAll("big;after\n" + field + ";1\n");
    QVERIFY2(result.error.code.isEmpty(), qPrintable(result.error.toString()));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().first().size(), size);
    QCOMPARE(result.rows.first().first().at(size / 2), quoted ? u'"' : u'x');
    QCOMPARE(result.rows.first().at(1), QStringLiteral("1"));
}

void tst_CsvReader::inferenceAgrees()
{
    // Schema inference and sample reading see the same types in the same cells.
    const QByteArray bytes = "id;price;active;zip;name;when\n"
                             "1;9.5;true;01234;Ann;2024-01-31\n"
                             "2;10;FALSE;80331;Ünal;2023-12-01\n";
    FileError error;
    const auto table = CsvReader::read(bytes, QStringLiteral("s.csv"), &error);
    QVERIFY2(table, qPrintable(error.toString()));
    const JsonValue schema = SchemaInference::fromTable(table->header, table->rows);
    const JsonValue &properties = schema.at("properties");
    QCOMPARE(dumped(properties.at("id").at("type")), QString::fromUtf8(R"("integer")"));
    QCOMPARE(dumped(properties.at("price").at("type")), QString::fromUtf8(R"("number")"));
    QCOMPARE(dumped(properties.at("active").at("type")), QString::fromUtf8(R"("boolean")"));
    QCOMPARE(dumped(properties.at("zip").at("type")), QString::fromUtf8(R"("string")"));
    QCOMPARE(dumped(properties.at("when").at("format")), QString::fromUtf8(R"("date")"));

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    JsonValue record;
    QVERIFY(reader.next(record, &error));
    QVERIFY(record.at("id").is_number_integer());
    QVERIFY(record.at("price").is_number_float());
    QVERIFY(record.at("active").is_boolean());
    QVERIFY(record.at("zip").is_string());
    QCOMPARE(dumped(record.at("zip")), QString::fromUtf8(R"("01234")"));
    QVERIFY(reader.next(record, &error));
    QCOMPARE(dumped(record.at("active")), QString::fromUtf8("false"));
    QCOMPARE(dumped(record.at("name")), QString::fromUtf8(R"("Ünal")"));
    QVERIFY(!reader.next(record, &error));
    QVERIFY(error.code.isEmpty());
}

void tst_CsvReader::semicolonSampleSimulates()
{
    // A European spreadsheet export: ';' between cells, decimal commas, CRLF, a BOM.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBForder;customer;total;paid\r\n"
                   "A-1;\"Müller; Hans\";12,50;true\r\n"
                   "A-2;Dupont;7;false\r\n");
    }
    const QByteArray flowYaml = "flowsmith: 1\n"
                                "id: t\n"
                                "nodes:\n"
                                "  - id: in\n"
                                "    type: source.http\n"
                                "  - id: x\n"
                                "    type: transform.map\n"
                                "    config: {expression: '{\"who\": customer, \"n\": "
                                "$count($keys($)), \"paid\": paid}'}\n"
                                "  - id: out\n"
                                "    type: sink.log\n"
                                "edges:\n"
                                "  - {from: in.out, to: x.in}\n"
                                "  - {from: x.out, to: out.in}\n";
    FileError error;
    const auto flow = Flow::fromYaml(flowYaml, QStringLiteral("t.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    Sim::Simulation simulation;
    QVERIFY2(simulation.load(*flow, QString(), QString(), &error), qPrintable(error.toString()));
    Sim::SampleReader samples;
    QVERIFY2(samples.open(path, &error), qPrintable(error.toString()));
    Sim::Message message;
    int fed = 0;
    while (samples.next(message, &error)) {
        QString why;
        QVERIFY2(simulation.inject(QStringLiteral("in"), message, &why), qPrintable(why));
        ++fed;
    }
    QVERIFY2(error.code.isEmpty(), qPrintable(error.toString()));
    QCOMPARE(fed, 2);
    const QList<Sim::SinkRecord> records = simulation.records(QStringLiteral("out"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(QString::fromStdString(records.at(0).message.body.dump()),
             QString::fromUtf8(R"({"who":"Müller; Hans","n":4,"paid":true})"));
    QCOMPARE(QString::fromStdString(records.at(1).message.body.dump()),
             QStringLiteral(R"({"who":"Dupont","n":4,"paid":false})"));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
