#include "model/core/errorcodes.h"
#include "model/core/schema.h"
#include "model/schemaimport/schemaimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using JsonValue = nlohmann::ordered_json;

namespace {

QString sharedFile(const QString &name)
{
    return QStringLiteral(FLOWSMITH_SHARED_DIR "/data/") + name;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/schemaimport/") + name;
}

// Loads an imported schema the way the project will: through model/core's Schema.
std::optional<Schema> asSchema(const JsonValue &json, const QString &name, FileError *error)
{
    return Schema::fromJson(QByteArray::fromStdString(json.dump(2)), name + ".schema.json", error);
}

int countFields(const SchemaField &field)
{
    int count = 0;
    for (const SchemaField &child : field.children)
        count += 1 + countFields(child);
    return count;
}

QStringList names(const QList<ImportedSchema> &schemas)
{
    QStringList result;
    for (const ImportedSchema &schema : schemas)
        result.append(schema.name);
    return result;
}

const ImportedSchema *byName(const QList<ImportedSchema> &schemas, const QString &name)
{
    for (const ImportedSchema &schema : schemas)
        if (schema.name == name)
            return &schema;
    return nullptr;
}

// One field of a loaded schema: "integer/int64 required array" style, compact to compare.
QString describe(const SchemaField *field)
{
    if (!field)
        return QStringLiteral("<missing>");
    QString text = field->types.join(u'|');
    if (!field->format.isEmpty())
        text += u'/' + field->format;
    if (field->required)
        text += QLatin1String(" required");
    if (field->isArray)
        text += QLatin1String(" array");
    return text;
}

QString jsonAt(const JsonValue &value, const char *pointer)
{
    const JsonValue::json_pointer p(pointer);
    return value.contains(p) ? QString::fromStdString(value.at(p).dump())
                             : QStringLiteral("<missing>");
}

} // namespace

class TestSchemaImport : public QObject
{
    Q_OBJECT

private slots:
    void openApiComponents_data();
    void openApiComponents();
    void openApiFields_data();
    void openApiFields();
    void openApi30Dialect();
    void openApiNamedComponentOnly();
    void asyncApiMessages_data();
    void asyncApiMessages();
    void asyncApiFields_data();
    void asyncApiFields();
    void sampleInference_data();
    void sampleInference();
    void ublJsonSchema();
    void relativeRefs_data();
    void relativeRefs();
    void ndjsonInference_data();
    void ndjsonInference();
    void csvInference_data();
    void csvInference();
    void detect_data();
    void detect();
    void badInput_data();
    void badInput();
    void openApiRefCycleNamesComponent();
    void openApiMutualRecursion();
    void jsonArrayOfRecords_data();
    void jsonArrayOfRecords();
    void saveWritesFile();
};

void TestSchemaImport::openApiComponents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<QList<int>>("fieldCounts");
    QTest::addRow("petstore") << QStringLiteral(
        "schemas/OAI__OpenAPI-Specification__v3.0__petstore.yaml")
                              << QStringList { "Pet", "Pets", "Error" } << QList<int> { 3, 3, 2 };
    QTest::addRow("petstore-expanded")
        << QStringLiteral("schemas/OAI__OpenAPI-Specification__v3.0__petstore-expanded.yaml")
        << QStringList { "Pet", "NewPet", "Error" } << QList<int> { 3, 2, 2 };
}

void TestSchemaImport::openApiComponents()
{
    QFETCH(QString, file);
    QFETCH(QStringList, components);
    QFETCH(QList<int>, fieldCounts);
    FileError error;
    const auto schemas = SchemaImporter::fromOpenApi(sharedFile(file), &error);
    QVERIFY2(schemas, qPrintable(error.toString()));
    QCOMPARE(names(*schemas), components);
    for (qsizetype i = 0; i < schemas->size(); ++i) {
        const ImportedSchema &imported = schemas->at(i);
        QCOMPARE(QString::fromStdString(imported.schema.value("title", "")), imported.name);
        const auto schema = asSchema(imported.schema, imported.name, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        QCOMPARE(countFields(schema->root), fieldCounts.at(i));
    }
}

void TestSchemaImport::openApiFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString petstore
        = QStringLiteral("schemas/OAI__OpenAPI-Specification__v3.0__petstore.yaml");
    const QString expanded
        = QStringLiteral("schemas/OAI__OpenAPI-Specification__v3.0__petstore-expanded.yaml");
    QTest::addRow("petstore Pet.id") << petstore << "Pet"
                                     << "id"
                                     << "integer/int64 required";
    QTest::addRow("petstore Pet.name") << petstore << "Pet"
                                       << "name"
                                       << "string required";
    QTest::addRow("petstore Pet.tag") << petstore << "Pet"
                                      << "tag"
                                      << "string";
    QTest::addRow("petstore Pets root") << petstore << "Pets"
                                        << ""
                                        << "object array";
    QTest::addRow("petstore Pets.id") << petstore << "Pets"
                                      << "id"
                                      << "integer/int64 required";
    QTest::addRow("petstore Error.code") << petstore << "Error"
                                         << "code"
                                         << "integer/int32 required";
    QTest::addRow("petstore Error.message") << petstore << "Error"
                                            << "message"
                                            << "string required";
    QTest::addRow("expanded Pet.id (allOf)") << expanded << "Pet"
                                             << "id"
                                             << "integer/int64 required";
    QTest::addRow("expanded Pet.name (allOf $ref)") << expanded << "Pet"
                                                    << "name"
                                                    << "string required";
    QTest::addRow("expanded Pet.tag") << expanded << "Pet"
                                      << "tag"
                                      << "string";
    QTest::addRow("expanded NewPet.name") << expanded << "NewPet"
                                          << "name"
                                          << "string required";
}

void TestSchemaImport::openApiFields()
{
    QFETCH(QString, file);
    QFETCH(QString, component);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    FileError error;
    const auto json = SchemaImporter::fromOpenApi(sharedFile(file), component, &error);
    QVERIFY2(json, qPrintable(error.toString()));
    const auto schema = asSchema(*json, component, &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(describe(path.isEmpty() ? &schema->root : schema->field(path)), expected);
}

void TestSchemaImport::openApi30Dialect()
{
    FileError error;
    const auto schemas = SchemaImporter::fromOpenApi(dataFile("openapi/shop.json"), &error);
    QVERIFY2(schemas, qPrintable(error.toString()));
    QCOMPARE(names(*schemas), (QStringList { "Order", "Item" }));
    const JsonValue &order = byName(*schemas, "Order")->schema;
    QCOMPARE(jsonAt(order, "/$schema"), "\"https://json-schema.org/draft/2020-12/schema\"");
    QCOMPARE(jsonAt(order, "/properties/note/type"), "[\"string\",\"null\"]");
    QCOMPARE(jsonAt(order, "/properties/note/nullable"), "<missing>");
    QCOMPARE(jsonAt(order, "/properties/discount/exclusiveMinimum"), "0");
    QCOMPARE(jsonAt(order, "/properties/discount/minimum"), "<missing>");
    QCOMPARE(jsonAt(order, "/properties/id/examples"), "[\"A-1001\"]");
    // The component refers to itself: the copy refers to its own root.
    QCOMPARE(jsonAt(order, "/properties/parent/$ref"), "\"#\"");
    QCOMPARE(jsonAt(order, "/properties/items/items/$ref"), "\"#/$defs/Item\"");
    // Money comes from another file; Item's own reference to it shares the one copy.
    QCOMPARE(jsonAt(order, "/properties/total/$ref"), "\"#/$defs/Money\"");
    QCOMPARE(jsonAt(order, "/$defs/Item/properties/price/$ref"), "\"#/$defs/Money\"");
    QCOMPARE(order.at("$defs").size(), std::size_t(2));
    const auto schema = asSchema(order, "Order", &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(describe(schema->field("total.currency")), "string required");
    QCOMPARE(schema->field("total.currency")->enumValues, (QStringList { "\"EUR\"", "\"USD\"" }));
    QCOMPARE(describe(schema->field("items.price.amount")), "number required");
    QCOMPARE(describe(schema->field("parent")), "object");
}

void TestSchemaImport::openApiNamedComponentOnly()
{
    // Order's reference is broken; Note, asked for alone, does not need it.
    const QString path = dataFile("bad/missing-file-openapi.yaml");
    FileError error;
    const auto note = SchemaImporter::fromOpenApi(path, QStringLiteral("Note"), &error);
    QVERIFY2(note, qPrintable(error.toString()));
    QCOMPARE(jsonAt(*note, "/type"), "\"string\"");
    QCOMPARE(jsonAt(*note, "/maxLength"), "200");
    QCOMPARE(jsonAt(*note, "/title"), "\"Note\"");
    QVERIFY(!SchemaImporter::fromOpenApi(path, &error));
    QCOMPARE(error.code, QString(ErrorCode::UnresolvedRef));
}

void TestSchemaImport::asyncApiMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("kafka") << QStringLiteral(
        "asyncapi/asyncapi__spec__streetlights-kafka-asyncapi.yml");
    QTest::addRow("mqtt") << QStringLiteral(
        "asyncapi/asyncapi__spec__streetlights-mqtt-asyncapi.yml");
}

void TestSchemaImport::asyncApiMessages()
{
    QFETCH(QString, file);
    FileError error;
    const auto schemas = SchemaImporter::fromAsyncApi(sharedFile(file), &error);
    QVERIFY2(schemas, qPrintable(error.toString()));
    // The channels' five messages name these three component messages.
    QCOMPARE(names(*schemas), (QStringList { "lightMeasured", "turnOnOff", "dimLight" }));
    const QList<int> counts { 2, 2, 2 };
    for (qsizetype i = 0; i < schemas->size(); ++i) {
        const auto schema = asSchema(schemas->at(i).schema, schemas->at(i).name, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        QCOMPARE(countFields(schema->root), counts.at(i));
        QCOMPARE(describe(schema->field("sentAt")), "string/date-time");
    }
}

void TestSchemaImport::asyncApiFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("enumValues");
    for (const char *transport : { "kafka", "mqtt" }) {
        const QString file = QStringLiteral("asyncapi/asyncapi__spec__streetlights-%1-asyncapi.yml")
                                 .arg(transport);
        QTest::addRow("%s lightMeasured.lumens", transport) << file << "lightMeasured"
                                                            << "lumens"
                                                            << "integer" << QStringList {};
        QTest::addRow("%s lightMeasured.sentAt", transport) << file << "lightMeasured"
                                                            << "sentAt"
                                                            << "string/date-time" << QStringList {};
        QTest::addRow("%s turnOnOff.command", transport)
            << file << "turnOnOff"
            << "command"
            << "string" << QStringList { "\"on\"", "\"off\"" };
        QTest::addRow("%s dimLight.percentage", transport) << file << "dimLight"
                                                           << "percentage"
                                                           << "integer" << QStringList {};
    }
}

void TestSchemaImport::asyncApiFields()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QStringList, enumValues);
    FileError error;
    const auto schemas = SchemaImporter::fromAsyncApi(sharedFile(file), &error);
    QVERIFY2(schemas, qPrintable(error.toString()));
    const ImportedSchema *imported = byName(*schemas, message);
    QVERIFY(imported);
    const auto schema = asSchema(imported->schema, message, &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(describe(schema->field(path)), expected);
    QCOMPARE(schema->field(path)->enumValues, enumValues);
}

void TestSchemaImport::sampleInference_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString fhir
        = QStringLiteral("schemas/fhir-crucible__fhir_models__R4__patient-example.json");
    const QString ubl = QStringLiteral("schemas/gflohr__e-invoice-eu__default-invoice.json");
    QTest::addRow("fhir resourceType") << fhir << "resourceType"
                                       << "string required";
    QTest::addRow("fhir active") << fhir << "active"
                                 << "boolean required";
    QTest::addRow("fhir birthDate") << fhir << "birthDate"
                                    << "string/date required";
    QTest::addRow("fhir name") << fhir << "name"
                               << "object required array";
    QTest::addRow("fhir name.given") << fhir << "name.given"
                                     << "string required array";
    QTest::addRow("fhir name.family") << fhir << "name.family"
                                      << "string";
    QTest::addRow("fhir telecom.use") << fhir << "telecom.use"
                                      << "string required";
    QTest::addRow("fhir telecom.rank") << fhir << "telecom.rank"
                                       << "integer";
    QTest::addRow("fhir identifier.system") << fhir << "identifier.system"
                                            << "string/uri required";
    QTest::addRow("fhir identifier.period.start") << fhir << "identifier.period.start"
                                                  << "string/date required";
    QTest::addRow("ubl IssueDate") << ubl << "ubl:Invoice.cbc:IssueDate"
                                   << "string/date required";
    QTest::addRow("ubl Note") << ubl << "ubl:Invoice.cbc:Note"
                              << "string required array";
    QTest::addRow("ubl PartyIdentification.cbc:ID")
        << ubl << "ubl:Invoice.cac:AccountingSupplierParty.cac:Party.cac:PartyIdentification.cbc:ID"
        << "string required";
    QTest::addRow("ubl PartyIdentification schemeID")
        << ubl
        << "ubl:Invoice.cac:AccountingSupplierParty.cac:Party.cac:PartyIdentification.cbc:ID@"
           "schemeID"
        << "string";
}

void TestSchemaImport::sampleInference()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    FileError error;
    const auto json = SchemaImporter::fromJsonSample(sharedFile(file), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    const auto schema = asSchema(*json, QStringLiteral("sample"), &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(describe(schema->field(path)), expected);
}

void TestSchemaImport::ublJsonSchema()
{
    FileError error;
    const auto json = SchemaImporter::fromJsonSchema(
        sharedFile("schemas/gflohr__e-invoice-eu__ubl-invoice.schema.json"), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    QCOMPARE(jsonAt(*json, "/$schema"), "\"https://json-schema.org/draft/2019-09/schema\"");
    // Only local references: the document comes through as written.
    QCOMPARE(json->at("$defs").size(), std::size_t(2));
    const auto schema = asSchema(*json, QStringLiteral("ubl-invoice"), &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QVERIFY2(countFields(schema->root) > 100,
             qPrintable(QString::number(countFields(schema->root))));
    QCOMPARE(describe(schema->field("ubl:Invoice.cbc:IssueDate")), "string required");
}

void TestSchemaImport::relativeRefs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    const QString order = QStringLiteral("refs/order.schema.json");
    const QString invoice = QStringLiteral("refs/invoice.schema.json");
    QTest::addRow("order: other file bundled") << order << "/properties/customer/$ref"
                                               << "\"#/definitions/customer\"";
    QTest::addRow("order: pointer into a file") << order << "/properties/shipTo/$ref"
                                                << "\"#/definitions/Address\"";
    QTest::addRow("order: local ref kept") << order << "/properties/lines/items/$ref"
                                           << "\"#/definitions/Line\"";
    QTest::addRow("order: oneOf kept") << order << "/properties/payment/oneOf/0/$ref"
                                       << "\"#/definitions/Card\"";
    QTest::addRow("customer: back to the root")
        << order << "/definitions/customer/properties/lastOrder/$ref"
        << "\"#\"";
    QTest::addRow("customer: refers to itself")
        << order << "/definitions/customer/properties/referredBy/$ref"
        << "\"#/definitions/customer\"";
    QTest::addRow("customer: shares the address")
        << order << "/definitions/customer/properties/billing/$ref"
        << "\"#/definitions/Address\"";
    QTest::addRow("address: its own ref bundled")
        << order << "/definitions/Address/properties/country/$ref"
        << "\"#/definitions/Country\"";
    QTest::addRow("enum kept") << order << "/definitions/Country/enum"
                               << "[\"DE\",\"FR\"]";
    QTest::addRow("definitions") << order << "/definitions"
                                 << "<keys>Line,Card,customer,Address,Country";
    QTest::addRow("invoice: anchor made a pointer") << invoice << "/properties/total/$ref"
                                                    << "\"#/$defs/money\"";
    QTest::addRow("invoice: 2020-12 uses $defs") << invoice << "/properties/seller/allOf/0/$ref"
                                                 << "\"#/$defs/Address\"";
    QTest::addRow("invoice: anyOf kept") << invoice << "/properties/channel/anyOf/1/const"
                                         << "\"store\"";
}

void TestSchemaImport::relativeRefs()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    FileError error;
    const auto json = SchemaImporter::fromJsonSchema(dataFile(file), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    if (expected.startsWith(QLatin1String("<keys>"))) {
        QStringList keys;
        for (const auto &item : json->at(JsonValue::json_pointer(pointer.toStdString())).items())
            keys.append(QString::fromStdString(item.key()));
        QCOMPARE(QLatin1String("<keys>") + keys.join(u','), expected);
    } else {
        QCOMPARE(jsonAt(*json, pointer.toStdString().c_str()), expected);
    }
    // What the bundle holds resolves within itself.
    const auto schema = asSchema(*json, QStringLiteral("bundled"), &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    if (file.contains(QLatin1String("order"))) {
        QCOMPARE(describe(schema->field("customer.billing.country")), "string");
        QCOMPARE(schema->field("customer.billing.country")->enumValues.size(), 2);
        QCOMPARE(describe(schema->field("lines.sku")), "string required");
        QCOMPARE(describe(schema->field("customer.name")), "string required");
        QVERIFY(schema->field("payment.last4"));
        QVERIFY(schema->field("payment.iban"));
    } else {
        QCOMPARE(describe(schema->field("total")), "number");
        QCOMPARE(describe(schema->field("seller.vatId")), "string");
        QCOMPARE(describe(schema->field("seller.street")), "string");
    }
}

void TestSchemaImport::ndjsonInference_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addRow("string and integer → type array") << "/properties/orderId/type"
                                                     << "[\"string\",\"integer\"]";
    QTest::addRow("integer and number → number") << "/properties/total/type"
                                                 << "\"number\"";
    QTest::addRow("null joins the types") << "/properties/paidAt/type"
                                          << "[\"string\",\"null\"]";
    QTest::addRow("date-time when every string is one") << "/properties/paidAt/format"
                                                        << "\"date-time\"";
    QTest::addRow("email") << "/properties/email/format"
                           << "\"email\"";
    QTest::addRow("array of objects") << "/properties/lines/items/type"
                                      << "\"object\"";
    QTest::addRow("nested integer") << "/properties/lines/items/properties/qty/type"
                                    << "\"integer\"";
    QTest::addRow("required in every record")
        << "/required"
        << "[\"orderId\",\"total\",\"paidAt\",\"email\",\"lines\"]";
    QTest::addRow("nested required") << "/properties/lines/items/required"
                                     << "[\"sku\",\"qty\"]";
    QTest::addRow("present in one record only") << "/properties/coupon/type"
                                                << "\"string\"";
    QTest::addRow("no format for plain strings") << "/properties/coupon/format"
                                                 << "<missing>";
}

void TestSchemaImport::ndjsonInference()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    FileError error;
    const auto json = SchemaImporter::fromNdjsonSample(dataFile("samples/orders.ndjson"), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    QCOMPARE(jsonAt(*json, pointer.toStdString().c_str()), expected);
}

void TestSchemaImport::csvInference_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("required");
    QTest::addRow("integer") << "id"
                             << "\"integer\""
                             << "<missing>" << true;
    QTest::addRow("string with separator in quotes") << "name"
                                                     << "\"string\""
                                                     << "<missing>" << true;
    QTest::addRow("number") << "price"
                            << "\"number\""
                            << "<missing>" << true;
    QTest::addRow("boolean") << "active"
                             << "\"boolean\""
                             << "<missing>" << true;
    QTest::addRow("date") << "since"
                          << "\"string\""
                          << "\"date\"" << true;
    QTest::addRow("leading zero stays text") << "zip"
                                             << "\"string\""
                                             << "<missing>" << true;
    QTest::addRow("empty cell → not required") << "note"
                                               << "\"string\""
                                               << "<missing>" << false;
}

void TestSchemaImport::csvInference()
{
    QFETCH(QString, column);
    QFETCH(QString, type);
    QFETCH(QString, format);
    QFETCH(bool, required);
    FileError error;
    const auto json = SchemaImporter::fromCsvSample(dataFile("samples/contacts.csv"), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    const std::string base = "/properties/" + column.toStdString();
    QCOMPARE(jsonAt(*json, (base + "/type").c_str()), type);
    QCOMPARE(jsonAt(*json, (base + "/format").c_str()), format);
    const JsonValue &list = json->at("required");
    QCOMPARE(std::find(list.begin(), list.end(), column.toStdString()) != list.end(), required);
    QCOMPARE(json->at("properties").size(), std::size_t(7));
}

void TestSchemaImport::detect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("source");
    QTest::addRow("openapi yaml") << sharedFile(
        "schemas/OAI__OpenAPI-Specification__v3.0__petstore.yaml")
                                  << int(SchemaImporter::Source::OpenApi);
    QTest::addRow("openapi json") << dataFile("openapi/shop.json")
                                  << int(SchemaImporter::Source::OpenApi);
    QTest::addRow("asyncapi") << sharedFile(
        "asyncapi/asyncapi__spec__streetlights-mqtt-asyncapi.yml")
                              << int(SchemaImporter::Source::AsyncApi);
    QTest::addRow("json schema") << sharedFile(
        "schemas/gflohr__e-invoice-eu__ubl-invoice.schema.json")
                                 << int(SchemaImporter::Source::JsonSchema);
    QTest::addRow("json sample") << sharedFile(
        "schemas/fhir-crucible__fhir_models__R4__patient-example.json")
                                 << int(SchemaImporter::Source::JsonSample);
    QTest::addRow("ndjson") << dataFile("samples/orders.ndjson")
                            << int(SchemaImporter::Source::NdjsonSample);
    QTest::addRow("csv") << dataFile("samples/contacts.csv")
                         << int(SchemaImporter::Source::CsvSample);
}

void TestSchemaImport::detect()
{
    QFETCH(QString, file);
    QFETCH(int, source);
    FileError error;
    const auto detected = SchemaImporter::detect(file, &error);
    QVERIFY2(detected, qPrintable(error.toString()));
    QCOMPARE(int(*detected), source);
}

void TestSchemaImport::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<int>("line");
    QTest::addRow("malformed JSON")
        << "schema"
        << "bad/broken.schema.json" << QString(ErrorCode::JsonSyntax) << "broken.schema.json" << 4;
    QTest::addRow("malformed YAML") << "openapi"
                                    << "bad/broken-openapi.yaml" << QString(ErrorCode::YamlSyntax)
                                    << "broken-openapi.yaml" << 8;
    QTest::addRow("$ref to a missing file")
        << "schema"
        << "bad/missing-ref.schema.json" << QString(ErrorCode::UnresolvedRef)
        << "missing-ref.schema.json" << 5;
    QTest::addRow("$ref to a missing file (OpenAPI)")
        << "openapi"
        << "bad/missing-file-openapi.yaml" << QString(ErrorCode::UnresolvedRef)
        << "missing-file-openapi.yaml" << 10;
    QTest::addRow("$ref cycle") << "schema"
                                << "bad/cycle.schema.json" << QString(ErrorCode::UnresolvedRef)
                                << "cycle.schema.json" << 5;
    QTest::addRow("$ref cycle across files")
        << "schema"
        << "bad/cycle-a.schema.json" << QString(ErrorCode::UnresolvedRef) << "cycle-a.schema.json"
        << 4;
    QTest::addRow("$ref cycle (OpenAPI components)")
        << "openapi"
        << "bad/cycle-openapi.yaml" << QString(ErrorCode::UnresolvedRef) << "cycle-openapi.yaml"
        << 9;
    QTest::addRow("unknown OpenAPI component")
        << "openapi-missing"
        << "openapi/shop.json" << QString(ErrorCode::MissingKey) << "shop.json" << 1;
    QTest::addRow("not OpenAPI") << "openapi"
                                 << "refs/order.schema.json" << QString(ErrorCode::InvalidValue)
                                 << "order.schema.json" << 1;
    QTest::addRow("not AsyncAPI") << "asyncapi"
                                  << "openapi/shop.json" << QString(ErrorCode::InvalidValue)
                                  << "shop.json" << 1;
    QTest::addRow("missing file") << "schema"
                                  << "bad/absent.schema.json" << QString(ErrorCode::CannotRead)
                                  << "absent.schema.json" << 0;
    QTest::addRow("CSV unclosed quote")
        << "csv"
        << "bad/unclosed.csv" << QString(ErrorCode::InvalidValue) << "unclosed.csv" << 2;
    QTest::addRow("CSV row too wide")
        << "csv"
        << "bad/wide.csv" << QString(ErrorCode::InvalidValue) << "wide.csv" << 3;
    QTest::addRow("CSV column named twice")
        << "csv"
        << "bad/duplicate-column.csv" << QString(ErrorCode::InvalidValue) << "duplicate-column.csv"
        << 1;
    QTest::addRow("JSON sample nested too deep")
        << "json"
        << "bad/deep.json" << QString(ErrorCode::TooDeep) << "deep.json" << 1;
    QTest::addRow("NDJSON bad record")
        << "ndjson"
        << "bad/broken.ndjson" << QString(ErrorCode::JsonSyntax) << "broken.ndjson" << 4;
}

void TestSchemaImport::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, errorFile);
    QFETCH(int, line);
    FileError error;
    const QString path = dataFile(file);
    bool ok = true;
    if (kind == QLatin1String("schema"))
        ok = SchemaImporter::fromJsonSchema(path, &error).has_value();
    else if (kind == QLatin1String("openapi"))
        ok = SchemaImporter::fromOpenApi(path, &error).has_value();
    else if (kind == QLatin1String("openapi-missing"))
        ok = SchemaImporter::fromOpenApi(path, QStringLiteral("Customer"), &error).has_value();
    else if (kind == QLatin1String("asyncapi"))
        ok = SchemaImporter::fromAsyncApi(path, &error).has_value();
    else if (kind == QLatin1String("csv"))
        ok = SchemaImporter::fromCsvSample(path, &error).has_value();
    else if (kind == QLatin1String("json"))
        ok = SchemaImporter::fromJsonSample(path, &error).has_value();
    else if (kind == QLatin1String("ndjson"))
        ok = SchemaImporter::fromNdjsonSample(path, &error).has_value();
    QVERIFY(!ok);
    QCOMPARE(error.code, code);
    QCOMPARE(QFileInfo(error.file).fileName(), errorFile);
    QCOMPARE(error.position.line, line);
    QVERIFY(!error.message.isEmpty());
}

void TestSchemaImport::openApiRefCycleNamesComponent()
{
    // Components that only name each other never reach a schema: each is refused by name,
    // while the one that merely uses them in a property is refused at the reference.
    FileError error;
    const QString path = dataFile("bad/cycle-openapi.yaml");
    QVERIFY(!SchemaImporter::fromOpenApi(path, QStringLiteral("Ledger"), &error));
    QCOMPARE(error.code, QString(ErrorCode::UnresolvedRef));
    QVERIFY2(error.message.contains("'#/components/schemas/Ledger' is a reference cycle"),
             qPrintable(error.message));
    QCOMPARE(error.position.line, 11);
    QVERIFY(!SchemaImporter::fromOpenApi(path, QStringLiteral("Entry"), &error));
    QVERIFY2(error.message.contains("'$ref: #/components/schemas/Account' is a reference cycle"),
             qPrintable(error.message));
    QVERIFY(error.position.isValid());
}

void TestSchemaImport::openApiMutualRecursion()
{
    // Schemas that refer to each other through properties are recursive, not broken: each is
    // copied once and the copy refers back to the root.
    FileError error;
    const auto all = SchemaImporter::fromOpenApi(dataFile("openapi/recursive.yaml"), &error);
    QVERIFY2(all, qPrintable(error.toString()));
    QCOMPARE(names(*all), QStringList({ "Category", "Product" }));
    const JsonValue &category = byName(*all, "Category")->schema;
    QCOMPARE(jsonAt(category, "/properties/products/items/$ref"), "\"#/$defs/Product\"");
    QCOMPARE(jsonAt(category, "/$defs/Product/properties/category/$ref"), "\"#\"");
    QCOMPARE(jsonAt(category, "/$defs/Product/properties/related/items/$ref"),
             "\"#/$defs/Product\"");
    const auto schema = asSchema(category, "category", &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(describe(schema->field("products.sku")), "string");
    QVERIFY(schema->field("products.category.name"));
}

void TestSchemaImport::jsonArrayOfRecords_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addRow("merged number") << "/properties/amount/type"
                                   << "\"number\"";
    QTest::addRow("required in both") << "/required"
                                      << "[\"amount\",\"site\",\"ref\"]";
    QTest::addRow("uri") << "/properties/site/format"
                         << "\"uri\"";
    QTest::addRow("email in one record") << "/properties/contact/format"
                                         << "\"email\"";
    QTest::addRow("object and string") << "/properties/site/type"
                                       << "\"string\"";
    QTest::addRow("mixed kinds") << "/properties/ref/type"
                                 << "[\"object\",\"string\"]";
    QTest::addRow("a record, not the array") << "/type"
                                             << "\"object\"";
}

void TestSchemaImport::jsonArrayOfRecords()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const QByteArray sample = R"([
        {"amount": 1, "site": "https://a.example.com/x", "ref": "R-1"},
        {"amount": 2.5, "site": "urn:isbn:0451450523", "contact": "x@y.org", "ref": {"id": 2}}
    ])";
    FileError error;
    const auto json = SchemaImporter::inferFromJson(sample, QStringLiteral("records.json"), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    QCOMPARE(jsonAt(*json, pointer.toStdString().c_str()), expected);
}

void TestSchemaImport::saveWritesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileError error;
    const auto json = SchemaImporter::fromCsvSample(dataFile("samples/contacts.csv"), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    const QString path = dir.filePath("contacts.schema.json");
    QVERIFY2(SchemaImporter::save(*json, path, &error), qPrintable(error.toString()));
    const auto schema = Schema::load(path, &error);
    QVERIFY2(schema, qPrintable(error.toString()));
    QCOMPARE(schema->id, "contacts");
    QCOMPARE(describe(schema->field("price")), "number required");
    QCOMPARE(describe(schema->field("note")), "string");
}

QTEST_GUILESS_MAIN(TestSchemaImport)
#include "tst_schemaimport.moc"
