// JSON a user types into one field (a config value, a rule's literal, a merge value, a
// re-run config): read by the product's one JSON reader and turned into the flow model's
// QVariant form, so that its limits and its errors are the same as for files.

#include "model/core/jsonloader.h"
#include "model/data/jsonvariant.h"

#include <QTest>

using namespace Flowsmith;

class tst_JsonText : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void roundTrip_data();
    void roundTrip();
};

void tst_JsonText::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");

    QTest::addRow("integer stays integer") << "42" << QVariant(qint64(42));
    QTest::addRow("negative integer") << "-7" << QVariant(qint64(-7));
    QTest::addRow("whole double stays double") << "42.0" << QVariant(42.0);
    QTest::addRow("exponent") << "1e3" << QVariant(1000.0);
    QTest::addRow("beyond qint64 becomes double")
        << "18446744073709551615" << QVariant(18446744073709551615.0);
    QTest::addRow("int64 max") << "9223372036854775807"
                               << QVariant(std::numeric_limits<qint64>::max());
    QTest::addRow("null is invalid") << "null" << QVariant();
    QTest::addRow("true") << "true" << QVariant(true);
    QTest::addRow("number as text stays text") << R"("0042")" << QVariant(QStringLiteral("0042"));
    QTest::addRow("no-break space inside string")
        << "\"12\u00a0500\"" << QVariant(QStringLiteral("12\u00a0500"));
    QTest::addRow("trailing newline") << "[1, 2]\n"
                                      << QVariant(QVariantList { qint64(1), qint64(2) });
    QTest::addRow("non-Latin key")
        << R"({"Straße": "Köln", "名前": null})"
        << QVariant(QVariantMap { { QStringLiteral("Straße"), QStringLiteral("Köln") },
                                  { QStringLiteral("名前"), QVariant() } });
    QTest::addRow("empty and nested arrays")
        << R"([[], [[]], {"a": []}])"
        << QVariant(QVariantList { QVariantList {}, QVariantList { QVariantList {} },
                                   QVariantMap { { QStringLiteral("a"), QVariantList {} } } });
}

void tst_JsonText::reads()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    FileError error;
    const std::optional<QVariant> value = parseJsonText(text, QString(), &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->typeId(), expected.typeId());
    QCOMPARE(*value, expected);
}

void tst_JsonText::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // describeTextError, as the field shows it

    QTest::addRow("unclosed object") << R"({"a": 1)"
                                     << "FS011"
                                     << "column 8: JSON syntax error";
    QTest::addRow("second line") << "{\n  \"a\": }"
                                 << "FS011"
                                 << "line 2, column 8: JSON syntax error";
    QTest::addRow("number beyond double") << "1e999"
                                          << "FS011"
                                          << "number 1e999 is too large";
    QTest::addRow("too deep") << QString(Json::MaxDepth + 1, u'[')
            + QString(Json::MaxDepth + 1, u']')
                              << "FS004"
                              << "nested deeper than 200 levels";
    QTest::addRow("empty") << ""
                           << "FS011"
                           << "JSON syntax error";
}

void tst_JsonText::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);
    FileError error;
    QVERIFY(!parseJsonText(text, QString(), &error));
    QCOMPARE(error.code, code);
    const QString shown = describeTextError(error, text);
    QVERIFY2(shown.contains(message), qPrintable(shown));
}

void tst_JsonText::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("integer") << "42";
    QTest::addRow("double") << "2.5";
    QTest::addRow("string with quote") << R"("say \"hi\"")";
    QTest::addRow("umlaut kept, not escaped") << R"("Müller")";
    QTest::addRow("array") << "[1,\"a\",null,true]";
    QTest::addRow("object") << R"({"a":[],"b":{"c":1}})";
}

void tst_JsonText::roundTrip()
{
    QFETCH(QString, text);
    FileError error;
    const std::optional<QVariant> value = parseJsonText(text, QString(), &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(toCompactText(*value), text);
}

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
