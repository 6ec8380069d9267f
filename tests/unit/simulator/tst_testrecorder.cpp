// Issue 15 item 4: a simulation run recorded as a test case of tests/<flow>.test.yaml. Each row
// runs the example's order flow (a copy) on messy orders, records the run, runs the recorded
// case (it must pass), changes a mapping rule (it must fail with the diff) and checks that the
// cases already in the file stay as they were.

#include "tests/common/clirunner.h"

#include "model/core/flow.h"
#include "model/core/modelfile.h"
#include "model/core/testsuite.h"
#include "simulator/simulationsession.h"
#include "simulator/testing/flowtestcase.h"
#include "simulator/testing/flowtestrunner.h"
#include "simulator/testing/testrecorder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

class tst_TestRecorder : public QObject
{
    Q_OBJECT

private slots:
    void recordRunAndBreak_data();
    void recordRunAndBreak();
    void duplicateNameRefused();
    void unknownSinkRefused();
    void newFileForFlowWithoutTests();

private:
    static RecordedRun runFlow(const QString &folder, const QString &flowId,
                               const QList<Message> &inputs);
    static QList<FlowTestResult> runSuite(const QString &folder, const QString &flowId);
};

namespace {

Json order(const QString &id, const QString &status, const Json &customer, const Json &quantity,
           const Json &total)
{
    return Json { { "orderId", id.toStdString() },
                  { "status", status.toStdString() },
                  { "createdAt", "2026-11-20T09:15:00Z" },
                  { "customer", customer },
                  { "shippingAddress",
                    { { "street", "Friedrichstraße\u00a012" },
                      { "postalCode", "10117" },
                      { "city", "Berlin" },
                      { "country", "DE" } } },
                  { "items",
                    Json::array({ { { "productId", "SKU-TEE-BLK-M" },
                                    { "name", "Bio-T-Shirt, schwarz" },
                                    { "quantity", quantity },
                                    { "unitPrice", 19.9 } } }) },
                  { "currency", "EUR" },
                  { "total", total } };
}

Json customer(const char *id, const char *first, const char *last, const Json &email)
{
    return Json { { "id", id }, { "firstName", first }, { "lastName", last }, { "email", email } };
}

QList<Message> messages(const Json &bodies)
{
    QList<Message> list;
    for (const Json &body : bodies) {
        Message message;
        message.body = body;
        list.append(message);
    }
    return list;
}

const FlowTestResult *find(const QList<FlowTestResult> &results, const QString &name)
{
    for (const FlowTestResult &result : results)
        if (result.name == name)
            return &result;
    return nullptr;
}

} // namespace

RecordedRun tst_TestRecorder::runFlow(const QString &folder, const QString &flowId,
                                      const QList<Message> &inputs)
{
    const QString flowFile = QStringLiteral("flows/%1.flow.yaml").arg(flowId);
    FileError error;
    const auto flow = Flow::load(QDir(folder).filePath(flowFile), &error);
    if (!flow)
        qFatal("%s", qPrintable(error.toString()));
    SimulationSession session;
    if (!session.load(*flow, folder, flowFile, &error)
        || !session.start(session.sources().first(), inputs, &error))
        qFatal("%s", qPrintable(error.toString()));
    session.resume();
    return RecordedRun::fromSession(session);
}

QList<FlowTestResult> tst_TestRecorder::runSuite(const QString &folder, const QString &flowId)
{
    const QString file = QStringLiteral("tests/%1.test.yaml").arg(flowId);
    FileError error;
    const auto suite = TestSuite::load(QDir(folder).filePath(file), &error);
    if (!suite)
        qFatal("%s", qPrintable(error.toString()));
    return FlowTestRunner(folder).run(FlowTestSuite::fromModel(*suite, file));
}

void tst_TestRecorder::recordRunAndBreak_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bodies"); // JSON array of order bodies
    QTest::addColumn<QStringList>("sinks"); // empty: every sink
    QTest::addColumn<bool>("reachesErp"); // the mapping change must then show in a diff

    const Json yamada = customer("C-3001", "太郎", "山田", "taro.yamada@example.jp");
    const Json oconnor = customer("C-3002", "Siobhán", "O’Connor", nullptr);
    const Json papadopoulos = customer("C-3003", "Γιώργος", "Παπαδόπουλος", "g.p@example.gr");

    QTest::newRow("one order, Japanese name")
        << QStringLiteral("Ein Auftrag von 山田 太郎")
        << QByteArray::fromStdString(
               Json::array({ order("A-3001", "paid", yamada, 2, 39.8) }).dump())
        << QStringList() << true;
    QTest::newRow("quantity as text is refused")
        << QStringLiteral("Menge als Text: \"2\"")
        << QByteArray::fromStdString(
               Json::array({ order("A-3007", "paid", yamada, "2", 39.8) }).dump())
        << QStringList() << false;
    QTest::newRow("several orders: pending, null email, total as text")
        << QStringLiteral("Drei Aufträge, einer offen, einer ungültig")
        << QByteArray::fromStdString(Json::array({ order("A-3002", "paid", papadopoulos, 1, 19.9),
                                                   order("A-3003", "pending", yamada, 1, 19.9),
                                                   order("A-3004", "paid", oconnor, 3, "59.70") })
                                         .dump())
        << QStringList() << true;
    QTest::newRow("only the ERP is expected")
        << QStringLiteral("Nur das ERP: Γιώργος")
        << QByteArray::fromStdString(
               Json::array({ order("A-3005", "paid", papadopoulos, 1, 19.9) }).dump())
        << QStringList { QStringLiteral("erp") } << true;
    QTest::newRow("a refused order only")
        << QStringLiteral("An order without a customer is refused")
        << QByteArray::fromStdString(
               Json::array({ order("A-3006", "paid", nullptr, 1, 19.9) }).dump())
        << QStringList() << false;
}

void tst_TestRecorder::recordRunAndBreak()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bodies);
    QFETCH(QStringList, sinks);
    QFETCH(bool, reachesErp);

    QTemporaryDir dir;
    QVERIFY(Test::copyTree(Test::exampleProject(), dir.path()));
    const QString suiteFile = dir.filePath(QStringLiteral("tests/order-sync.test.yaml"));
    FileError error;
    const QByteArray before = *ModelFile::read(suiteFile, &error);
    const int casesBefore = int(runSuite(dir.path(), QStringLiteral("order-sync")).size());

    const QList<Message> inputs = messages(Json::parse(bodies.toStdString()));
    const RecordedRun run = runFlow(dir.path(), QStringLiteral("order-sync"), inputs);
    QCOMPARE(run.inputs.size(), inputs.size());
    QString written;
    QVERIFY2(TestRecorder(dir.path()).record(run, name, sinks, &error, &written),
             qPrintable(error.toString()));
    QCOMPARE(written, QStringLiteral("tests/order-sync.test.yaml"));

    // The cases already there are kept as written: the old text is the new file's start.
    const QByteArray after = *ModelFile::read(suiteFile, &error);
    QVERIFY2(after.startsWith(before), after.constData());

    const auto suite = TestSuite::load(suiteFile, &error);
    QVERIFY(suite);
    QCOMPARE(suite->cases.size(), casesBefore + 1);
    const TestCase &recorded = suite->cases.last();
    QCOMPARE(recorded.name, name);
    QCOMPARE(recorded.source, QStringLiteral("receive"));
    QCOMPARE(recorded.expectations.size(),
             sinks.isEmpty() ? int(run.sinks.size()) : int(sinks.size()));
    if (inputs.size() == 1) {
        QVERIFY(recorded.body);
        QVERIFY(*recorded.body == inputs.first().body);
    } else {
        QVERIFY(recorded.inputFile.startsWith(QLatin1String("tests/inputs/order-sync.")));
        QVERIFY(QFile::exists(dir.filePath(recorded.inputFile)));
    }

    // Runs green at once, and so do the cases that were there.
    const QList<FlowTestResult> results = runSuite(dir.path(), QStringLiteral("order-sync"));
    for (const FlowTestResult &result : results)
        QVERIFY2(result.passed,
                 qPrintable(result.name + QStringLiteral(": ") + result.error
                            + result.failures.join(u'\n')));

    // A changed rule breaks the recorded case with the diff the runner reports.
    const QString mappingFile = dir.filePath(QStringLiteral("mappings/shop-order-to-erp.map.yaml"));
    QByteArray mapping = *ModelFile::read(mappingFile, &error);
    const QByteArray rule
        = "$uppercase(customer.lastName) & \", \" & $uppercase(customer.firstName)";
    QVERIFY(mapping.contains(rule));
    mapping.replace(rule, "customer.firstName & \" \" & customer.lastName");
    QVERIFY(ModelFile::write(mappingFile, mapping, &error));
    const QList<FlowTestResult> afterChange = runSuite(dir.path(), QStringLiteral("order-sync"));
    const FlowTestResult *broken = find(afterChange, name);
    QVERIFY(broken);
    QCOMPARE(broken->passed, !reachesErp);
    if (reachesErp) {
        const QString failures = broken->failures.join(u'\n');
        QVERIFY2(failures.contains(QLatin1String("erp: message 1: expected")),
                 qPrintable(failures));
        bool diffShown = false;
        for (const SinkComparison &sink : broken->sinks)
            if (sink.sink == QLatin1String("erp"))
                diffShown = sink.expected != sink.actual;
        QVERIFY(diffShown);
    }
}

void tst_TestRecorder::duplicateNameRefused()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyTree(Test::exampleProject(), dir.path()));
    const QString suiteFile = dir.filePath(QStringLiteral("tests/order-sync.test.yaml"));
    FileError error;
    const auto existing = TestSuite::load(suiteFile, &error);
    QVERIFY(existing && !existing->cases.isEmpty());
    const QByteArray before = *ModelFile::read(suiteFile, &error);

    const RecordedRun run = runFlow(
        dir.path(), QStringLiteral("order-sync"),
        messages(Json::array(
            { order("A-1", "paid", customer("C-1", "Zoë", "Brontë", nullptr), "1", 1) })));
    // The name of a case already in the file, with stray blanks, is refused.
    QVERIFY(!TestRecorder(dir.path())
                 .record(run, QStringLiteral("  ") + existing->cases.first().name, {}, &error));
    QVERIFY2(error.message.contains(QLatin1String("already exists")), qPrintable(error.message));
    QCOMPARE(error.file, suiteFile);
    QCOMPARE(*ModelFile::read(suiteFile, &error), before);
    QVERIFY(!QDir(dir.filePath(QStringLiteral("tests/inputs"))).exists());

    QVERIFY(!TestRecorder(dir.path()).record(run, QStringLiteral("   "), {}, &error));
    QCOMPARE(*ModelFile::read(suiteFile, &error), before);
}

void tst_TestRecorder::unknownSinkRefused()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyTree(Test::exampleProject(), dir.path()));
    const RecordedRun run = runFlow(
        dir.path(), QStringLiteral("order-sync"),
        messages(Json::array(
            { order("A-2", "paid", customer("C-2", "Ana", "Nuñez", "a@b.es"), 2, 39.8) })));
    FileError error;
    QVERIFY(!TestRecorder(dir.path())
                 .record(run, QStringLiteral("x"), { QStringLiteral("erp"), QStringLiteral("crm") },
                         &error));
    QVERIFY2(error.message.contains(QLatin1String("'crm'")), qPrintable(error.message));
}

void tst_TestRecorder::newFileForFlowWithoutTests()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyTree(Test::exampleProject(), dir.path()));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("tests/order-sync.test.yaml"))));
    const RecordedRun run = runFlow(
        dir.path(), QStringLiteral("order-sync"),
        messages(Json::array(
            { order("A-7", "paid", customer("C-7", "Łukasz", "Żółć", "l@z.pl"), "4", 79.6) })));
    FileError error;
    QVERIFY2(TestRecorder(dir.path()).record(run, QStringLiteral("Erster Fall"), {}, &error),
             qPrintable(error.toString()));
    const auto suite
        = TestSuite::load(dir.filePath(QStringLiteral("tests/order-sync.test.yaml")), &error);
    QVERIFY(suite);
    QCOMPARE(suite->flow, QStringLiteral("order-sync"));
    QCOMPARE(suite->cases.size(), 1);
    const QList<FlowTestResult> results = runSuite(dir.path(), QStringLiteral("order-sync"));
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().passed, qPrintable(results.first().failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TestRecorder)
#include "tst_testrecorder.moc"
