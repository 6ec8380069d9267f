// Schema import in the studio, offscreen: File › Import Schema… on a copy of the example
// project (the dialog reads the petstore, one component is ticked, the id is typed and
// checked live, Import writes the file, the explorer lists it), a mapping from the imported
// schema mapped by the mapper's API, and "Infer Schema from Sample…" in the mapper for a
// mapping whose source schema does not exist yet.

#include "editors/mapping/mappingeditor.h"
#include "editors/mapping/mappinglinesoverlay.h"
#include "editors/mapping/schematree.h"
#include "editors/schema/importschemadialog.h"
#include "editors/schema/schemafieldtree.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/projectexplorer.h"
#include "model/documents/mappingdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Flowsmith;

namespace {

const QString exampleSource = QStringLiteral(FLOWSMITH_SOURCE_DIR)
    + QStringLiteral("/resources/examples/retail-order-to-cash");

QString shared(const char *name)
{
    return QStringLiteral(FLOWSMITH_SHARED_DIR "/data/") + QLatin1String(name);
}

QString local(const char *name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/schemaimport/") + QLatin1String(name);
}

const char *const Petstore = "schemas/OAI__OpenAPI-Specification__v3.0__petstore.yaml";

// A window whose errors the test records instead of a person reading them.
class TestWindow : public MainWindow
{
public:
    QStringList errors;

protected:
    SaveChoice askToSave(const QStringList &) override { return SaveChoice::Discard; }
    void showError(const QString &, const QString &message) override { errors << message; }
};

bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QTreeWidgetItem *fieldItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> found
        = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

// Replaces the id field's text the way typing does (textEdited, not setText).
void typeId(ImportSchemaDialog *dialog, const QString &text)
{
    QLineEdit *edit = dialog->idEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_ImportSchemaDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importThroughTheMenuAndMap();
    void readsEveryKind_data();
    void readsEveryKind();
    void existingIdNeedsReplace();
    void inferFromSampleInTheMapper_data();
    void inferFromSampleInTheMapper();
    void inferFromBrokenSampleSaysWhere();
    void screenshot();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_ImportSchemaDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("FlowsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importschemadialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_ImportSchemaDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("retail-order-to-cash"));
    QVERIFY(copyFolder(exampleSource, m_project));
}

void tst_ImportSchemaDialog::cleanup()
{
    m_dir.reset();
}

void tst_ImportSchemaDialog::importThroughTheMenuAndMap()
{
    TestWindow window;
    window.resize(1400, 900);
    window.show();
    auto *importAction = window.findChild<QAction *>(QStringLiteral("actionImportSchema"));
    QVERIFY(importAction);
    QVERIFY(!importAction->isEnabled()); // no project yet
    FileError error;
    QVERIFY2(window.openProject(m_project, &error), qPrintable(error.toString()));
    QVERIFY(importAction->isEnabled());

    importAction->trigger();
    auto *dialog = window.findChild<ImportSchemaDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->canImport());

    dialog->setFilePath(shared(Petstore));
    QCOMPARE(dialog->kind(), SchemaImportJob::Kind::OpenApi);
    QTreeWidget *components = dialog->componentList();
    QVERIFY(components->isVisible());
    QCOMPARE(components->topLevelItemCount(), 3);
    QStringList names;
    for (int i = 0; i < components->topLevelItemCount(); ++i) {
        names << components->topLevelItem(i)->text(ImportSchemaDialog::NameColumn);
        QCOMPARE(components->topLevelItem(i)->checkState(0), Qt::Unchecked);
    }
    QCOMPARE(names, QStringList({ "Pet", "Pets", "Error" }));
    QVERIFY(!dialog->canImport()); // several components: nothing is chosen for the user

    // Ticking Pet shows its fields as they will be written.
    components->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QTreeWidget *fields = dialog->fieldTree();
    QCOMPARE(fields->topLevelItemCount(), 3);
    QTreeWidgetItem *id = fieldItem(fields, "id");
    QVERIFY(id);
    QCOMPARE(id->text(SchemaFieldTree::TypeColumn), QStringLiteral("integer"));
    QCOMPARE(id->text(SchemaFieldTree::RequiredColumn), QStringLiteral("required"));
    QCOMPARE(id->text(SchemaFieldTree::FormatColumn), QStringLiteral("int64"));
    QCOMPARE(fieldItem(fields, "tag")->text(SchemaFieldTree::RequiredColumn), QString());
    QCOMPARE(dialog->idEdit()->text(), QStringLiteral("pet"));
    QVERIFY(dialog->canImport());
    QVERIFY(dialog->statusLabel()->text().contains("schemas/pet.schema.json"));

    // The id is checked as it is typed.
    typeId(dialog, QStringLiteral("Pet Store"));
    QVERIFY(!dialog->canImport());
    QVERIFY2(dialog->statusLabel()->text().contains("not an id"),
             qPrintable(dialog->statusLabel()->text()));
    typeId(dialog, QStringLiteral("petstore-pet"));
    QVERIFY(dialog->canImport());
    QCOMPARE(dialog->entries().size(), 1);
    QCOMPARE(dialog->entries().first().id, QStringLiteral("petstore-pet"));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    const QString relative = QStringLiteral("schemas/petstore-pet.schema.json");
    const QJsonObject written = readJson(m_project + u'/' + relative);
    QCOMPARE(written.value("title").toString(), QStringLiteral("Pet"));
    QCOMPARE(written.value("properties").toObject().keys(), QStringList({ "id", "name", "tag" }));
    QVERIFY(window.projectExplorer()->itemFor(relative));
    QVERIFY(window.errors.isEmpty());

    // A mapping from the imported schema, mapped by the mapper's API.
    QVERIFY(writeFile(m_project + "/mappings/pet-to-contact.map.yaml",
                      "flowsmith: 1\nid: pet-to-contact\nsource: petstore-pet\n"
                      "target: crm-contact\nrules: []\n"));
    window.projectExplorer()->rescan();
    auto *mapper = qobject_cast<MappingEditor *>(
        window.openFile(QStringLiteral("mappings/pet-to-contact.map.yaml")));
    QVERIFY(mapper);
    QVERIFY(mapper->sourceSchema());
    QVERIFY(mapper->sourceTree()->item(QStringLiteral("name")));
    QVERIFY(!mapper->inferSchemaButton()->isVisible());
    mapper->mapFields({ QStringLiteral("name") }, QStringLiteral("lastName"));
    const QList<MappingRule> &rules = mapper->document()->mapping().rules;
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().target, QStringLiteral("lastName"));
    QCOMPARE(rules.first().from, QStringLiteral("name"));
    // The new line checks: string onto string (other findings are the unmapped required
    // fields of the target).
    for (const MappingFinding &finding : mapper->findings())
        QVERIFY2(finding.rulePath != QList<int> { 0 }, qPrintable(finding.message));
    QCOMPARE(mapper->linesOverlay()->lines().size(), 1);
}

void tst_ImportSchemaDialog::readsEveryKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind"); ///< -1: the file cannot be read
    QTest::addColumn<int>("components"); ///< 0: one schema, no list
    QTest::addColumn<QString>("field"); ///< a top-level field of the first component
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");

    QTest::addRow("asyncapi") << shared("asyncapi/asyncapi__spec__streetlights-kafka-asyncapi.yml")
                              << int(SchemaImportJob::Kind::AsyncApi) << 3 << "lumens"
                              << "light-measured"
                              << "";
    QTest::addRow("json schema") << shared("schemas/gflohr__e-invoice-eu__ubl-invoice.schema.json")
                                 << int(SchemaImportJob::Kind::JsonSchema) << 0 << "ubl:Invoice"
                                 << "gflohr-e-invoice-eu-ubl-invoice"
                                 << "";
    QTest::addRow("json sample") << shared(
        "schemas/fhir-crucible__fhir_models__R4__patient-example.json")
                                 << int(SchemaImportJob::Kind::Sample) << 0 << "birthDate"
                                 << "fhir-crucible-fhir-models-r4-patient-example"
                                 << "";
    QTest::addRow("csv with ';'") << local("samples/kunden-semikolon.csv")
                                  << int(SchemaImportJob::Kind::Sample) << 0 << "名前"
                                  << "kunden-semikolon"
                                  << "";
    QTest::addRow("broken YAML") << local("bad/broken-openapi.yaml") << -1 << 0 << ""
                                 << ""
                                 << "broken-openapi.yaml:8:1";
    QTest::addRow("cycle") << local("bad/cycle-openapi.yaml") << int(SchemaImportJob::Kind::OpenApi)
                           << 4 << ""
                           << "account"
                           << "reference cycle";
    QTest::addRow("missing file") << local("bad/absent.json") << -1 << 0 << ""
                                  << ""
                                  << "absent.json";
}

void tst_ImportSchemaDialog::readsEveryKind()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, components);
    QFETCH(QString, field);
    QFETCH(QString, id);
    QFETCH(QString, error);
    ImportSchemaDialog dialog(m_project);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.fileEdit()->setFocus();
    QTest::keyClicks(dialog.fileEdit(), file);
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
    if (kind < 0) {
        QVERIFY(!dialog.kind());
    } else {
        QCOMPARE(int(*dialog.kind()), kind);
        QCOMPARE(dialog.kindBox()->currentData().toInt(), kind);
    }
    QCOMPARE(dialog.componentList()->isVisible(), components > 0);
    QCOMPARE(dialog.componentList()->topLevelItemCount(), components);
    if (!field.isEmpty())
        QVERIFY2(fieldItem(dialog.fieldTree(), field), qPrintable(field));
    QCOMPARE(dialog.idEdit()->text(), id);
    if (error.isEmpty()) {
        QVERIFY2(!dialog.errorLabel()->isVisible(), qPrintable(dialog.errorLabel()->text()));
    } else {
        // A component that does not build says why once it is ticked.
        if (components > 0)
            dialog.setComponentChecked(dialog.componentList()->topLevelItem(0)->text(0), true);
        const QString text = dialog.errorLabel()->text() + dialog.statusLabel()->text();
        QVERIFY2(text.contains(error), qPrintable(text));
        QVERIFY(!dialog.canImport());
    }
    // One schema files are chosen as they are: Import is ready at once.
    QCOMPARE(dialog.canImport(), kind >= 0 && components == 0);
}

void tst_ImportSchemaDialog::existingIdNeedsReplace()
{
    const QString target = m_project + QStringLiteral("/schemas/shop-order.schema.json");
    const QJsonObject before = readJson(target);
    ImportSchemaDialog dialog(m_project);
    dialog.setFilePath(shared(Petstore));
    QVERIFY(dialog.setComponentChecked(QStringLiteral("Error"), true));
    QVERIFY(!dialog.replaceBox()->isVisibleTo(&dialog));
    typeId(&dialog, QStringLiteral("shop-order"));
    QVERIFY(dialog.replaceBox()->isVisibleTo(&dialog));
    QVERIFY(!dialog.canImport());
    QVERIFY2(dialog.statusLabel()->text().contains("schemas/shop-order.schema.json already exists"),
             qPrintable(dialog.statusLabel()->text()));
    // Two components under one id are refused too.
    QVERIFY(dialog.setComponentChecked(QStringLiteral("Pet"), true));
    typeId(&dialog, QStringLiteral("shop-order"));
    QVERIFY(dialog.statusLabel()->text().contains("would both be written"));
    QVERIFY(dialog.setComponentChecked(QStringLiteral("Pet"), false));
    QCOMPARE(readJson(target), before);

    dialog.replaceBox()->setChecked(true);
    QVERIFY(dialog.canImport());
    QSignalSpy written(&dialog, &ImportSchemaDialog::schemasWritten);
    dialog.accept();
    QCOMPARE(written.count(), 1);
    QCOMPARE(dialog.writtenFiles(), QStringList { "schemas/shop-order.schema.json" });
    QCOMPARE(readJson(target).value("title").toString(), QStringLiteral("Error"));
}

void tst_ImportSchemaDialog::inferFromSampleInTheMapper_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("field"); ///< a source field to map onto customerName
    QTest::addColumn<int>("topLevelFields");
    QTest::addRow("json array of orders")
        << exampleSource + QStringLiteral("/samples/orders.json") << "orderId" << 8;
    QTest::addRow("messy ndjson") << local("samples/messy.ndjson") << "Straße" << 8;
    QTest::addRow("csv with ';'") << local("samples/kunden-semikolon.csv") << "名前" << 7;
}

void tst_ImportSchemaDialog::inferFromSampleInTheMapper()
{
    QFETCH(QString, sample);
    QFETCH(QString, field);
    QFETCH(int, topLevelFields);
    QVERIFY(writeFile(m_project + "/mappings/web-to-erp.map.yaml",
                      "flowsmith: 1\nid: web-to-erp\nsource: web-order\n"
                      "target: erp-sales-order\nrules: []\n"));
    TestWindow window;
    window.resize(1400, 900);
    window.show();
    FileError error;
    QVERIFY2(window.openProject(m_project, &error), qPrintable(error.toString()));
    auto *mapper = qobject_cast<MappingEditor *>(
        window.openFile(QStringLiteral("mappings/web-to-erp.map.yaml")));
    QVERIFY(mapper);
    QVERIFY(!mapper->sourceSchema());
    QVERIFY(mapper->inferSchemaButton()->isVisible());

    QString message;
    QVERIFY2(mapper->inferSourceSchema(sample, &message), qPrintable(message));
    const QString relative = QStringLiteral("schemas/web-order.schema.json");
    QVERIFY(QFileInfo::exists(m_project + u'/' + relative));
    QVERIFY(mapper->sourceSchema());
    QCOMPARE(int(mapper->sourceSchema()->root.children.size()), topLevelFields);
    QVERIFY(mapper->sourceTree()->item(field));
    QVERIFY(!mapper->inferSchemaButton()->isVisible());
    // The explorer watches schemas/ and lists the new file by itself.
    QTRY_VERIFY_WITH_TIMEOUT(window.projectExplorer()->itemFor(relative), 5000);

    mapper->mapFields({ field }, QStringLiteral("customerName"));
    QCOMPARE(mapper->document()->mapping().rules.size(), 1);
    QCOMPARE(mapper->document()->mapping().rules.first().from, field);
}

void tst_ImportSchemaDialog::inferFromBrokenSampleSaysWhere()
{
    QVERIFY(writeFile(m_project + "/mappings/web-to-erp.map.yaml",
                      "flowsmith: 1\nid: web-to-erp\nsource: web-order\n"
                      "target: erp-sales-order\nrules: []\n"));
    MappingEditor mapper;
    QString message;
    QVERIFY2(mapper.load(m_project + "/mappings/web-to-erp.map.yaml", &message),
             qPrintable(message));
    QVERIFY(!mapper.inferSourceSchema(local("bad/broken.ndjson"), &message));
    QVERIFY2(message.contains("broken.ndjson:4"), qPrintable(message));
    QVERIFY(!QFileInfo::exists(m_project + "/schemas/web-order.schema.json"));
    QVERIFY(!mapper.sourceSchema());
    QVERIFY(!mapper.inferSchemaButton()->isHidden());
}

void tst_ImportSchemaDialog::screenshot()
{
    // For people to look at: FLOWSMITH_SCREENSHOT_DIR=/tmp/shots saves the dialog, and
    // FLOWSMITH_SCREENSHOT_WAIT=ms keeps it on screen (for a grab of the whole display).
    const QString dir = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set FLOWSMITH_SCREENSHOT_DIR to take a screenshot");
    TestWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(window.openProject(m_project));
    window.findChild<QAction *>(QStringLiteral("actionImportSchema"))->trigger();
    auto *dialog = window.findChild<ImportSchemaDialog *>();
    QVERIFY(dialog);
    dialog->setFilePath(shared(Petstore));
    QVERIFY(dialog->setComponentChecked(QStringLiteral("Pet"), true));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(300);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/importschema-dialog.png")));
    QTest::qWait(qEnvironmentVariableIntValue("FLOWSMITH_SCREENSHOT_WAIT"));
}

QTEST_MAIN(tst_ImportSchemaDialog)
#include "tst_importschemadialog.moc"
