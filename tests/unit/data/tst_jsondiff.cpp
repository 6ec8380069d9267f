// The message inspector's diff: what a node changed in a message, path by path.

#include "model/data/jsondiff.h"

#include <QTest>

using namespace Flowsmith;
using Json = Flowsmith::JsonValue;

class tst_JsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
};

void tst_JsonDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("changes"); // "+path", "-path", "~path"

    QTest::addRow("equal") << QByteArray(R"({"a": 1, "b": [1, 2]})")
                           << QByteArray(R"({"b": [1, 2], "a": 1.0})") << QStringList {};
    QTest::addRow("added key") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1, "b": 2})")
                               << QStringList { "+b" };
    QTest::addRow("removed key") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"b": 2})")
                                 << QStringList { "-a" };
    QTest::addRow("changed nested")
        << QByteArray(R"({"body": {"c": {"city": "Leeds"}}})")
        << QByteArray(R"({"body": {"c": {"city": "York"}}})") << QStringList { "~body.c.city" };
    QTest::addRow("type change") << QByteArray(R"({"a": {"x": 1}})") << QByteArray(R"({"a": 5})")
                                 << QStringList { "~a" };
    QTest::addRow("array grows") << QByteArray(R"({"i": [1]})") << QByteArray(R"({"i": [1, 2]})")
                                 << QStringList { "+i[1]" };
    QTest::addRow("array shrinks")
        << QByteArray(R"([1, 2, 3])") << QByteArray(R"([1])") << QStringList { "-[1]", "-[2]" };
    QTest::addRow("array element")
        << QByteArray(R"([{"q": 1}])") << QByteArray(R"([{"q": 2}])") << QStringList { "~[0].q" };
    QTest::addRow("order: removed, changed, then added")
        << QByteArray(R"({"a": 1, "b": 2, "c": 3})") << QByteArray(R"({"b": 3, "c": 3, "d": 4})")
        << QStringList { "-a", "~b", "+d" };
    QTest::addRow("root scalar") << QByteArray("1") << QByteArray("\"1\"") << QStringList { "~" };
}

void tst_JsonDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, changes);
    QStringList actual;
    for (const JsonChange &change :
         diffJson(Json::parse(before.toStdString()), Json::parse(after.toStdString()))) {
        const char mark = change.kind == JsonChange::Kind::Added ? '+'
            : change.kind == JsonChange::Kind::Removed           ? '-'
                                                                 : '~';
        actual << QLatin1Char(mark) + change.path;
    }
    QCOMPARE(actual, changes);
}

QTEST_GUILESS_MAIN(tst_JsonDiff)
#include "tst_jsondiff.moc"
