// The canonical YAML text: how scalars are quoted, and that whatever the emitter writes
// reads back as the same value.

#include "model/core/errorcodes.h"
#include "model/core/yamlemitter.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlvalue.h"

#include <QTest>

using namespace Flowsmith;

class tst_YamlEmitter : public QObject
{
    Q_OBJECT

private slots:
    void newString_data();
    void newString();
    void newValue_data();
    void newValue();
    void structure();
};

void tst_YamlEmitter::newString_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("text"); // what follows "k:"

    QTest::addRow("plain word") << "paid" << QByteArray(" paid\n");
    QTest::addRow("JSONata condition") << "status = \"paid\"" << QByteArray(" status = \"paid\"\n");
    QTest::addRow("dollar expression") << "$count($) = 1" << QByteArray(" $count($) = 1\n");
    QTest::addRow("path") << "/orders" << QByteArray(" /orders\n");
    QTest::addRow("url") << "https://erp.example.com" << QByteArray(" https://erp.example.com\n");
    QTest::addRow("date") << "2028-12-31" << QByteArray(" 2028-12-31\n");
    QTest::addRow("number-like") << "2000" << QByteArray(" \"2000\"\n");
    QTest::addRow("float-like") << "1.5e3" << QByteArray(" \"1.5e3\"\n");
    QTest::addRow("bool-like") << "true" << QByteArray(" \"true\"\n");
    QTest::addRow("yaml 1.1 bool") << "yes" << QByteArray(" \"yes\"\n");
    QTest::addRow("null-like") << "null" << QByteArray(" \"null\"\n");
    QTest::addRow("tilde") << "~" << QByteArray(" \"~\"\n");
    QTest::addRow("empty") << "" << QByteArray(" \"\"\n");
    QTest::addRow("colon space") << "a: b" << QByteArray(" \"a: b\"\n");
    QTest::addRow("space hash") << "a #b" << QByteArray(" \"a #b\"\n");
    QTest::addRow("bracket start") << "[Y0001]-[M01]" << QByteArray(" \"[Y0001]-[M01]\"\n");
    QTest::addRow("brace start") << "{x}" << QByteArray(" \"{x}\"\n");
    QTest::addRow("star start") << "*ref" << QByteArray(" \"*ref\"\n");
    QTest::addRow("quote start") << "'q'" << QByteArray(" \"'q'\"\n");
    QTest::addRow("dash space") << "- item" << QByteArray(" \"- item\"\n");
    QTest::addRow("negative number text") << "-5" << QByteArray(" \"-5\"\n");
    QTest::addRow("dash word") << "-flag" << QByteArray(" -flag\n");
    QTest::addRow("leading space") << " a" << QByteArray(" \" a\"\n");
    QTest::addRow("trailing colon") << "a:" << QByteArray(" \"a:\"\n");
    QTest::addRow("backslash and quote") << "a\\\"b" << QByteArray(" a\\\"b\n");
    QTest::addRow("tab inside") << "a\tb" << QByteArray(" \"a\\tb\"\n");
    QTest::addRow("document marker") << "---" << QByteArray(" \"---\"\n");
    QTest::addRow("unicode") << "Müller, Zoë" << QByteArray(" Müller, Zoë\n");
    QTest::addRow("multi-line") << "a\nb\n" << QByteArray(" |\n  a\n  b\n");
    QTest::addRow("multi-line no end") << "a\n\nb" << QByteArray(" |-\n  a\n\n  b\n");
    QTest::addRow("multi-line keep") << "a\n\n" << QByteArray(" |+\n  a\n\n");
    QTest::addRow("multi-line leading space") << " a\nb" << QByteArray(" \" a\\nb\"\n");
}

void tst_YamlEmitter::newString()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, text);

    YAML::Node map(YAML::NodeType::Map);
    map["k"] = Yaml::stringNode(value);
    const QByteArray written = Yaml::toText(map);
    QCOMPARE(written, "k:" + text);

    FileError error;
    const auto read = Yaml::parse(written, QStringLiteral("t.yaml"), &error);
    QVERIFY2(read, qPrintable(error.toString()));
    const QVariant back = Yaml::toVariant((*read)["k"]);
    QCOMPARE(back.typeId(), int(QMetaType::QString));
    QCOMPARE(back.toString(), value);
    QCOMPARE(Yaml::toText(*read), written); // and it stays so
}

void tst_YamlEmitter::newValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("text");

    QTest::addRow("integer") << QVariant(qint64(42)) << QByteArray(" 42\n");
    QTest::addRow("negative") << QVariant(qint64(-7)) << QByteArray(" -7\n");
    QTest::addRow("double") << QVariant(99.95) << QByteArray(" 99.95\n");
    QTest::addRow("tiny double") << QVariant(1e-7) << QByteArray(" 1e-07\n");
    QTest::addRow("bool") << QVariant(true) << QByteArray(" true\n");
    QTest::addRow("null") << QVariant() << QByteArray(" null\n");
    QTest::addRow("small map") << QVariant(
        QVariantMap { { QStringLiteral("method"), QStringLiteral("POST") },
                      { QStringLiteral("path"), QStringLiteral("/orders") } })
                               << QByteArray(" {method: POST, path: /orders}\n");
    QTest::addRow("list") << QVariant(
        QVariantList { QStringLiteral("a"), qint64(1), QStringLiteral("1") })
                          << QByteArray(" [a, 1, \"1\"]\n");
    QTest::addRow("flow needs quotes")
        << QVariant(QVariantList { QStringLiteral("a,b"), QStringLiteral("x:y") })
        << QByteArray(" [\"a,b\", \"x:y\"]\n");
    QTest::addRow("nested map is block") << QVariant(QVariantMap {
        { QStringLiteral("retry"), QVariantMap { { QStringLiteral("attempts"), qint64(3) } } } })
                                         << QByteArray("\n  retry: {attempts: 3}\n");
    QTest::addRow("empty map") << QVariant(QVariantMap()) << QByteArray(" {}\n");
    QTest::addRow("empty list") << QVariant(QVariantList()) << QByteArray(" []\n");
}

void tst_YamlEmitter::newValue()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, text);

    YAML::Node map(YAML::NodeType::Map);
    map["k"] = Yaml::fromVariant(value);
    const QByteArray written = Yaml::toText(map);
    QCOMPARE(written, "k:" + text);
    FileError error;
    const auto read = Yaml::parse(written, QStringLiteral("t.yaml"), &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(Yaml::toVariant((*read)["k"]), value);
}

void tst_YamlEmitter::structure()
{
    const QByteArray text = "a: 1\n"
                            "list:\n"
                            "  - x\n"
                            "  - k: v\n"
                            "    m: [1, 2]\n"
                            "  - - nested\n"
                            "    - seq\n"
                            "  - {f: g}\n"
                            "map:\n"
                            "  deep:\n"
                            "    deeper: \"quoted\"\n"
                            "  text: |\n"
                            "    line 1\n"
                            "    line 2\n"
                            "empty: null\n";
    FileError error;
    const auto root = Yaml::parse(text, QStringLiteral("s.yaml"), &error);
    QVERIFY2(root, qPrintable(error.toString()));
    QCOMPARE(Yaml::toText(*root), text);
}

QTEST_GUILESS_MAIN(tst_YamlEmitter)
#include "tst_yamlemitter.moc"
