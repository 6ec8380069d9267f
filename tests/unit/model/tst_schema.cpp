// A JSON Schema file read into a field tree: properties, required, formats, enums, arrays,
// local $ref with a cycle guard, and a byte-identical save.

#include "modeltestutils.h"

#include "model/core/errorcodes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

class tst_Schema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void field_data();
    void field();
    void rootChildrenInFileOrder();
    void referenceCycleEnds();
    void defsAndCombinators();
    void editedSchemaIsDumped();

private:
    std::optional<Schema> m_schema;
};

void tst_Schema::initTestCase()
{
    FileError error;
    m_schema = Schema::load(
        Test::dataDir() + QStringLiteral("/golden/project/schemas/shop-order.schema.json"), &error);
    QVERIFY2(m_schema, qPrintable(error.toString()));
    QCOMPARE(m_schema->id, QStringLiteral("shop-order"));
    QCOMPARE(m_schema->title, QStringLiteral("Shop order"));
    QCOMPARE(m_schema->dialect, QStringLiteral("http://json-schema.org/draft-07/schema#"));
}

void tst_Schema::field_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("types");
    QTest::addColumn<bool>("isArray");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("children");

    QTest::addRow("orderId") << "orderId"
                             << "string" << false << true << ""
                             << "";
    QTest::addRow("status enum") << "status"
                                 << "string" << false << true << ""
                                 << "";
    QTest::addRow("date-time") << "createdAt"
                               << "string" << false << false << "date-time"
                               << "";
    QTest::addRow("nullable number") << "total"
                                     << "number,null" << false << false << ""
                                     << "";
    QTest::addRow("$ref object") << "customer"
                                 << "object" << false << true << ""
                                 << "firstName,lastName,email,referredBy";
    QTest::addRow("nested required") << "customer.email"
                                     << "string" << false << true << "email"
                                     << "";
    QTest::addRow("nested optional") << "customer.firstName"
                                     << "string" << false << false << ""
                                     << "";
    QTest::addRow("array of $ref objects") << "items"
                                           << "object" << true << false << ""
                                           << "productId,quantity,price";
    QTest::addRow("array element field") << "items.quantity"
                                         << "integer" << false << true << ""
                                         << "";
    QTest::addRow("array of strings") << "tags"
                                      << "string" << true << false << ""
                                      << "";
}

void tst_Schema::field()
{
    QFETCH(QString, path);
    QFETCH(QString, types);
    QFETCH(bool, isArray);
    QFETCH(bool, required);
    QFETCH(QString, format);
    QFETCH(QString, children);

    const SchemaField *f = m_schema->field(path);
    QVERIFY(f);
    QCOMPARE(f->path, path);
    QCOMPARE(f->name, path.section(u'.', -1));
    QCOMPARE(f->types.join(u','), types);
    QCOMPARE(f->isArray, isArray);
    QCOMPARE(f->required, required);
    QCOMPARE(f->format, format);
    QStringList names;
    for (const SchemaField &c : f->children)
        names.append(c.name);
    QCOMPARE(names.join(u','), children);
}

void tst_Schema::rootChildrenInFileOrder()
{
    QStringList names;
    for (const SchemaField &c : m_schema->root.children)
        names.append(c.name);
    QCOMPARE(names.join(u','),
             QStringLiteral("orderId,status,createdAt,total,customer,items,tags"));
    QCOMPARE(m_schema->field(QStringLiteral("status"))->enumValues,
             (QStringList { QStringLiteral("\"new\""), QStringLiteral("\"paid\""),
                            QStringLiteral("\"cancelled\"") }));
    QCOMPARE(m_schema->field(QStringLiteral("orderId"))->description,
             QStringLiteral("Order number."));
    QVERIFY(!m_schema->field(QStringLiteral("nope")));
}

void tst_Schema::referenceCycleEnds()
{
    const SchemaField *referredBy = m_schema->field(QStringLiteral("customer.referredBy"));
    QVERIFY(referredBy);
    QCOMPARE(referredBy->types, QStringList { QStringLiteral("object") });
    QVERIFY(referredBy->children.isEmpty());

    // A schema that is nothing but a cycle.
    FileError error;
    const auto loop = Schema::fromJson(
        R"({"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}})",
        QStringLiteral("loop.schema.json"), &error);
    QVERIFY2(loop, qPrintable(error.toString()));
    QVERIFY(loop->root.children.isEmpty());
}

void tst_Schema::defsAndCombinators()
{
    FileError error;
    const auto schema = Schema::fromJson(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "allOf": [{"$ref": "#/$defs/named"}, {"properties": {"age": {"type": "integer"}}, "required": ["age"]}],
  "$defs": {"named": {"properties": {"name": {"type": "string"}}, "required": ["name"]}}
})",
                                         QStringLiteral("person.schema.json"), &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QVERIFY(schema->field(QStringLiteral("name")));
    QVERIFY(schema->field(QStringLiteral("name"))->required);
    QVERIFY(schema->field(QStringLiteral("age"))->required);
    QCOMPARE(schema->field(QStringLiteral("age"))->types,
             QStringList { QStringLiteral("integer") });
}

void tst_Schema::editedSchemaIsDumped()
{
    const QByteArray compact = R"({"type": "object", "properties": {"a": {"type": "string"}}})";
    FileError error;
    auto schema = Schema::fromJson(compact, QStringLiteral("a.schema.json"), &error);
    QVERIFY(schema);
    QCOMPARE(schema->toJson(), compact); // unchanged: the bytes as read
    schema->raw["title"] = "A";
    QCOMPARE(schema->toJson(),
             QByteArray("{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": {\n"
                        "      \"type\": \"string\"\n    }\n  },\n  \"title\": \"A\"\n}\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.schema.json"));
    QVERIFY(schema->save(path, &error));
    QCOMPARE(Test::readAll(path), schema->toJson());
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
