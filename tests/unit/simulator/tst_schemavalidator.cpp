// The focused JSON Schema validator behind quality.validate: one row per keyword behaviour.

#include "simulator/schemavalidator.h"

#include <QTest>

using namespace Flowsmith::Sim;

class tst_SchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void violationPaths();
    void formats_data();
    void formats();
};

void tst_SchemaValidator::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("keywords"); // of the violations, in order; empty = valid

    const QByteArray person = R"({"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string", "minLength": 1},
                       "age": {"type": "integer", "minimum": 0}}})";
    QTest::addRow("valid object") << person << QByteArray(R"({"name": "Ann", "age": 3})")
                                  << QStringList {};
    QTest::addRow("missing required")
        << person << QByteArray(R"({"age": 3})") << QStringList { "required" };
    QTest::addRow("wrong type stops there")
        << person << QByteArray(R"("Ann")") << QStringList { "type" };
    QTest::addRow("nested type") << person << QByteArray(R"({"name": "A", "age": "3"})")
                                 << QStringList { "type" };
    QTest::addRow("integer accepts 2.0")
        << person << QByteArray(R"({"name": "A", "age": 2.0})") << QStringList {};
    QTest::addRow("integer refuses 2.5")
        << person << QByteArray(R"({"name": "A", "age": 2.5})") << QStringList { "type" };
    QTest::addRow("minimum") << person << QByteArray(R"({"name": "A", "age": -1})")
                             << QStringList { "minimum" };
    QTest::addRow("minLength") << person << QByteArray(R"({"name": ""})")
                               << QStringList { "minLength" };
    QTest::addRow("type list") << QByteArray(R"({"type": ["string", "null"]})")
                               << QByteArray("null") << QStringList {};
    QTest::addRow("type list refuses") << QByteArray(R"({"type": ["string", "null"]})")
                                       << QByteArray("1") << QStringList { "type" };
    QTest::addRow("enum") << QByteArray(R"({"enum": ["paid", "pending"]})")
                          << QByteArray(R"("lost")") << QStringList { "enum" };
    QTest::addRow("enum ok") << QByteArray(R"({"enum": ["paid", 1]})") << QByteArray("1.0")
                             << QStringList {};
    QTest::addRow("const") << QByteArray(R"({"const": {"a": 1, "b": 2}})")
                           << QByteArray(R"({"b": 2, "a": 1})") << QStringList {};
    QTest::addRow("maximum and exclusive")
        << QByteArray(R"({"maximum": 10, "exclusiveMinimum": 0})") << QByteArray("0")
        << QStringList { "exclusiveMinimum" };
    QTest::addRow("multipleOf") << QByteArray(R"({"multipleOf": 0.01})") << QByteArray("19.99")
                                << QStringList {};
    QTest::addRow("multipleOf refuses") << QByteArray(R"({"multipleOf": 0.5})") << QByteArray("1.2")
                                        << QStringList { "multipleOf" };
    QTest::addRow("maxLength counts code points")
        << QByteArray(R"({"maxLength": 4})") << QByteArray(R"("Müll")") << QStringList {};
    QTest::addRow("pattern") << QByteArray(R"({"pattern": "^SKU-[A-Z]+$"})")
                             << QByteArray(R"("SKU-abc")") << QStringList { "pattern" };
    QTest::addRow("pattern unanchored")
        << QByteArray(R"({"pattern": "[0-9]"})") << QByteArray(R"("ab3")") << QStringList {};
    QTest::addRow("items") << QByteArray(R"({"items": {"type": "number"}, "minItems": 1})")
                           << QByteArray(R"([1, "2", 3])") << QStringList { "type" };
    QTest::addRow("minItems") << QByteArray(R"({"items": {"type": "number"}, "minItems": 1})")
                              << QByteArray("[]") << QStringList { "minItems" };
    QTest::addRow("uniqueItems") << QByteArray(R"({"uniqueItems": true})")
                                 << QByteArray(R"([{"a": 1}, {"a": 1.0}])")
                                 << QStringList { "uniqueItems" };
    QTest::addRow("additionalProperties false")
        << QByteArray(R"({"properties": {"a": {}}, "additionalProperties": false})")
        << QByteArray(R"({"a": 1, "b": 2})") << QStringList { "additionalProperties" };
    QTest::addRow("additionalProperties schema")
        << QByteArray(R"({"additionalProperties": {"type": "string"}})")
        << QByteArray(R"({"a": "x", "b": 2})") << QStringList { "type" };
    QTest::addRow("$ref definitions")
        << QByteArray(R"({"definitions": {"id": {"type": "string"}}, "$ref": "#/definitions/id"})")
        << QByteArray("5") << QStringList { "type" };
    QTest::addRow("$ref $defs in items")
        << QByteArray(R"({"$defs": {"line": {"required": ["sku"]}},
                          "type": "array", "items": {"$ref": "#/$defs/line"}})")
        << QByteArray(R"([{"sku": "a"}, {}])") << QStringList { "required" };
    QTest::addRow("$ref unresolved")
        << QByteArray(R"({"$ref": "#/$defs/none"})") << QByteArray("1") << QStringList { "$ref" };
    QTest::addRow("$ref cycle ends") << QByteArray(R"({"$defs": {"a": {"$ref": "#/$defs/a"}},
                                                     "$ref": "#/$defs/a"})")
                                     << QByteArray("1") << QStringList { "$ref" };
    QTest::addRow("recursive tree")
        << QByteArray(R"({"$defs": {"node": {"type": "object", "properties":
                          {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
                          "$ref": "#/$defs/node"})")
        << QByteArray(R"({"children": [{"children": [{"children": 1}]}]})")
        << QStringList { "type" };
    QTest::addRow("anyOf") << QByteArray(R"({"anyOf": [{"type": "string"}, {"minimum": 3}]})")
                           << QByteArray("2") << QStringList { "anyOf" };
    QTest::addRow("oneOf two match")
        << QByteArray(R"({"oneOf": [{"type": "number"}, {"minimum": 3}]})") << QByteArray("4")
        << QStringList { "oneOf" };
    QTest::addRow("allOf") << QByteArray(R"({"allOf": [{"type": "number"}, {"maximum": 3}]})")
                           << QByteArray("4") << QStringList { "maximum" };
    QTest::addRow("not") << QByteArray(R"({"not": {"type": "null"}})") << QByteArray("null")
                         << QStringList { "not" };
    QTest::addRow("if then") << QByteArray(R"({"if": {"properties": {"country": {"const": "GB"}}},
                                              "then": {"required": ["postcode"]}})")
                             << QByteArray(R"({"country": "GB"})") << QStringList { "required" };
    QTest::addRow("false schema") << QByteArray(R"({"properties": {"x": false}})")
                                  << QByteArray(R"({"x": 1})") << QStringList { "false" };
    QTest::addRow("unknown keywords ignored")
        << QByteArray(R"({"x-ui": {"widget": "date"}})") << QByteArray("1") << QStringList {};
}

void tst_SchemaValidator::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, keywords);
    const SchemaValidator validator(Json::parse(schema.toStdString()));
    QStringList actual;
    for (const SchemaViolation &violation : validator.validate(Json::parse(value.toStdString())))
        actual << violation.keyword;
    QCOMPARE(actual, keywords);
}

void tst_SchemaValidator::violationPaths()
{
    const SchemaValidator validator(Json::parse(R"({"properties": {"lines": {"items":
        {"properties": {"qty": {"type": "integer"}, "a/b": {"type": "string"}}}}}})"));
    const auto violations
        = validator.validate(Json::parse(R"({"lines": [{"qty": 1}, {"qty": "x", "a/b": 2}]})"));
    QCOMPARE(violations.size(), 2);
    QCOMPARE(violations.at(0).path, QStringLiteral("/lines/1/qty"));
    QCOMPARE(violations.at(1).path, QStringLiteral("/lines/1/a~1b"));
    QVERIFY(violations.at(0).toJson().at("keyword") == Json("type"));
    QVERIFY(violations.at(0).message.contains(QLatin1String("integer")));
}

void tst_SchemaValidator::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("email") << "email"
                           << "john.smith@example.com" << true;
    QTest::addRow("email plus") << "email"
                                << "a+tag@sub.example.co.uk" << true;
    QTest::addRow("email no at") << "email"
                                 << "anna.schmidt(at)example.de" << false;
    QTest::addRow("email two ats") << "email"
                                   << "a@b@example.com" << false;
    QTest::addRow("email space") << "email"
                                 << "a b@example.com" << false;
    QTest::addRow("email dot start") << "email"
                                     << ".a@example.com" << false;
    QTest::addRow("date") << "date"
                          << "2026-02-28" << true;
    QTest::addRow("date 30 Feb") << "date"
                                 << "2026-02-30" << false;
    QTest::addRow("date short") << "date"
                                << "2026-2-3" << false;
    QTest::addRow("date-time Z") << "date-time"
                                 << "2026-11-20T09:15:00Z" << true;
    QTest::addRow("date-time offset") << "date-time"
                                      << "2026-11-20T09:15:00.123+01:00" << true;
    QTest::addRow("date-time no zone") << "date-time"
                                       << "2026-11-20T09:15:00" << false;
    QTest::addRow("date-time hour 24") << "date-time"
                                       << "2026-11-20T24:00:00Z" << false;
    QTest::addRow("uri") << "uri"
                         << "https://shop.example.com/api" << true;
    QTest::addRow("uri relative") << "uri"
                                  << "/api" << false;
    QTest::addRow("uuid") << "uuid"
                          << "0b6f4c1e-3a52-4d8e-9c1a-5f2e7d9a1b01" << true;
    QTest::addRow("unknown format passes") << "hostname-ish"
                                           << "!!" << true;
}

void tst_SchemaValidator::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const SchemaValidator validator(
        Json { { "type", "string" }, { "format", format.toStdString() } });
    QCOMPARE(validator.validate(Json(text.toStdString())).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
