// Compiled mappings run on sample data: the example project's mappings (the FHIR Patient to
// CRM contact one among them) on their samples, and the library functions the compiler
// gained for the mapper (sum, count, join, pad, if/else), with the results asserted.

#include "model/core/mapping.h"
#include "model/core/schema.h"
#include "model/mapping/mappingchecker.h"
#include "model/mapping/mappingcompiler.h"
#include "model/schemaimport/schemaimporter.h"
#include "simulator/messageexpression.h"
#include "simulator/samplereader.h"

#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

namespace {

QString example(const QString &relative)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash/")
        + relative;
}

Json record(const QString &sample, int index)
{
    SampleReader reader;
    FileError error;
    if (!reader.open(sample, &error))
        qFatal("%s", qPrintable(error.toString()));
    Message message;
    for (int i = 0; i <= index; ++i)
        if (!reader.next(message, &error))
            qFatal("no record %d in %s", index, qPrintable(sample));
    return message.body;
}

Json run(const Mapping &mapping, const Json &body)
{
    const auto compiled = MappingCompiler::compile(mapping);
    if (compiled.expression.isEmpty())
        qFatal("%s", qPrintable(compiled.error.message));
    QString error;
    const auto expression = MessageExpression::compile(compiled.expression, &error);
    if (expression.isNull())
        qFatal("%s", qPrintable(error));
    Message message;
    message.body = body;
    return expression.evaluate(message).value_or(Json());
}

} // namespace

class tst_MappingRun : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void libraryFunctions_data();
    void libraryFunctions();
    void fhirSchemaIsImported();
};

void tst_MappingRun::examples_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected"); // JSON the result must contain

    QTest::addRow("FHIR patient to CRM contact")
        << "fhir-patient-to-crm-contact"
        << "samples/fhir-patient.json" << 0
        << QByteArray(R"({"contactId": "C-12345", "firstName": "Peter", "lastName": "Chalmers",
                          "email": "unknown@example.invalid", "phone": "(03) 3410 5613",
                          "emailConsent": "unknown", "country": "AU"})");
    QTest::addRow("shop order to ERP")
        << "shop-order-to-erp"
        << "samples/orders.json" << 0
        << QByteArray(R"({"externalReference": "A-1001", "customerName": "SMITH, JOHN",
                          "orderDate": "2026-11-20", "currency": "GBP", "totalAmount": 39.8,
                          "lines": [{"material": "SKU-TEE-BLK-M", "quantity": 2,
                                     "unitPrice": 19.9}]})");
    QTest::addRow("CRM contact to marketing")
        << "crm-contact-to-marketing"
        << "samples/contacts.csv" << 0
        << QByteArray(R"({"externalId": "C-2001", "firstName": "John", "lastName": "Smith",
                          "country": "GB", "emailOptIn": true})");
}

void tst_MappingRun::examples()
{
    QFETCH(QString, mapping);
    QFETCH(QString, sample);
    QFETCH(int, index);
    QFETCH(QByteArray, expected);

    FileError error;
    const auto loaded = Mapping::load(example("mappings/" + mapping + ".map.yaml"), &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    const Json result = run(*loaded, record(example(sample), index));
    const Json want = Json::parse(expected.constData());
    for (auto it = want.begin(); it != want.end(); ++it) {
        QVERIFY2(result.contains(it.key()), it.key().c_str());
        QCOMPARE(QString::fromStdString(result.at(it.key()).dump()),
                 QString::fromStdString(it.value().dump()));
    }

    // The example's mappings pass their own line checks.
    const auto source = Schema::load(example("schemas/" + loaded->source + ".schema.json"), &error);
    const auto target = Schema::load(example("schemas/" + loaded->target + ".schema.json"), &error);
    QVERIFY(source && target);
    const auto findings = MappingChecker::check(*loaded, &*source, &*target);
    QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
}

void tst_MappingRun::libraryFunctions_data()
{
    QTest::addColumn<QVariantMap>("function");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QByteArray>("expected");

    auto fn = [](const QString &name, QVariantMap args = {}) {
        args.insert(QStringLiteral("name"), name);
        return args;
    };
    QTest::addRow("sum") << fn("sum") << "items.price" << QByteArray("7.5");
    QTest::addRow("count") << fn("count") << "items" << QByteArray("3");
    QTest::addRow("join") << fn("join", { { "separator", "/" } }) << "tags"
                          << QByteArray("\"a/b\"");
    QTest::addRow("pad left") << fn("pad", { { "width", -6 }, { "character", "0" } }) << "code"
                              << QByteArray("\"000042\"");
    QTest::addRow("pad right") << fn("pad", { { "width", 4 } }) << "code" << QByteArray("\"42  \"");
    QVariantList cases { QVariantMap { { "when", "$value > 5" }, { "then", "\"big\"" } },
                         QVariantMap { { "when", "$value > 1" }, { "then", "\"some\"" } } };
    QTest::addRow("if/else") << fn("ifElse", { { "cases", cases }, { "else", "\"none\"" } }) << "n"
                             << QByteArray("\"some\"");
    QTest::addRow("if/else falls through")
        << fn("ifElse", { { "cases", QVariantList { cases.first() } }, { "else", "\"none\"" } })
        << "n" << QByteArray("\"none\"");
    QTest::addRow("lookup with default")
        << fn("lookup", { { "table", QVariantMap { { "x", "X" } } }, { "default", "?" } }) << "code"
        << QByteArray("\"?\"");
}

void tst_MappingRun::libraryFunctions()
{
    QFETCH(QVariantMap, function);
    QFETCH(QString, from);
    QFETCH(QByteArray, expected);

    MappingRule rule;
    rule.target = QStringLiteral("out");
    rule.from = from;
    rule.function = function;
    Mapping mapping;
    mapping.rules = { rule };
    const Json body = Json::parse(R"({"items": [{"price": 1.5}, {"price": 2}, {"price": 4}],
        "tags": ["a", "b"], "code": "42", "n": 3})");
    const Json result = run(mapping, body);
    QCOMPARE(QString::fromStdString(result.at("out").dump()),
             QString::fromStdString(Json::parse(expected.constData()).dump()));
}

void tst_MappingRun::fhirSchemaIsImported()
{
    // schemas/fhir-patient.schema.json is what our importer infers from the FHIR R4 Patient
    // example (../shared/data/schemas), the sample the example project keeps.
    FileError error;
    const auto inferred
        = SchemaImporter::fromJsonSample(example("samples/fhir-patient.json"), &error);
    QVERIFY2(inferred, qPrintable(error.toString()));
    const auto kept = Schema::load(example("schemas/fhir-patient.schema.json"), &error);
    QVERIFY2(kept, qPrintable(error.toString()));
    if (kept->raw != *inferred)
        qWarning().noquote() << QString::fromStdString(inferred->dump(2));
    QVERIFY(kept->raw == *inferred);
    QVERIFY(kept->field(QStringLiteral("name.family")));
    QVERIFY(kept->field(QStringLiteral("name"))->isArray);
    QVERIFY(kept->field(QStringLiteral("name.given"))->isArray);
}

QTEST_GUILESS_MAIN(tst_MappingRun)
#include "tst_mappingrun.moc"
