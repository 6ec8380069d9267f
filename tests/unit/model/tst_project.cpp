// A project folder: the manifest, and its files listed by kind (design §2).

#include "modeltestutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

class tst_Project : public QObject
{
    Q_OBJECT

private slots:
    void kindOf_data();
    void kindOf();
    void pathForRoundTrips_data();
    void pathForRoundTrips();
    void openGoldenProject();
    void openByManifestPath();
    void rescanSeesNewFilesAndSkipsHidden();
};

void tst_Project::kindOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");

    using K = ProjectFileKind;
    QTest::addRow("manifest") << "flowsmith.yaml" << int(K::Manifest) << "";
    QTest::addRow("capabilities") << "capabilities.yaml" << int(K::Capabilities) << "";
    QTest::addRow("flow") << "flows/order-sync.flow.yaml" << int(K::Flow) << "order-sync";
    QTest::addRow("flow in a subfolder")
        << "flows/old/order-sync.flow.yaml" << int(K::Other) << "flows/old/order-sync.flow.yaml";
    QTest::addRow("flow without suffix")
        << "flows/order-sync.yaml" << int(K::Other) << "flows/order-sync.yaml";
    QTest::addRow("schema") << "schemas/shop-order.schema.json" << int(K::Schema) << "shop-order";
    QTest::addRow("mapping") << "mappings/shop-order-to-erp.map.yaml" << int(K::Mapping)
                             << "shop-order-to-erp";
    QTest::addRow("test suite") << "tests/order-sync.test.yaml" << int(K::TestSuite)
                                << "order-sync";
    QTest::addRow("json sample") << "samples/orders.json" << int(K::Sample) << "orders.json";
    QTest::addRow("ndjson sample") << "samples/orders.ndjson" << int(K::Sample) << "orders.ndjson";
    QTest::addRow("csv sample") << "samples/contacts.csv" << int(K::Sample) << "contacts.csv";
    QTest::addRow("other sample") << "samples/readme.txt" << int(K::Other) << "samples/readme.txt";
    QTest::addRow("generated") << "dist/nodered/flows.json" << int(K::Generated)
                               << "nodered/flows.json";
    QTest::addRow("readme") << "README.md" << int(K::Other) << "README.md";
    QTest::addRow("bare suffix") << "flows/.flow.yaml" << int(K::Other) << "flows/.flow.yaml";
}

void tst_Project::kindOf()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QString actualId;
    QCOMPARE(int(Project::kindOf(path, &actualId)), kind);
    QCOMPARE(actualId, id);
}

void tst_Project::pathForRoundTrips_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("flow") << int(ProjectFileKind::Flow);
    QTest::addRow("schema") << int(ProjectFileKind::Schema);
    QTest::addRow("mapping") << int(ProjectFileKind::Mapping);
    QTest::addRow("test suite") << int(ProjectFileKind::TestSuite);
}

void tst_Project::pathForRoundTrips()
{
    QFETCH(int, kind);
    const QString path = Project::pathFor(ProjectFileKind(kind), QStringLiteral("abc-1"));
    QString id;
    QCOMPARE(int(Project::kindOf(path, &id)), kind);
    QCOMPARE(id, QStringLiteral("abc-1"));
}

void tst_Project::openGoldenProject()
{
    FileError error;
    const auto project = Project::open(Test::dataDir() + QStringLiteral("/golden/project"), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    QCOMPARE(project->manifest().name, QStringLiteral("Golden retail project"));
    QCOMPARE(project->manifest().systems.size(), 2);
    QCOMPARE(project->manifest().defaults.value(QStringLiteral("owner")).toString(),
             QStringLiteral("integration-team"));
    QCOMPARE(project->files().size(), 7);
    QCOMPARE(project->files(ProjectFileKind::Flow).size(), 1);
    QCOMPARE(project->files(ProjectFileKind::Sample).size(), 1);
    const auto flow = project->file(ProjectFileKind::Flow, QStringLiteral("order-sync"));
    QVERIFY(flow);
    QCOMPARE(flow->relativePath, QStringLiteral("flows/order-sync.flow.yaml"));
    QVERIFY(Flow::load(project->absolutePath(flow->relativePath), &error));
    QVERIFY(project->file(ProjectFileKind::Capabilities, QString()));
    QVERIFY(!project->file(ProjectFileKind::Flow, QStringLiteral("nope")));
}

void tst_Project::openByManifestPath()
{
    FileError error;
    const auto project
        = Project::open(Test::dataDir() + QStringLiteral("/golden/project/flowsmith.yaml"), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    QVERIFY(project->folder().endsWith(QLatin1String("/golden/project")));
}

void tst_Project::rescanSeesNewFilesAndSkipsHidden()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &relative, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(dir.filePath(relative)).absolutePath());
        QFile file(dir.filePath(relative));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("flowsmith.yaml"), "flowsmith: 1\nname: p\n"));
    QVERIFY(write(QStringLiteral(".git/config"), "[core]\n"));
    QVERIFY(write(QStringLiteral("flows/.a.flow.yaml.swp"), "x"));
    FileError error;
    auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error.toString()));
    QCOMPARE(project->files().size(), 1);

    QVERIFY(write(QStringLiteral("flows/a.flow.yaml"), "flowsmith: 1\nid: a\n"));
    QVERIFY(write(QStringLiteral("tests/a.test.yaml"), "flowsmith: 1\nid: a\nflow: a\n"));
    project->rescan();
    QCOMPARE(project->files().size(), 3);
    QCOMPARE(project->files(ProjectFileKind::Flow).first().id, QStringLiteral("a"));
    QCOMPARE(project->files(ProjectFileKind::TestSuite).first().relativePath,
             QStringLiteral("tests/a.test.yaml"));
}

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
