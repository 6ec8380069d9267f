// The JSON Schema check behind quality.validate (valijson with Flowsmith's workarounds): one
// row per keyword behaviour, then rows for what valijson 1.0 gets wrong on its own.

#include "model/schema/schemavalidator.h"

#include <QTest>

using namespace Flowsmith;
using Json = Flowsmith::JsonValue;

class tst_SchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void violationPaths();
    void formats_data();
    void formats();
    void brokenSchemas_data();
    void brokenSchemas();
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
    // Like ajv (Node-RED), a failed anyOf lists what each branch found, then itself.
    QTest::addRow("anyOf") << QByteArray(R"({"anyOf": [{"type": "string"}, {"minimum": 3}]})")
                           << QByteArray("2") << QStringList { "type", "minimum", "anyOf" };
    QTest::addRow("anyOf one branch passes")
        << QByteArray(R"({"anyOf": [{"type": "string"}, {"minimum": 3}]})") << QByteArray("4")
        << QStringList {};
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
    QTest::addRow("false items") << QByteArray(R"({"items": false})") << QByteArray("[1]")
                                 << QStringList { "false" };
    QTest::addRow("else branch") << QByteArray(R"({"if": {"type": "string"}, "else": false})")
                                 << QByteArray("1") << QStringList { "false" };

    // valijson 1.0 workarounds (SchemaDocument, SchemaValidator's own constraints).
    QTest::addRow("2.0 is an integer in items") << QByteArray(R"({"items": {"type": "integer"}})")
                                                << QByteArray("[1, 2.0, -3.0e2]") << QStringList {};
    QTest::addRow("2.5 is not an integer in items")
        << QByteArray(R"({"items": {"type": "integer"}})") << QByteArray("[1, 2.5]")
        << QStringList { "type" };
    QTest::addRow("schema numbers written 2.0")
        << QByteArray(R"({"minItems": 2.0, "maxLength": 3.0})") << QByteArray("[1]")
        << QStringList { "minItems" };
    QTest::addRow("format only for strings")
        << QByteArray(R"({"properties": {"a": {"format": "email"}, "b": {"format": "date"},
                          "c": {"format": "uuid"}}})")
        << QByteArray(R"({"a": 5, "b": 20260101, "c": null})") << QStringList {};
    QTest::addRow("format email on a string")
        << QByteArray(R"({"format": "email"})") << QByteArray(R"("anna(at)example.de")")
        << QStringList { "format" };
    QTest::addRow("format uri and uuid")
        << QByteArray(R"({"items": [{"format": "uri"}, {"format": "uuid"}]})")
        << QByteArray(R"(["/relative", "nope"])") << QStringList { "format", "format" };
    QTest::addRow("a property named format")
        << QByteArray(R"({"properties": {"format": {"type": "string"}, "pattern": {}}})")
        << QByteArray(R"({"format": 1, "pattern": 2})") << QStringList { "type" };
    QTest::addRow("$ref with siblings applies both")
        << QByteArray(R"({"$defs": {"a": {"type": "object"}},
                          "properties": {"x": {"$ref": "#/$defs/a", "required": ["id"]}}})")
        << QByteArray(R"({"x": {}})") << QStringList { "required" };
    QTest::addRow("$ref outside the file")
        << QByteArray(R"({"$ref": "address.schema.json#/$defs/a"})") << QByteArray("1")
        << QStringList { "$ref" };
    QTest::addRow("$ref loop through allOf")
        << QByteArray(R"({"$defs": {"a": {"allOf": [{"$ref": "#"}]}}, "$ref": "#/$defs/a"})")
        << QByteArray("1") << QStringList { "$ref" };
    QTest::addRow("$ref to a non-schema")
        << QByteArray(R"({"$defs": {"a": 5}, "$ref": "#/$defs/a"})") << QByteArray("1")
        << QStringList { "schema" };
    QTest::addRow("prefixItems then items")
        << QByteArray(R"({"prefixItems": [{"type": "string"}], "items": {"type": "number"}})")
        << QByteArray(R"(["a", 1, "b"])") << QStringList { "type" };
    QTest::addRow("pattern in JavaScript syntax")
        << QByteArray(R"({"pattern": "^\\p{Lu}\\d{2}(?<=\\d)$"})") << QByteArray(R"("Ä42")")
        << QStringList {};
    // std::regex (valijson's) recurses per character and overflows the stack on this.
    QTest::addRow("pattern on a long string")
        << QByteArray(R"({"pattern": "^[a-z]*$"})")
        << QByteArray('"' + QByteArray(200'000, 'a') + '"') << QStringList {};
    QTest::addRow("keyword of the wrong kind")
        << QByteArray(R"({"minLength": "x"})") << QByteArray(R"("a")") << QStringList { "schema" };
}

void tst_SchemaValidator::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, keywords);
    const SchemaValidator validator(Json::parse(schema.toStdString()));
    QStringList actual;
    QStringList described;
    for (const SchemaViolation &violation : validator.validate(Json::parse(value.toStdString()))) {
        actual << violation.keyword;
        described << violation.path + u' ' + violation.keyword + u' ' + violation.message;
    }
    QVERIFY2(actual == keywords, qPrintable(described.join(QLatin1String(" | "))));
}

void tst_SchemaValidator::violationPaths()
{
    const SchemaValidator validator(Json::parse(R"({"properties": {"lines": {"items":
        {"properties": {"qty": {"type": "integer"}, "a/b": {"type": "string"}}}}}})"));
    const auto violations
        = validator.validate(Json::parse(R"({"lines": [{"qty": 1}, {"qty": "x", "a/b": 2}]})"));
    QCOMPARE(violations.size(), 2);
    QHash<QString, SchemaViolation> byPath;
    for (const SchemaViolation &violation : violations)
        byPath.insert(violation.path, violation);
    QVERIFY(byPath.contains(QStringLiteral("/lines/1/qty")));
    QVERIFY(byPath.contains(QStringLiteral("/lines/1/a~1b")));
    const SchemaViolation qty = byPath.value(QStringLiteral("/lines/1/qty"));
    QVERIFY(qty.toJson().at("keyword") == Json("type"));
    QVERIFY2(qty.message.contains(QLatin1String("string")), qPrintable(qty.message));

    // The wording names what failed: the property, the limit, the format.
    const SchemaValidator contact(Json::parse(R"({"required": ["email"], "properties":
        {"email": {"type": "string", "format": "email"}, "age": {"maximum": 150}}})"));
    QStringList messages;
    for (const SchemaViolation &violation : contact.validate(Json::parse(R"({"age": 151})")))
        messages << violation.path + u' ' + violation.message;
    // In the message's order: the object's own findings, then its properties'.
    QCOMPARE(messages,
             QStringList({ QStringLiteral(" 'email' is required"),
                           QStringLiteral("/age must be at most 150") }));
    messages.clear();
    for (const SchemaViolation &violation : contact.validate(Json::parse(R"({"email": "x"})")))
        messages << violation.path + u' ' + violation.message;
    QCOMPARE(messages, QStringList { QStringLiteral("/email 'x' is not a valid email") });

    // An enum that failed is worded with its own values, not with a later one that passed.
    const SchemaValidator twoEnums(
        Json::parse(R"({"allOf": [{"enum": [1, "a"]}], "enum": [2, 3]})"));
    messages.clear();
    for (const SchemaViolation &violation : twoEnums.validate(Json(2)))
        messages << violation.keyword + u' ' + violation.message;
    QCOMPARE(messages, QStringList { QStringLiteral("enum 2 is not one of [1,\"a\"]") });
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

void tst_SchemaValidator::brokenSchemas_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("mentions"); // besides the file name
    QTest::addRow("unresolved $ref")
        << QByteArray(R"({"properties": {"a": {"$ref": "#/$defs/no"}}})")
        << "'#/$defs/no' points to nothing";
    QTest::addRow("$ref loop") << QByteArray(R"({"$defs": {"a": {"$ref": "#/$defs/b"},
                                                          "b": {"$ref": "#/$defs/a"}},
                                               "$ref": "#/$defs/a"})")
                               << "leads back to itself";
    QTest::addRow("remote $ref") << QByteArray(R"({"$ref": "https://example.com/s.json"})")
                                 << "'https://example.com/s.json' points outside";
    QTest::addRow("not a schema") << QByteArray(R"({"properties": {"a": 3}})") << "cannot be used";
}

void tst_SchemaValidator::brokenSchemas()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, mentions);
    const QString file = QStringLiteral("/p/schemas/contact.schema.json");
    const SchemaValidator validator(Json::parse(schema.toStdString()), file);
    QVERIFY(!validator.isValid());
    QVERIFY2(validator.errorString().startsWith(file + QLatin1String(": ")),
             qPrintable(validator.errorString()));
    QVERIFY2(validator.errorString().contains(mentions), qPrintable(validator.errorString()));
    // validate() reports it rather than passing everything.
    const auto violations = validator.validate(Json::object());
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().message, validator.errorString());
}

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
