// flowsmith-cli import-schema, run as a user runs it: every shared schema and API document
// imported into a fresh copy of the example project, the fields of what was written counted,
// the project still valid; and the ways an import is refused.

#include "tests/common/clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Flowsmith::Test::cliPath;
using Flowsmith::Test::copyTree;

namespace {

QString shared(const char *name)
{
    return QStringLiteral(FLOWSMITH_SHARED_DIR "/data/") + QLatin1String(name);
}

QString local(const char *name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/schemaimport/") + QLatin1String(name);
}

const char *const Petstore = "schemas/OAI__OpenAPI-Specification__v3.0__petstore.yaml";
const char *const Expanded = "schemas/OAI__OpenAPI-Specification__v3.0__petstore-expanded.yaml";
const char *const Kafka = "asyncapi/asyncapi__spec__streetlights-kafka-asyncapi.yml";
const char *const Mqtt = "asyncapi/asyncapi__spec__streetlights-mqtt-asyncapi.yml";
const char *const Fhir = "schemas/fhir-crucible__fhir_models__R4__patient-example.json";
const char *const Invoice = "schemas/gflohr__e-invoice-eu__default-invoice.json";
const char *const Ubl = "schemas/gflohr__e-invoice-eu__ubl-invoice.schema.json";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// A fresh copy of the example project (it validates with warnings only).
QString freshProject(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("project"));
    if (!copyTree(QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash"),
                  folder))
        return {};
    return folder;
}

// Properties a schema declares, counted through every schema keyword and `$defs`, never
// through data (enum, const, examples, default), whose objects only look like schemas.
int countProperties(const QJsonValue &value)
{
    static const QStringList data = { "enum", "const", "examples", "example", "default" };
    static const QStringList maps
        = { "$defs", "definitions", "patternProperties", "dependentSchemas" };
    int count = 0;
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            count += countProperties(element);
        return count;
    }
    if (!value.isObject())
        return 0;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == QLatin1String("properties") || maps.contains(it.key()))
            && it->isObject()) {
            const QJsonObject members = it->toObject();
            if (it.key() == QLatin1String("properties"))
                count += int(members.size());
            for (const QJsonValue &member : members)
                count += countProperties(member);
        } else if (!data.contains(it.key())) {
            count += countProperties(*it);
        }
    }
    return count;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList schemaFiles(const QString &project)
{
    return QDir(project + QStringLiteral("/schemas")).entryList(QDir::Files, QDir::Name);
}

} // namespace

class tst_ImportSchemaCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void imports_data();
    void imports();
    void importAll_data();
    void importAll();
    void forceReplaces();
    void refused_data();
    void refused();
    void help();
};

void tst_ImportSchemaCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void tst_ImportSchemaCli::imports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("properties");
    QTest::addColumn<int>("defs");
    QTest::addColumn<QString>("field"); ///< a property of the root, to see the right schema

    // Counted by hand from the source files: Pet has id, name, tag; Pets is an array of Pet,
    // which comes along in $defs; Error has code and message.
    QTest::addRow("petstore Pet") << shared(Petstore) << QStringList { "--name", "Pet" }
                                  << "schemas/pet.schema.json" << 3 << 0 << "tag";
    QTest::addRow("petstore Pets") << shared(Petstore) << QStringList { "--name", "Pets" }
                                   << "schemas/pets.schema.json" << 3 << 1 << "";
    QTest::addRow("petstore Error --id")
        << shared(Petstore) << QStringList { "--name", "Error", "--id", "pet-error" }
        << "schemas/pet-error.schema.json" << 2 << 0 << "code";
    // petstore-expanded: Pet is allOf [NewPet (name, tag), {id}], NewPet name and tag.
    QTest::addRow("expanded Pet") << shared(Expanded) << QStringList { "--name", "Pet" }
                                  << "schemas/pet.schema.json" << 3 << 1 << "";
    QTest::addRow("expanded NewPet") << shared(Expanded) << QStringList { "--name", "NewPet" }
                                     << "schemas/new-pet.schema.json" << 2 << 0 << "name";
    QTest::addRow("expanded Error --kind")
        << shared(Expanded) << QStringList { "--name", "Error", "--kind", "openapi" }
        << "schemas/error.schema.json" << 2 << 0 << "message";
    // Streetlights: every payload has its own field and sentAt, a shared schema in $defs.
    for (const char *file : { Kafka, Mqtt }) {
        const char *transport = file == Kafka ? "kafka" : "mqtt";
        QTest::addRow("%s lightMeasured", transport)
            << shared(file) << QStringList { "--name", "lightMeasured" }
            << "schemas/light-measured.schema.json" << 2 << 1 << "lumens";
        QTest::addRow("%s turnOnOff", transport)
            << shared(file) << QStringList { "--name", "turnOnOff" }
            << "schemas/turn-on-off.schema.json" << 2 << 1 << "command";
        QTest::addRow("%s dimLight", transport)
            << shared(file) << QStringList { "--name", "dimLight" }
            << "schemas/dim-light.schema.json" << 2 << 1 << "percentage";
    }
    // The larger files were counted once with a separate Python walk over the sources (the
    // same rule as countProperties; for samples, the distinct keys per place, array elements
    // merged): FHIR Patient 81, the UBL invoice instance 138, the UBL JSON Schema 278 with
    // $defs codeLists and dataTypes.
    QTest::addRow("fhir patient sample") << shared(Fhir) << QStringList { "--id", "patient" }
                                         << "schemas/patient.schema.json" << 81 << 0 << "birthDate";
    QTest::addRow("invoice sample (id from the file name)")
        << shared(Invoice) << QStringList {}
        << "schemas/gflohr-e-invoice-eu-default-invoice.schema.json" << 138 << 0 << "ubl:Invoice";
    QTest::addRow("ubl json schema")
        << shared(Ubl) << QStringList { "--kind", "jsonschema" }
        << "schemas/gflohr-e-invoice-eu-ubl-invoice.schema.json" << 278 << 2 << "ubl:Invoice";
    // Messy samples: ';'-separated CSV with CRLF, non-Latin headers, numbers as text, empty
    // cells (7 columns); NDJSON with nulls, numbers as text, empty arrays, a blank line and
    // non-Latin keys: id, 名前, Straße, tags, amount, address{city, zip},
    // extra{nested{deep}}, lines[{sku, qty}] = 8 + 2 + 1 + 1 + 2.
    QTest::addRow("csv with ';'") << local("samples/kunden-semikolon.csv") << QStringList {}
                                  << "schemas/kunden-semikolon.schema.json" << 7 << 0 << "Straße";
    QTest::addRow("ndjson messy") << local("samples/messy.ndjson")
                                  << QStringList { "--kind", "sample" }
                                  << "schemas/messy.schema.json" << 14 << 0 << "名前";
}

void tst_ImportSchemaCli::imports()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, written);
    QFETCH(int, properties);
    QFETCH(int, defs);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString project = freshProject(dir);
    QVERIFY(!project.isEmpty());
    const QStringList before = schemaFiles(project);

    const Run result = run(QStringList { "import-schema", project, "--from", file } + options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, written + u'\n');
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(schemaFiles(project).size(), before.size() + 1);

    const QString path = QDir(project).filePath(written);
    QFile bytes(path);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray text = bytes.readAll();
    QVERIFY2(text.startsWith("{\n  \"$schema\": "), text.left(80).constData());
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(!text.contains("\"$ref\": \"http")); // bundled: nothing points outside
    const QJsonObject schema = readJson(path);
    QCOMPARE(countProperties(schema), properties);
    const QJsonObject defsObject
        = schema.value(schema.contains("definitions") ? "definitions" : "$defs").toObject();
    QCOMPARE(int(defsObject.size()), defs);
    if (!field.isEmpty())
        QVERIFY2(schema.value("properties").toObject().contains(field), qPrintable(field));

    const Run validate = run({ "validate", project });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    QVERIFY2(validate.out.contains("0 error(s)"), qPrintable(validate.out));
}

void tst_ImportSchemaCli::importAll_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("written");
    QTest::addRow("petstore") << shared(Petstore)
                              << QStringList { "schemas/pet.schema.json",
                                               "schemas/pets.schema.json",
                                               "schemas/error.schema.json" };
    QTest::addRow("petstore-expanded")
        << shared(Expanded)
        << QStringList { "schemas/pet.schema.json", "schemas/new-pet.schema.json",
                         "schemas/error.schema.json" };
    QTest::addRow("kafka") << shared(Kafka)
                           << QStringList { "schemas/light-measured.schema.json",
                                            "schemas/turn-on-off.schema.json",
                                            "schemas/dim-light.schema.json" };
    QTest::addRow("mqtt") << shared(Mqtt)
                          << QStringList { "schemas/light-measured.schema.json",
                                           "schemas/turn-on-off.schema.json",
                                           "schemas/dim-light.schema.json" };
}

void tst_ImportSchemaCli::importAll()
{
    QFETCH(QString, file);
    QFETCH(QStringList, written);
    QTemporaryDir dir;
    const QString project = freshProject(dir);
    const Run result = run({ "import-schema", project, "--from", file, "--all" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts), written);
    for (const QString &path : written)
        QVERIFY2(countProperties(readJson(QDir(project).filePath(path))) >= 2, qPrintable(path));
    const Run validate = run({ "validate", project });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
}

void tst_ImportSchemaCli::forceReplaces()
{
    QTemporaryDir dir;
    const QString project = freshProject(dir);
    const QString target = project + QStringLiteral("/schemas/pet.schema.json");
    QCOMPARE(
        run({ "import-schema", project, "--from", shared(Petstore), "--name", "Pet" }).exitCode, 0);
    // The same id from another file: refused, then replaced when asked to.
    const Run refused
        = run({ "import-schema", project, "--from", shared(Expanded), "--name", "Pet" });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("pet.schema.json") && refused.err.contains("--force"),
             qPrintable(refused.err));
    QCOMPARE(countProperties(readJson(target)), 3);
    QVERIFY(!readJson(target).contains("allOf"));
    const Run forced
        = run({ "import-schema", project, "--from", shared(Expanded), "--name", "Pet", "--force" });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(readJson(target).contains("allOf"));
}

void tst_ImportSchemaCli::refused_data()
{
    QTest::addColumn<QStringList>("setup"); ///< an import run first
    QTest::addColumn<QStringList>("options"); ///< after "import-schema PROJECT"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderr"); ///< texts the error must hold

    QTest::addRow("existing schema without --force")
        << QStringList { "--from", shared(Petstore), "--name", "Pets" }
        << QStringList { "--from", shared(Petstore), "--name", "Pets" } << 2
        << QStringList { "schemas/pets.schema.json:", "already exists", "--force" };
    QTest::addRow("several components, no --name")
        << QStringList {} << QStringList { "--from", shared(Petstore) } << 2
        << QStringList { "petstore.yaml: ", "3 components", "--name", "--all", "Pet, Pets, Error" };
    QTest::addRow("several messages, no --name")
        << QStringList {} << QStringList { "--from", shared(Kafka) } << 2
        << QStringList { "lightMeasured, turnOnOff, dimLight" };
    QTest::addRow("unknown component")
        << QStringList {} << QStringList { "--from", shared(Petstore), "--name", "Dog" } << 2
        << QStringList { "no component named 'Dog'", "Pet, Pets, Error" };
    QTest::addRow("broken YAML") << QStringList {}
                                 << QStringList { "--from", local("bad/broken-openapi.yaml") } << 2
                                 << QStringList { "broken-openapi.yaml:8:1: FS003" };
    QTest::addRow("$ref cycle")
        << QStringList {}
        << QStringList { "--from", local("bad/cycle-openapi.yaml"), "--name", "Account" } << 2
        << QStringList { "cycle-openapi.yaml:9:14: FS014",
                         "'#/components/schemas/Account' is a reference cycle" };
    QTest::addRow("$ref cycle through a property")
        << QStringList {} << QStringList { "--from", local("bad/cycle-openapi.yaml"), "--all" } << 2
        << QStringList { "cycle-openapi.yaml:9:14: FS014", "reference cycle" };
    QTest::addRow("$ref cycle (JSON Schema)")
        << QStringList {} << QStringList { "--from", local("bad/cycle.schema.json") } << 2
        << QStringList { "cycle.schema.json:5:", "reference cycle" };
    QTest::addRow("missing file") << QStringList {}
                                  << QStringList { "--from", local("bad/absent.yaml") } << 2
                                  << QStringList { "absent.yaml: FS001" };
    QTest::addRow("id with a space")
        << QStringList {} << QStringList { "--from", shared(Fhir), "--id", "Bad Id" } << 2
        << QStringList { "--id", "'Bad Id' is not an id" };
    QTest::addRow("id in Chinese script")
        << QStringList {} << QStringList { "--from", shared(Fhir), "--id", "名前" } << 2
        << QStringList { "'名前' is not an id" };
    QTest::addRow("id that climbs out of schemas/")
        << QStringList {} << QStringList { "--from", shared(Fhir), "--id", "../flowsmith" } << 2
        << QStringList { "is not an id" };
    QTest::addRow("--name on a sample")
        << QStringList {} << QStringList { "--from", shared(Fhir), "--name", "Patient" } << 2
        << QStringList { "--name picks a component", "sample" };
    QTest::addRow("unknown kind") << QStringList {}
                                  << QStringList { "--from", shared(Fhir), "--kind", "xsd" } << 2
                                  << QStringList { "unknown kind 'xsd'",
                                                   "jsonschema, openapi, asyncapi, sample" };
    QTest::addRow("--all with --id")
        << QStringList {} << QStringList { "--from", shared(Petstore), "--all", "--id", "x" } << 2
        << QStringList { "--id names one schema" };
    QTest::addRow("not OpenAPI when told so")
        << QStringList {} << QStringList { "--from", shared(Fhir), "--kind", "openapi" } << 2
        << QStringList { "patient-example.json:1:1: FS013", "not an OpenAPI 3 document" };
    QTest::addRow("no --from") << QStringList {} << QStringList {} << 2
                               << QStringList { "Usage: flowsmith-cli import-schema" };
    QTest::addRow("CSV with a ragged row")
        << QStringList {} << QStringList { "--from", local("bad/wide.csv") } << 2
        << QStringList { "wide.csv:3" };
}

void tst_ImportSchemaCli::refused()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderr);
    QTemporaryDir dir;
    const QString project = freshProject(dir);
    if (!setup.isEmpty())
        QCOMPARE(run(QStringList { "import-schema", project } + setup).exitCode, 0);
    QMap<QString, QByteArray> before;
    for (const QString &name : schemaFiles(project)) {
        QFile file(project + QStringLiteral("/schemas/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        before.insert(name, file.readAll());
    }

    const Run result = run(QStringList { "import-schema", project } + options);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    for (const QString &text : stderr)
        QVERIFY2(result.err.contains(text), qPrintable(result.err));
    // Nothing was written or changed.
    QCOMPARE(schemaFiles(project), QStringList(before.keys()));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QFile file(project + QStringLiteral("/schemas/") + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), it.value());
    }
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("/flowsmith.schema.json")));
}

void tst_ImportSchemaCli::help()
{
    const Run result = run({ "import-schema", "--help" });
    QCOMPARE(result.exitCode, 0);
    for (const char *text :
         { "--from FILE", "--kind", "--name COMPONENT", "--all", "--force", "Exit status" })
        QVERIFY2(result.out.contains(QLatin1String(text)), text);
    const Run usage = run({ "--help" });
    QVERIFY(usage.out.contains("import-schema"));
}

QTEST_GUILESS_MAIN(tst_ImportSchemaCli)
#include "tst_importschemacli.moc"
