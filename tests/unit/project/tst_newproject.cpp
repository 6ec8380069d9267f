// NewProject (model/project/newproject.h): ids from names, the folder checks, every start,
// the credentials a flows.json holds, and that a failed New Project leaves no folder behind.

#include "model/core/flow.h"
#include "model/core/project.h"
#include "model/project/examplelocator.h"
#include "model/project/newproject.h"
#include "model/vcs/repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowsmith;

namespace {

QString data(const char *name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/newproject/") + QLatin1String(name);
}

/// Entries of `folder` (hidden ones too): a failed create must leave it as it was.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

} // namespace

class TestNewProject : public QObject
{
    Q_OBJECT

private slots:
    void idFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("words") << "Retail Order → Cash!"
                               << "retail-order-cash";
        QTest::newRow("umlauts") << "Größe Übersicht"
                                 << "grosse-ubersicht";
        QTest::newRow("nbsp") << QStringLiteral("Kunden\u00a0Sync") << "kunden-sync";
        QTest::newRow("camel") << "NewPet"
                               << "new-pet";
        QTest::newRow("digits as text") << "Order 2026 v2"
                                        << "order-2026-v2";
        QTest::newRow("cjk") << "顧客同期"
                             << "";
        QTest::newRow("cjk and latin") << "顧客 CRM"
                                       << "crm";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("spaces") << "   "
                                << "";
    }
    void idFromName()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(NewProject::idFromName(name), id);
    }

    void checkFolder_data()
    {
        QTest::addColumn<QString>("setup"); // what the folder is before the check
        QTest::addColumn<QString>("problem"); // part of the message, empty when accepted
        QTest::newRow("missing") << "missing"
                                 << "";
        QTest::newRow("empty folder") << "empty"
                                      << "";
        QTest::newRow("not empty") << "full"
                                   << "is not empty";
        QTest::newRow("only a hidden file") << "hidden"
                                            << "is not empty";
        QTest::newRow("a file") << "file"
                                << "is not a folder";
        QTest::newRow("parent missing") << "noparent"
                                        << "does not exist";
        QTest::newRow("parent read-only") << "readonly"
                                          << "is not writable";
        QTest::newRow("no folder") << "none"
                                   << "no folder";
    }
    void checkFolder()
    {
        QFETCH(QString, setup);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("Projekt ü"));
        if (setup == QLatin1String("empty") || setup == QLatin1String("full")
            || setup == QLatin1String("hidden"))
            QVERIFY(QDir().mkpath(folder));
        if (setup == QLatin1String("full")) {
            QFile f(folder + QStringLiteral("/notes.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        if (setup == QLatin1String("hidden")) {
            QFile f(folder + QStringLiteral("/.keep"));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        if (setup == QLatin1String("file")) {
            QFile f(folder);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        if (setup == QLatin1String("noparent"))
            folder = dir.filePath(QStringLiteral("nicht/da/projekt"));
        if (setup == QLatin1String("readonly")) {
            const QString parent = dir.filePath(QStringLiteral("ro"));
            QVERIFY(QDir().mkpath(parent));
            QFile::setPermissions(parent, QFile::ReadOwner | QFile::ExeOwner);
            folder = parent + QStringLiteral("/projekt");
            if (QFileInfo(parent).isWritable()) // root ignores permissions
                QSKIP("running as root: permissions do not apply");
        }
        if (setup == QLatin1String("none"))
            folder.clear();
        const QString message = NewProject::checkFolder(folder);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
        QFile::setPermissions(dir.filePath(QStringLiteral("ro")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void emptyProject()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("kunden"));
        QVERIFY(QDir().mkpath(folder)); // an empty folder is taken over
        NewProjectRequest request;
        request.folder = folder;
        request.name = QStringLiteral("Kunden-Stammdaten Ümlaut");
        QString error;
        const auto result = NewProject::create(request, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->folder, QDir::cleanPath(folder));
        QVERIFY(result->gitInitialised);
        for (const char *file :
             { "flowsmith.yaml", ".gitignore", ".gitattributes", "flows/.gitkeep",
               "schemas/.gitkeep", "mappings/.gitkeep", "samples/.gitkeep", "tests/.gitkeep" })
            QVERIFY2(result->files.contains(QLatin1String(file)), file);
        QVERIFY(!result->files.contains(QStringLiteral(".git/config")));
        FileError fileError;
        const auto project = Project::open(folder, &fileError);
        QVERIFY2(project, qPrintable(fileError.toString()));
        QCOMPARE(project->manifest().name, request.name);
        QCOMPARE(project->manifest().id, QStringLiteral("kunden-stammdaten-umlaut"));
        QVERIFY(QFileInfo(folder + QStringLiteral("/.git")).isDir());
        QFile config(folder + QStringLiteral("/.git/config"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray text = config.readAll();
        QVERIFY(text.contains("driver = flowsmith-cli merge-driver %O %A %B %P"));
        QVERIFY(!text.contains("[user]"));
        // Nothing of the staging folder is left beside it.
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("kunden") });
    }

    void initialCommit()
    {
        QTemporaryDir dir;
        NewProjectRequest request;
        request.folder = dir.filePath(QStringLiteral("copy"));
        request.name = QStringLiteral("Retail copy");
        request.start = ProjectStart::Template;
        request.source = ExampleLocator::example(QStringLiteral("retail-order-to-cash"));
        QVERIFY(!request.source.isEmpty());
        request.initialCommit = true;
        QString error;
        const auto result = NewProject::create(request, &error);
        QVERIFY2(result, qPrintable(error));
        auto repository = Repository::open(request.folder, &error);
        QVERIFY2(repository, qPrintable(error));
        QCOMPARE(QDir(repository->workDir()).canonicalPath(), QDir(request.folder).canonicalPath());
        const QList<CommitInfo> history = repository->history(10, &error);
        QCOMPARE(history.size(), 1);
        QVERIFY(repository->status().isEmpty());
        QVERIFY(
            repository->fileAt(QStringLiteral("HEAD"), QStringLiteral(".gitattributes"), &error));
        // The fallback identity signs only when none is configured; it is never written.
        QFile config(request.folder + QStringLiteral("/.git/config"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("flowsmith@localhost"));
    }

    void templateProject()
    {
        QTemporaryDir dir;
        NewProjectRequest request;
        request.folder = dir.filePath(QStringLiteral("mein-shop"));
        request.name = QStringLiteral("Mein Shop");
        request.id = QStringLiteral("mein-shop-2026");
        request.start = ProjectStart::Template;
        request.source = ExampleLocator::example(QStringLiteral("retail-order-to-cash"));
        request.initGit = false;
        QString error;
        const auto result = NewProject::create(request, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(!result->gitInitialised);
        QVERIFY(!QFileInfo::exists(request.folder + QStringLiteral("/.git")));
        QVERIFY(result->files.contains(QStringLiteral("flows/order-sync.flow.yaml")));
        FileError fileError;
        const auto project = Project::open(request.folder, &fileError);
        QVERIFY2(project, qPrintable(fileError.toString()));
        QCOMPARE(project->manifest().id, request.id);
        QCOMPARE(project->manifest().name, request.name);
        QCOMPARE(project->manifest().systems.size(), 5); // the example's systems are kept
    }

    void apiEntries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("start");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("schemas");
        QTest::newRow("openapi") << data("petstore-expanded.yaml") << int(ProjectStart::OpenApi)
                                 << QStringList { "find-pets", "add-pet", "find-pet-by-id",
                                                  "delete-pet" }
                                 << QStringList { "", "new-pet", "", "" };
        QTest::newRow("asyncapi") << data("streetlights-mqtt-asyncapi.yml")
                                  << int(ProjectStart::AsyncApi)
                                  << QStringList { "lighting-measured", "light-turn-on",
                                                   "light-turn-off", "lights-dim" }
                                  << QStringList { "light-measured", "turn-on-off", "turn-on-off",
                                                   "dim-light" };
    }
    void apiEntries()
    {
        QFETCH(QString, file);
        QFETCH(int, start);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, schemas);
        QString error;
        const auto entries = NewProject::apiEntries(file, ProjectStart(start), &error);
        QVERIFY2(entries, qPrintable(error));
        QStringList gotIds;
        QStringList gotSchemas;
        for (const ApiEntry &entry : *entries) {
            gotIds.append(entry.id);
            gotSchemas.append(entry.schemaId);
            QVERIFY(!entry.label.isEmpty());
            if (ProjectStart(start) == ProjectStart::AsyncApi) {
                QCOMPARE(entry.kind, QStringLiteral("topic"));
                QCOMPARE(entry.protocol, QStringLiteral("mqtt"));
                QVERIFY(entry.path.startsWith(QLatin1String("smartylighting/")));
            }
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotSchemas, schemas);
    }

    void apiProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("start");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("sourceType");
        QTest::newRow("openapi, one operation")
            << data("petstore-expanded.yaml") << int(ProjectStart::OpenApi)
            << QStringList { "add-pet" } << "source.http";
        QTest::newRow("asyncapi, two channels")
            << data("streetlights-mqtt-asyncapi.yml") << int(ProjectStart::AsyncApi)
            << QStringList { "lighting-measured", "lights-dim" } << "source.topic";
    }
    void apiProject()
    {
        QFETCH(QString, file);
        QFETCH(int, start);
        QFETCH(QStringList, entries);
        QFETCH(QString, sourceType);
        QTemporaryDir dir;
        NewProjectRequest request;
        request.folder = dir.filePath(QStringLiteral("api"));
        request.name = QStringLiteral("API");
        request.start = ProjectStart(start);
        request.source = file;
        request.entries = entries;
        QString error;
        const auto result = NewProject::create(request, &error);
        QVERIFY2(result, qPrintable(error));
        QStringList flows;
        for (const QString &path : result->files)
            if (path.startsWith(QLatin1String("flows/")))
                flows.append(path);
        QCOMPARE(flows.size(), entries.size());
        for (const QString &id : entries) {
            FileError fileError;
            const auto flow = Flow::load(request.folder + QStringLiteral("/flows/") + id
                                             + QStringLiteral(".flow.yaml"),
                                         &fileError);
            QVERIFY2(flow, qPrintable(fileError.toString()));
            QCOMPARE(flow->nodes.size(), 2);
            QCOMPARE(flow->nodes.at(0).type, sourceType);
            QCOMPARE(flow->nodes.at(1).type, QStringLiteral("quality.validate"));
            const QString schema = flow->nodes.at(1).config.value("schema").toString();
            QVERIFY2(result->files.contains(QStringLiteral("schemas/%1.schema.json").arg(schema)),
                     qPrintable(schema));
            QCOMPARE(flow->edges.size(), 1);
        }
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("nodeName");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("secretRef");
        QTest::newRow("password in URL")
            << "req1/url" << QStringLiteral("ERP Aufträge") << 21 << "erp-auftrage-password";
        QTest::newRow("Authorization header")
            << "req2/authorization" << QStringLiteral("CRM 顧客") << 33 << "crm-authorization";
        QTest::newRow("broker credentials") << "broker1/credentials"
                                            << "Werk Broker" << 49 << "werk-broker-credentials";
    }
    void credentials()
    {
        QFETCH(QString, key);
        QFETCH(QString, nodeName);
        QFETCH(int, line);
        QFETCH(QString, secretRef);
        QString error;
        const auto found = NewProject::nodeRedCredentials(data("credentials-flows.json"), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->size(), 3);
        const auto it = std::find_if(found->begin(), found->end(),
                                     [&](const FoundCredential &c) { return c.key == key; });
        QVERIFY(it != found->end());
        QCOMPARE(it->nodeName, nodeName);
        QCOMPARE(it->line, line);
        QCOMPARE(it->secretRef, secretRef);
    }

    void nodeRedProject()
    {
        QTemporaryDir dir;
        NewProjectRequest request;
        request.folder = dir.filePath(QStringLiteral("werk"));
        request.name = QStringLiteral("Werk");
        request.start = ProjectStart::NodeRed;
        request.source = data("credentials-flows.json");
        request.secretRefs.insert(QStringLiteral("req2/authorization"),
                                  QStringLiteral("crm-token"));
        QString error;
        const auto result = NewProject::create(request, &error);
        QVERIFY2(result, qPrintable(error));
        FileError fileError;
        const auto flow = Flow::load(
            request.folder + QStringLiteral("/flows/bestellungen-erp.flow.yaml"), &fileError);
        QVERIFY2(flow, qPrintable(fileError.toString()));
        QHash<QString, QString> refs;
        for (const FlowNode &node : flow->nodes)
            refs.insert(node.name, node.config.value(QStringLiteral("credentialsRef")).toString());
        QCOMPARE(refs.value(QStringLiteral("ERP Aufträge")),
                 QStringLiteral("erp-auftrage-password"));
        QCOMPARE(refs.value(QStringLiteral("CRM 顧客")), QStringLiteral("crm-token"));
        QCOMPARE(refs.value(QStringLiteral("Maschinenstatus")),
                 QStringLiteral("werk-broker-credentials"));
        // No secret reached any file.
        for (const QString &path : result->files) {
            QFile file(request.folder + u'/' + path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains("s3cr") && !text.contains("eyJhbG")
                         && !text.contains("erp-user"),
                     qPrintable(path));
        }
        const QString warnings = result->warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("credentials-flows.json:21: node 'req1' (ERP "
                                                  "Aufträge)")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("'crm-token'")));
    }

    void failureLeavesNothing_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken $ref")
            << int(ProjectStart::OpenApi) << data("broken-ref-openapi.yaml") << "Bestellungen"
            << "Kunde";
        QTest::newRow("not Node-RED")
            << int(ProjectStart::NodeRed) << data("not-nodered.json") << "Werk"
            << "not a Node-RED flows file";
        QTest::newRow("AsyncAPI as OpenAPI")
            << int(ProjectStart::OpenApi) << data("streetlights-mqtt-asyncapi.yml") << "Licht"
            << "streetlights-mqtt-asyncapi.yml";
        QTest::newRow("missing source") << int(ProjectStart::NodeRed) << data("nope.json") << "Werk"
                                        << "nope.json";
        QTest::newRow("name without id") << int(ProjectStart::Empty) << QString() << "顧客同期"
                                         << "gives no id";
        QTest::newRow("no name") << int(ProjectStart::Empty) << QString() << " "
                                 << "name";
        QTest::newRow("template not a project")
            << int(ProjectStart::Template) << QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests")
            << "Kopie"
            << "flowsmith.yaml";
    }
    void failureLeavesNothing()
    {
        QFETCH(int, start);
        QFETCH(QString, source);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (const bool existingEmpty : { false, true }) {
            const QString folder = dir.filePath(QStringLiteral("projekt"));
            if (existingEmpty)
                QVERIFY(QDir().mkpath(folder));
            const QStringList before = entriesOf(dir.path());
            NewProjectRequest request;
            request.folder = folder;
            request.name = name;
            request.start = ProjectStart(start);
            request.source = source;
            QString error;
            QVERIFY(!NewProject::create(request, &error));
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(entriesOf(dir.path()), before);
            if (existingEmpty)
                QVERIFY(entriesOf(folder).isEmpty());
        }
    }

    void refusesUnknownEntry()
    {
        QTemporaryDir dir;
        NewProjectRequest request;
        request.folder = dir.filePath(QStringLiteral("pets"));
        request.name = QStringLiteral("Pets");
        request.start = ProjectStart::OpenApi;
        request.source = data("petstore-expanded.yaml");
        request.entries = { QStringLiteral("add-pet"), QStringLiteral("feed-pet") };
        QString error;
        QVERIFY(!NewProject::create(request, &error));
        QVERIFY2(error.contains(QStringLiteral("'feed-pet'")), qPrintable(error));
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewProject)
#include "tst_newproject.moc"
