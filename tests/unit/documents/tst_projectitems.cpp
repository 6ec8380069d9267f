// Project-level edits (model/project): each create, rename, duplicate and delete is done,
// undone (every file's bytes back as loaded, created files gone) and redone; references are
// found for every kind; refusals write nothing. All on a copy of the retail example.
#include "model/core/project.h"
#include "model/project/projectitems.h"
#include "model/project/projectreferences.h"
#include "tests/common/clirunner.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Flowsmith;

namespace {

using Snapshot = QMap<QString, QByteArray>;

Snapshot snapshot(const QString &folder)
{
    Snapshot result;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return result;
}

// A messy CSV: semicolons, a BOM, non-Latin names, a no-break space, numbers as text, an
// empty cell.
const QByteArray MessyCsv = "\xEF\xBB\xBF"
                            "id;name;postalCode;total\n"
                            "1;Zoë Ångström;01067;\"12,50\"\n"
                            "2;山田\xC2\xA0太郎;;007\n";
const QByteArray MessyNdjson = "{\"orderId\": \"A-1\", \"customer\": {\"name\": \"Łukasz\"}}\n"
                               "\n"
                               "{\"orderId\": \"A-2\", \"total\": \"39.80\", \"note\": null}\n";

} // namespace

class TestProjectItems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commands_data();
    void commands();
    void references_data();
    void references();
    void refusals_data();
    void refusals();
    void changedOnDiskIsNotOverwritten();

private:
    ProjectFilesCommand *build(const QString &op, int kind, const QString &id, const QString &newId,
                               QString *error);
    QString writeInput(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_inputs;
    std::optional<Project> m_project;
};

void TestProjectItems::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_inputs = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::copyTree(Test::exampleProject(), m_dir->path()));
    FileError error;
    m_project = Project::open(m_dir->path(), &error);
    QVERIFY2(m_project, qPrintable(error.toString()));
}

QString TestProjectItems::writeInput(const QString &name, const QByteArray &bytes)
{
    const QString path = m_inputs->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ProjectFilesCommand *TestProjectItems::build(const QString &op, int kindValue, const QString &id,
                                             const QString &newId, QString *error)
{
    const auto kind = ProjectFileKind(kindValue);
    const Project &p = *m_project;
    if (op == u"newFlow")
        return ProjectItems::newFlow(p, id, newId, error);
    if (op == u"newMapping") // newId: "source target"
        return ProjectItems::newMapping(p, id, QStringLiteral("Bestellung → Kontakt"),
                                        newId.section(u' ', 0, 0), newId.section(u' ', 1, 1),
                                        error);
    if (op == u"newTestSuite")
        return ProjectItems::newTestSuite(p, id, error);
    if (op == u"newSchema")
        return ProjectItems::newSchema(p, id, newId, error);
    if (op == u"addCsv")
        return ProjectItems::addSample(p, writeInput(QStringLiteral("export.csv"), MessyCsv), id,
                                       error);
    if (op == u"addNdjson")
        return ProjectItems::addSample(p, writeInput(QStringLiteral("o.ndjson"), MessyNdjson), id,
                                       error);
    if (op == u"addBrokenJson")
        return ProjectItems::addSample(
            p, writeInput(QStringLiteral("broken.json"), "{\n  \"a\": 1,\n  \"b\": tru\n}\n"), id,
            error);
    if (op == u"addBrokenNdjson")
        return ProjectItems::addSample(
            p, writeInput(QStringLiteral("broken.ndjson"), "{\"a\": 1}\n\n{\"a\": }\n"), id, error);
    if (op == u"addBrokenCsv")
        return ProjectItems::addSample(
            p, writeInput(QStringLiteral("broken.csv"), "a,b\n1,2\n3,4,5\n"), id, error);
    if (op == u"rename")
        return ProjectItems::rename(p, kind, id, newId, error);
    if (op == u"duplicate")
        return ProjectItems::duplicate(p, kind, id, newId, error);
    if (op == u"remove")
        return ProjectItems::remove(p, kind, id, error);
    return nullptr;
}

void TestProjectItems::commands_data()
{
    QTest::addColumn<QString>("prepareRemove"); // a file removed from the copy first
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newId");
    QTest::addColumn<QStringList>("created");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("mentions"); // "path|text" the file holds afterwards

    const int flow = int(ProjectFileKind::Flow);
    const int schema = int(ProjectFileKind::Schema);
    const int mapping = int(ProjectFileKind::Mapping);
    const int sample = int(ProjectFileKind::Sample);
    const int suite = int(ProjectFileKind::TestSuite);
    using L = QStringList;

    QTest::newRow("new flow") << ""
                              << "newFlow" << flow << "refund-sync"
                              << QStringLiteral("Rückerstattung\u00A0Sync")
                              << L { "flows/refund-sync.flow.yaml" } << L {}
                              << L { "flows/refund-sync.flow.yaml|id: refund-sync",
                                     "flows/refund-sync.flow.yaml|Rückerstattung" };
    QTest::newRow("new mapping") << ""
                                 << "newMapping" << mapping << "order-to-contact"
                                 << "shop-order crm-contact"
                                 << L { "mappings/order-to-contact.map.yaml" } << L {}
                                 << L { "mappings/order-to-contact.map.yaml|source: shop-order",
                                        "mappings/order-to-contact.map.yaml|target: crm-contact" };
    QTest::newRow("new test suite") << "tests/order-sync.test.yaml"
                                    << "newTestSuite" << suite << "order-sync"
                                    << "" << L { "tests/order-sync.test.yaml" } << L {}
                                    << L { "tests/order-sync.test.yaml|flow: order-sync" };
    QTest::newRow("new schema") << ""
                                << "newSchema" << schema << "refund"
                                << "Erstattung 返金" << L { "schemas/refund.schema.json" } << L {}
                                << L {
                                       "schemas/refund.schema.json|\"title\": \"Erstattung 返金\""
                                   };
    QTest::newRow("add csv sample")
        << ""
        << "addCsv" << sample << "export-de.csv"
        << "" << L { "samples/export-de.csv" } << L {} << L { "samples/export-de.csv|Ångström" };
    QTest::newRow("add ndjson sample, own name")
        << ""
        << "addNdjson" << sample << ""
        << "" << L { "samples/o.ndjson" } << L {} << L { "samples/o.ndjson|Łukasz" };
    QTest::newRow("rename schema used by a flow and a mapping")
        << ""
        << "rename" << schema << "shop-order"
        << "web-order" << L { "schemas/web-order.schema.json" }
        << L { "schemas/shop-order.schema.json" }
        << L { "flows/order-sync.flow.yaml|{schema: web-order}",
               "mappings/shop-order-to-erp.map.yaml|source: web-order" };
    QTest::newRow("rename schema used by three mappings")
        << ""
        << "rename" << schema << "wms-shipment-event"
        << "wms-dispatch" << L { "schemas/wms-dispatch.schema.json" }
        << L { "schemas/wms-shipment-event.schema.json" }
        << L { "mappings/shipment-to-tracking.map.yaml|source: wms-dispatch",
               "mappings/shipment-to-inventory.map.yaml|source: wms-dispatch",
               "mappings/shipment-to-notification.map.yaml|source: wms-dispatch",
               "flows/shipment-dispatched.flow.yaml|{schema: wms-dispatch}" };
    QTest::newRow("rename target schema")
        << ""
        << "rename" << schema << "crm-contact"
        << "crm-person" << L { "schemas/crm-person.schema.json" }
        << L { "schemas/crm-contact.schema.json" }
        << L { "mappings/crm-contact-to-marketing.map.yaml|source: crm-person",
               "mappings/fhir-patient-to-crm-contact.map.yaml|target: crm-person" };
    QTest::newRow("rename mapping") << ""
                                    << "rename" << mapping << "shop-order-to-erp"
                                    << "order-to-erp" << L { "mappings/order-to-erp.map.yaml" }
                                    << L { "mappings/shop-order-to-erp.map.yaml" }
                                    << L { "flows/order-sync.flow.yaml|{mapping: order-to-erp}",
                                           "mappings/order-to-erp.map.yaml|id: order-to-erp" };
    QTest::newRow("rename flow, its tests and capabilities follow")
        << ""
        << "rename" << flow << "order-sync"
        << "order-intake" << L { "flows/order-intake.flow.yaml", "tests/order-intake.test.yaml" }
        << L { "flows/order-sync.flow.yaml", "tests/order-sync.test.yaml" }
        << L { "flows/order-intake.flow.yaml|id: order-intake",
               "tests/order-intake.test.yaml|flow: order-intake",
               "tests/order-intake.test.yaml|id: order-intake",
               "capabilities.yaml|flows: [order-intake]",
               "capabilities.yaml|flows: [order-intake, contact-to-marketing]" };
    QTest::newRow("rename sample read by a test")
        << ""
        << "rename" << sample << "contacts.csv"
        << "crm-contacts.csv" << L { "samples/crm-contacts.csv" } << L { "samples/contacts.csv" }
        << L { "tests/contact-to-marketing.test.yaml|inputFile: samples/crm-contacts.csv" };
    QTest::newRow("rename test suite")
        << ""
        << "rename" << suite << "order-sync"
        << "order-sync-extra" << L { "tests/order-sync-extra.test.yaml" }
        << L { "tests/order-sync.test.yaml" }
        << L { "tests/order-sync-extra.test.yaml|flow: order-sync" };
    QTest::newRow("duplicate flow")
        << ""
        << "duplicate" << flow << "order-sync"
        << "order-sync-b2b" << L { "flows/order-sync-b2b.flow.yaml" } << L {}
        << L { "flows/order-sync-b2b.flow.yaml|id: order-sync-b2b",
               "flows/order-sync-b2b.flow.yaml|(copy)" };
    QTest::newRow("duplicate mapping")
        << ""
        << "duplicate" << mapping << "shop-order-to-erp"
        << "shop-order-to-erp-v2" << L { "mappings/shop-order-to-erp-v2.map.yaml" } << L {}
        << L { "mappings/shop-order-to-erp-v2.map.yaml|id: shop-order-to-erp-v2" };
    QTest::newRow("duplicate schema")
        << ""
        << "duplicate" << schema << "shop-order"
        << "shop-order-v2" << L { "schemas/shop-order-v2.schema.json" } << L {} << L {};
    QTest::newRow("duplicate sample")
        << ""
        << "duplicate" << sample << "orders.json"
        << "orders-copy.json" << L { "samples/orders-copy.json" } << L {} << L {};
    QTest::newRow("delete schema") << ""
                                   << "remove" << schema << "shop-order"
                                   << "" << L {} << L { "schemas/shop-order.schema.json" } << L {};
    QTest::newRow("delete flow") << ""
                                 << "remove" << flow << "order-sync"
                                 << "" << L {} << L { "flows/order-sync.flow.yaml" } << L {};
    QTest::newRow("delete mapping")
        << ""
        << "remove" << mapping << "shop-order-to-erp"
        << "" << L {} << L { "mappings/shop-order-to-erp.map.yaml" } << L {};
    QTest::newRow("delete sample") << ""
                                   << "remove" << sample << "shipments.ndjson"
                                   << "" << L {} << L { "samples/shipments.ndjson" } << L {};
    QTest::newRow("delete test suite") << ""
                                       << "remove" << suite << "order-sync"
                                       << "" << L {} << L { "tests/order-sync.test.yaml" } << L {};
}

void TestProjectItems::commands()
{
    QFETCH(QString, prepareRemove);
    QFETCH(QString, op);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, newId);
    QFETCH(QStringList, created);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, mentions);

    if (!prepareRemove.isEmpty())
        QVERIFY(QFile::remove(m_dir->filePath(prepareRemove)));
    const Snapshot before = snapshot(m_dir->path());
    QString error;
    ProjectFilesCommand *command = build(op, kind, id, newId, &error);
    QVERIFY2(command, qPrintable(error));
    QStringList applied;
    command->setAppliedHandler([&applied](const QStringList &paths) { applied = paths; });
    QUndoStack stack;
    QVERIFY2(ProjectFilesCommand::push(&stack, command, &error), qPrintable(error));
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.undoText().isEmpty());

    const Snapshot after = snapshot(m_dir->path());
    for (const QString &path : created) {
        QVERIFY2(!before.contains(path), qPrintable(path));
        QVERIFY2(after.contains(path), qPrintable(path));
        QVERIFY(applied.contains(path));
    }
    for (const QString &path : removed) {
        QVERIFY2(before.contains(path), qPrintable(path));
        QVERIFY2(!after.contains(path), qPrintable(path));
    }
    for (const QString &mention : mentions) {
        const QString path = mention.section(u'|', 0, 0);
        const QByteArray text = mention.section(u'|', 1).toUtf8();
        QVERIFY2(after.value(path).contains(text), qPrintable(mention + u'\n' + after.value(path)));
    }
    // A renamed item's new file keeps everything but its id; the rest stays byte for byte.
    if (op == u"rename" && kind == int(ProjectFileKind::Schema))
        QCOMPARE(after.value(created.first()), before.value(removed.first()));
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!applied.contains(it.key()))
            QCOMPARE(after.value(it.key()), it.value());
    }
    // Every file written is one the project still opens.
    FileError openError;
    QVERIFY2(Project::open(m_dir->path(), &openError), qPrintable(openError.toString()));

    stack.undo();
    QCOMPARE(command->lastError(), QString());
    QCOMPARE(snapshot(m_dir->path()), before);
    stack.redo();
    QCOMPARE(command->lastError(), QString());
    QCOMPARE(snapshot(m_dir->path()), after);
}

void TestProjectItems::references_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("files");

    QTest::newRow("schema in a flow and a mapping")
        << int(ProjectFileKind::Schema) << "shop-order"
        << QStringList { "flows/order-sync.flow.yaml", "mappings/shop-order-to-erp.map.yaml" };
    QTest::newRow("schema as a mapping's target")
        << int(ProjectFileKind::Schema) << "erp-sales-order"
        << QStringList { "mappings/shop-order-to-erp.map.yaml" };
    QTest::newRow("schema as source and target")
        << int(ProjectFileKind::Schema) << "crm-contact"
        << QStringList { "mappings/crm-contact-to-marketing.map.yaml",
                         "mappings/fhir-patient-to-crm-contact.map.yaml" };
    QTest::newRow("mapping in a flow") << int(ProjectFileKind::Mapping) << "shipment-to-tracking"
                                       << QStringList { "flows/shipment-dispatched.flow.yaml" };
    QTest::newRow("mapping nobody uses")
        << int(ProjectFileKind::Mapping) << "fhir-patient-to-crm-contact" << QStringList {};
    QTest::newRow("flow in tests and capabilities")
        << int(ProjectFileKind::Flow) << "shipment-dispatched"
        << QStringList { "capabilities.yaml", "tests/shipment-dispatched.test.yaml" };
    QTest::newRow("sample read by a test case") << int(ProjectFileKind::Sample) << "orders.json"
                                                << QStringList { "tests/order-sync.test.yaml" };
    QTest::newRow("test suite") << int(ProjectFileKind::TestSuite) << "order-sync"
                                << QStringList {};
}

void TestProjectItems::references()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QStringList, files);

    const QList<ProjectReference> found
        = ProjectReferences::find(*m_project, ProjectFileKind(kind), id);
    QStringList paths;
    for (const ProjectReference &reference : found) {
        QVERIFY(!reference.what.isEmpty());
        if (!paths.contains(reference.relativePath))
            paths.append(reference.relativePath);
    }
    paths.sort();
    QCOMPARE(paths, files);
    if (kind == int(ProjectFileKind::Flow)) {
        // shipment-dispatched serves three capabilities: each is its own reference.
        const auto capabilities = std::count_if(found.begin(), found.end(), [](const auto &r) {
            return r.relativePath == u"capabilities.yaml";
        });
        QCOMPARE(capabilities, 3);
    }
}

void TestProjectItems::refusals_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newId");
    QTest::addColumn<QStringList>("message"); // parts the error must contain

    const int flow = int(ProjectFileKind::Flow);
    const int schema = int(ProjectFileKind::Schema);
    using L = QStringList;
    QTest::newRow("flow id used") << "newFlow" << flow << "order-sync"
                                  << "Order sync"
                                  << L { "order-sync", "already used",
                                         "flows/order-sync.flow.yaml" };
    QTest::newRow("flow id invalid") << "newFlow" << flow << "Bestellung Ü"
                                     << "" << L { "Bestellung Ü", "not a valid id" };
    QTest::newRow("schema id empty") << "newSchema" << schema << ""
                                     << "" << L { "not a valid id" };
    QTest::newRow("mapping from a missing schema")
        << "newMapping" << int(ProjectFileKind::Mapping) << "x-to-y"
        << "shop-order nowhere" << L { "no schema", "nowhere" };
    QTest::newRow("test suite exists")
        << "newTestSuite" << int(ProjectFileKind::TestSuite) << "order-sync"
        << "" << L { "order-sync", "already" };
    QTest::newRow("test suite for a missing flow")
        << "newTestSuite" << int(ProjectFileKind::TestSuite) << "nope"
        << "" << L { "no flow", "nope" };
    QTest::newRow("rename onto an existing id")
        << "rename" << schema << "shop-order"
        << "crm-contact" << L { "crm-contact", "already used", "schemas/crm-contact.schema.json" };
    QTest::newRow("rename flow onto an existing flow")
        << "rename" << flow << "order-sync"
        << "contact-to-marketing" << L { "already used" };
    QTest::newRow("rename to an invalid id") << "rename" << schema << "shop-order"
                                             << "Shop Order" << L { "not a valid id" };
    QTest::newRow("rename a missing item") << "rename" << schema << "ghost"
                                           << "spirit" << L { "no schema", "ghost" };
    QTest::newRow("rename sample to another kind")
        << "rename" << int(ProjectFileKind::Sample) << "orders.json"
        << "orders.csv" << L { "orders.csv", ".json" };
    QTest::newRow("duplicate onto an existing id")
        << "duplicate" << int(ProjectFileKind::Mapping) << "shop-order-to-erp"
        << "shipment-to-tracking" << L { "already used" };
    QTest::newRow("delete a missing flow") << "remove" << flow << "ghost"
                                           << "" << L { "no flow" };
    QTest::newRow("sample that is not JSON")
        << "addBrokenJson" << int(ProjectFileKind::Sample) << ""
        << "" << L { "broken.json:3:", "not added" };
    QTest::newRow("NDJSON line that is not JSON")
        << "addBrokenNdjson" << int(ProjectFileKind::Sample) << ""
        << "" << L { "broken.ndjson:3:", "not added" };
    QTest::newRow("CSV row with an extra cell")
        << "addBrokenCsv" << int(ProjectFileKind::Sample) << ""
        << "" << L { "broken.csv:3:", "not added" };
    QTest::newRow("sample of an unknown kind")
        << "addCsv" << int(ProjectFileKind::Sample) << "export.xlsx"
        << "" << L { "export.xlsx", ".csv" };
    QTest::newRow("sample name used") << "addCsv" << int(ProjectFileKind::Sample) << "contacts.csv"
                                      << "" << L { "already used", "samples/contacts.csv" };
}

void TestProjectItems::refusals()
{
    QFETCH(QString, op);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, newId);
    QFETCH(QStringList, message);

    const Snapshot before = snapshot(m_dir->path());
    QString error;
    std::unique_ptr<ProjectFilesCommand> command(build(op, kind, id, newId, &error));
    QVERIFY(!command);
    for (const QString &part : message)
        QVERIFY2(error.contains(part), qPrintable(error));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestProjectItems::changedOnDiskIsNotOverwritten()
{
    QString error;
    QUndoStack stack;
    QVERIFY(ProjectFilesCommand::push(&stack,
                                      ProjectItems::rename(*m_project, ProjectFileKind::Mapping,
                                                           QStringLiteral("shop-order-to-erp"),
                                                           QStringLiteral("order-to-erp"), &error),
                                      &error));
    // Someone edits the rewritten flow outside the studio: undo must not throw that away.
    const QString flowPath = m_dir->filePath(QStringLiteral("flows/order-sync.flow.yaml"));
    QFile flow(flowPath);
    QVERIFY(flow.open(QIODevice::Append));
    flow.write("# edited by hand\n");
    flow.close();
    const Snapshot edited = snapshot(m_dir->path());
    auto *command = static_cast<const ProjectFilesCommand *>(stack.command(0));
    stack.undo();
    QVERIFY(command->lastError().contains(u"flows/order-sync.flow.yaml"));
    QCOMPARE(snapshot(m_dir->path()), edited);
}

QTEST_GUILESS_MAIN(TestProjectItems)
#include "tst_projectitems.moc"
