// flowsmith-cli new, run as a user runs it, in each of its forms: what it creates validates
// (`flowsmith-cli validate` exits 0) and is a git repository with the merge driver; bad input
// exits 2 and leaves no folder behind.

#include "model/vcs/repository.h"
#include "tests/common/clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Flowsmith::Test::cliPath;
using Flowsmith::Test::runCli;

namespace {

QString data(const char *name)
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/newproject/") + QLatin1String(name);
}

} // namespace

class TestNewCli : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected"); // files that must be written
        QTest::addColumn<QString>("warning"); // part of stderr, empty when none expected
        QTest::newRow("empty") << QStringList { "--name", "Kunden Übersicht" }
                               << QStringList { "flowsmith.yaml", "flows/.gitkeep" } << "";
        QTest::newRow("template") << QStringList { "--template", "retail-order-to-cash", "--name",
                                                   "Mein Laden" }
                                  << QStringList { "flows/order-sync.flow.yaml",
                                                   "schemas/shop-order.schema.json" }
                                  << "";
        QTest::newRow("node-red, real flows.json")
            << QStringList { "--from-nodered", data("gps-tracker-flows.json") }
            << QStringList { "flows/gps-tracker-flows.flow.yaml" } << "";
        QTest::newRow("node-red, credentials")
            << QStringList { "--from-nodered", data("credentials-flows.json"), "--name", "Werk" }
            << QStringList { "flows/bestellungen-erp.flow.yaml" }
            << "credentials-flows.json:33: node 'req2' (CRM 顧客): Authorization header not "
               "copied";
        QTest::newRow("openapi") << QStringList { "--from-openapi", data("petstore-expanded.yaml"),
                                                  "--entries", "add-pet,find-pets" }
                                 << QStringList { "flows/add-pet.flow.yaml",
                                                  "flows/find-pets.flow.yaml",
                                                  "schemas/new-pet.schema.json",
                                                  "schemas/pet.schema.json" }
                                 << "has no schema of its own";
        QTest::newRow("asyncapi") << QStringList { "--from-asyncapi",
                                                   data("streetlights-mqtt-asyncapi.yml") }
                                  << QStringList { "flows/lighting-measured.flow.yaml",
                                                   "schemas/light-measured.schema.json" }
                                  << "";
    }
    void forms()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("projekt"));
        const auto created = runCli(QStringList { "new", folder } + options);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString out = QString::fromUtf8(created.out);
        for (const QString &file : expected) {
            QVERIFY2(out.contains(QStringLiteral("  ") + file + u'\n'), qPrintable(out));
            QVERIFY2(QFileInfo::exists(folder + u'/' + file), qPrintable(file));
        }
        if (!warning.isEmpty())
            QVERIFY2(QString::fromUtf8(created.err).contains(warning), created.err.constData());

        const auto validated = runCli({ "validate", folder });
        QVERIFY2(validated.exitCode == 0, (validated.out + validated.err).constData());

        QString error;
        const auto repository = Flowsmith::Repository::open(folder, &error);
        QVERIFY2(repository, qPrintable(error));
        QCOMPARE(QDir(repository->workDir()).canonicalPath(), QDir(folder).canonicalPath());
        QFile attributes(folder + QStringLiteral("/.gitattributes"));
        QVERIFY(attributes.open(QIODevice::ReadOnly));
        QVERIFY(attributes.readAll().contains("merge=flowsmith"));
        QProcess git;
        git.start(QStringLiteral("git"), { "-C", folder, "config", "merge.flowsmith.driver" });
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.readAllStandardOutput().trimmed(),
                 QByteArray("flowsmith-cli merge-driver %O %A %B %P"));
    }

    // --commit without any git identity: signed "Flowsmith" once, nothing written to config.
    void commitWithoutIdentity()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("neu"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(cliPath(),
                      { "new", folder, "--template", "retail-order-to-cash", "--commit" });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QProcess git;
        git.setProcessEnvironment(environment);
        git.start(QStringLiteral("git"), { "-C", folder, "log", "--format=%an <%ae> %s" });
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.readAllStandardOutput().trimmed(),
                 QByteArray("Flowsmith <flowsmith@localhost> Create project neu"));
        QFile config(folder + QStringLiteral("/.git/config"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("[user]"));
        QVERIFY(QDir(home.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken $ref")
            << QStringList { "--from-openapi", data("broken-ref-openapi.yaml") }
            << "broken-ref-openapi.yaml:23:18";
        QTest::newRow("not Node-RED") << QStringList { "--from-nodered", data("not-nodered.json") }
                                      << "not a Node-RED flows file";
        QTest::newRow("unknown template")
            << QStringList { "--template", "banking" } << "no example 'banking'";
        QTest::newRow("two starts")
            << QStringList { "--template", "retail-order-to-cash", "--from-openapi",
                             data("petstore-expanded.yaml") }
            << "at most one";
        QTest::newRow("entries without api")
            << QStringList { "--entries", "add-pet" } << "--entries needs";
        QTest::newRow("unknown entry")
            << QStringList { "--from-openapi", data("petstore-expanded.yaml"), "--entries",
                             "feed-pet" }
            << "'feed-pet'";
        QTest::newRow("bad id") << QStringList { "--id", "Kein Id!" }
                                << "cannot be the project's id";
    }
    void refused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto run = runCli(QStringList { "new", dir.filePath(QStringLiteral("p")) } + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void notEmptyFolder()
    {
        QTemporaryDir dir;
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        const auto run = runCli({ "new", dir.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not empty"), run.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { "notes.txt" });
    }

    void help()
    {
        const auto run = runCli({ "new", "--help" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--from-nodered FILE"));
        QVERIFY(run.out.contains("retail-order-to-cash"));
        QCOMPARE(runCli({ "new" }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestNewCli)
#include "tst_newcli.moc"
