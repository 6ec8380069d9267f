// The lines the mapper draws: source paths as the schema tree knows them (predicates
// dropped, forEach scopes resolved) and the paths a hand-written expression reads.

#include "model/core/mapping.h"
#include "model/mapping/mappinglines.h"

#include <QTest>

using namespace Flowsmith;

class tst_MappingLines : public QObject
{
    Q_OBJECT

private slots:
    void schemaPath_data();
    void schemaPath();
    void pathsIn_data();
    void pathsIn();
    void collect();
};

void tst_MappingLines::schemaPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << "customer.email"
                           << "customer.email";
    QTest::addRow("back-quoted") << "`order-id`.`first name`"
                                 << "order-id.first name";
    QTest::addRow("predicates") << "name[use = \"official\"][0].given[0]"
                                << "name.given";
    QTest::addRow("bracket in a predicate string") << "a[b = \"]\"].c"
                                                   << "a.c";
    QTest::addRow("root") << "$"
                          << "";
    QTest::addRow("root-relative") << "$.a.b"
                                   << "a.b";
    QTest::addRow("operator") << "a + b"
                              << "";
    QTest::addRow("call") << "$uppercase(a)"
                          << "";
}

void tst_MappingLines::schemaPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(MappingLines::schemaPath(path), expected);
}

void tst_MappingLines::pathsIn_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("paths");
    QTest::addRow("concatenation") << "$uppercase(customer.lastName) & \", \" & customer.firstName"
                                   << QStringList { "customer.lastName", "customer.firstName" };
    QTest::addRow("strings are no paths") << "\"C-\" & id" << QStringList { "id" };
    QTest::addRow("condition") << "emailConsent = \"granted\" and active"
                               << QStringList { "emailConsent", "active" };
    QTest::addRow("predicate") << "$join([\"C\", identifier[use = \"usual\"][0].value], \"-\")"
                               << QStringList { "identifier.value" };
    QTest::addRow("variables are no paths") << "$x.y + $count(items)" << QStringList { "items" };
}

void tst_MappingLines::pathsIn()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, paths);
    QCOMPARE(MappingLines::pathsIn(expression), paths);
}

void tst_MappingLines::collect()
{
    FileError error;
    const auto mapping = Mapping::fromYaml("flowsmith: 1\nid: m\nsource: a\ntarget: b\nrules:\n"
                                           "  - {target: name, expr: first & \" \" & last}\n"
                                           "  - {target: full, function: {name: concat, from: "
                                           "[first, last]}}\n"
                                           "  - {target: kind, function: {name: constant, value: "
                                           "x}}\n"
                                           "  - target: lines\n"
                                           "    forEach: order.items[qty > 0]\n"
                                           "    rules:\n"
                                           "      - {target: sku, from: productId}\n"
                                           "      - {target: id, from: $$.id}\n",
                                           QStringLiteral("m.map.yaml"), &error);
    QVERIFY2(mapping, qPrintable(error.message));
    const QList<MappingLine> lines = MappingLines::collect(*mapping);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0).sourcePaths, QStringList({ "first", "last" }));
    QVERIFY(lines.at(0).expression);
    QCOMPARE(lines.at(1).sourcePaths, QStringList({ "first", "last" }));
    QVERIFY(lines.at(2).sourcePaths.isEmpty());
    QCOMPARE(lines.at(3).sourcePaths, QStringList { "order.items" });
    QVERIFY(lines.at(3).forEach);
    QCOMPARE(lines.at(4).rulePath, QList<int>({ 3, 0 }));
    QCOMPARE(lines.at(4).targetPath, QStringLiteral("lines.sku"));
    QCOMPARE(lines.at(4).sourcePaths, QStringList { "order.items.productId" });
    QCOMPARE(lines.at(5).sourcePaths, QStringList { "id" }); // $$ is the input's root
}

QTEST_GUILESS_MAIN(tst_MappingLines)
#include "tst_mappinglines.moc"
