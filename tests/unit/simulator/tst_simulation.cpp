// The engine's API: load errors with their place, the in-memory trace, failures, virtual time,
// reset, nested split/join. Whole-flow behaviour per node type is in the golden directories.

#include "model/core/flow.h"
#include "simulator/simulation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

namespace {

std::optional<Flow> parseFlow(const QByteArray &yaml)
{
    FileError error;
    auto flow = Flow::fromYaml(yaml, QStringLiteral("test.flow.yaml"), &error);
    if (!flow)
        qWarning("%s", qPrintable(error.toString()));
    return flow;
}

// source -> <node> -> sink, the node given as YAML lines.
QByteArray chain(const QByteArray &nodeYaml)
{
    return "flowsmith: 1\n"
           "id: t\n"
           "nodes:\n"
           "  - id: in\n"
           "    type: source.http\n"
           "  - id: x\n"
        + nodeYaml
        + "  - id: out\n"
          "    type: sink.log\n"
          "edges:\n"
          "  - {from: in.out, to: x.in}\n"
          "  - {from: x.out, to: out.in}\n";
}

Message body(const char *json)
{
    Message message;
    message.body = Json::parse(json);
    return message;
}

} // namespace

class tst_Simulation : public QObject
{
    Q_OBJECT

private slots:
    void loadErrors_data();
    void loadErrors();
    void brokenSchema();
    void traceInMemory();
    void uncaughtFailure();
    void failedCatchIsNotCaughtAgain();
    void unknownSource();
    void virtualTime();
    void resetReplays();
    void nestedSplitJoin();
    void cycleStops();
};

void tst_Simulation::loadErrors_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("bad condition") << QByteArray("    type: route.filter\n"
                                                 "    config: {condition: 'status = '}\n")
                                   << "condition:";
    QTest::addRow("no condition") << QByteArray("    type: route.filter\n")
                                  << "config 'condition' is missing";
    QTest::addRow("missing mapping") << QByteArray("    type: transform.map\n"
                                                   "    config: {mapping: nowhere}\n")
                                     << "nowhere.map.yaml";
    QTest::addRow("map without anything")
        << QByteArray("    type: transform.map\n") << "'mapping' or 'expression'";
    QTest::addRow("missing schema") << QByteArray("    type: quality.validate\n"
                                                  "    config: {schema: nowhere}\n")
                                    << "nowhere.schema.json";
    QTest::addRow("case without condition") << QByteArray("    type: route.choice\n"
                                                          "    config:\n"
                                                          "      cases:\n"
                                                          "        - {id: a}\n")
                                            << "config 'condition' is missing";
    QTest::addRow("count zero") << QByteArray("    type: route.aggregate\n"
                                              "    config: {mode: count, count: 0}\n")
                                << "at least 1";
    QTest::addRow("unknown set op") << QByteArray("    type: transform.set\n"
                                                  "    config:\n"
                                                  "      actions:\n"
                                                  "        - {op: append, target: body.a}\n")
                                    << "unknown action 'append'";
    QTest::addRow("unknown mask mode") << QByteArray("    type: security.mask\n"
                                                     "    config: {fields: [a], mode: blur}\n")
                                       << "unknown mask mode 'blur'";
    QTest::addRow("bad rule") << QByteArray("    type: quality.rules\n"
                                            "    config:\n"
                                            "      rules:\n"
                                            "        - {name: r, condition: '(('}\n")
                              << "condition of rule 'r'";
}

void tst_Simulation::loadErrors()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, fragment);
    const auto flow = parseFlow(chain(node));
    QVERIFY(flow);
    QTemporaryDir project;
    Simulation simulation;
    FileError error;
    QVERIFY(!simulation.load(*flow, project.path(), QStringLiteral("flows/t.flow.yaml"), &error));
    QCOMPARE(error.code, QStringLiteral("SIM020"));
    QCOMPARE(error.file, QStringLiteral("flows/t.flow.yaml"));
    QCOMPARE(error.position.line, 6); // the failing node's line
    QVERIFY2(error.message.contains(QLatin1String("node 'x'")), qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void tst_Simulation::brokenSchema()
{
    // valijson cannot compile a schema whose $ref points nowhere: the run does not start, and
    // the error names the flow's node, the schema file and the $ref.
    QTemporaryDir project;
    QVERIFY(QDir(project.path()).mkpath(QStringLiteral("schemas")));
    QFile schema(project.filePath(QStringLiteral("schemas/broken.schema.json")));
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.write(R"({"properties": {"a": {"$ref": "#/$defs/none"}}})");
    schema.close();
    const auto flow = parseFlow(chain("    type: quality.validate\n"
                                      "    config: {schema: broken}\n"));
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(!simulation.load(*flow, project.path(), QStringLiteral("flows/t.flow.yaml"), &error));
    QCOMPARE(error.code, QStringLiteral("SIM020"));
    QVERIFY2(error.message.contains(QLatin1String("node 'x'")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("schemas/broken.schema.json")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("'#/$defs/none'")), qPrintable(error.message));
}

void tst_Simulation::traceInMemory()
{
    const auto flow = parseFlow(chain("    type: transform.map\n"
                                      "    config: {expression: '{\"v\": v + 1}'}\n"));
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    QCOMPARE(simulation.sources(), QStringList { QStringLiteral("in") });
    QCOMPARE(simulation.defaultSource(), QStringLiteral("in"));
    QString message;
    QVERIFY(simulation.inject(QStringLiteral("in"), body(R"({"v": 1})"), &message));

    const auto &trace = simulation.trace();
    QCOMPARE(trace.size(), size_t(3));
    QCOMPARE(trace[0].node, QStringLiteral("in"));
    QCOMPARE(trace[0].port, QString());
    QCOMPARE(trace[1].node, QStringLiteral("x"));
    QCOMPARE(trace[1].port, QStringLiteral("in"));
    QCOMPARE(trace[1].outputs.size(), 1);
    const Message mapped = trace[1].outputs[0].message->unpack();
    QCOMPARE(mapped.parent, trace[1].input->id()); // a transform makes a new message
    QVERIFY(mapped.body == Json::parse(R"({"v": 2})"));
    QCOMPARE(trace[2].input->id(), mapped.id);
    // The hop after it holds the very message the transform sent, not a copy.
    QCOMPARE(trace[2].input.get(), trace[1].outputs[0].message.get());
    QCOMPARE(trace[2].seq, std::uint64_t(3));
    QCOMPARE(simulation.records().size(), 1);
    QCOMPARE(simulation.records(QStringLiteral("out")).size(), 1);
    QCOMPARE(QByteArray::fromStdString(trace[1].toJson().dump()).left(60),
             QByteArray(R"({"seq":2,"t":0,"node":"x","type":"transform.map","port":"in")"));
}

void tst_Simulation::uncaughtFailure()
{
    const auto flow = parseFlow(chain("    type: transform.map\n"
                                      "    config: {expression: '$number(v)'}\n"));
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    QString message;
    QVERIFY(simulation.inject(QStringLiteral("in"), body(R"({"v": "abc"})"), &message));
    QCOMPARE(simulation.records().size(), 0);
    QCOMPARE(simulation.failures().size(), 1);
    QCOMPARE(simulation.failures()[0].node, QStringLiteral("x"));
    QVERIFY(!simulation.failures()[0].caught);
    QVERIFY(simulation.failures()[0].error.startsWith(QLatin1String("D3030")));
    QCOMPARE(simulation.trace()[1].error, simulation.failures()[0].error);
    QCOMPARE(simulation.stats(QStringLiteral("x")).errors, std::uint64_t(1));
}

void tst_Simulation::failedCatchIsNotCaughtAgain()
{
    const auto flow = parseFlow("flowsmith: 1\n"
                                "id: t\n"
                                "nodes:\n"
                                "  - id: in\n"
                                "    type: source.http\n"
                                "  - id: boom\n"
                                "    type: transform.map\n"
                                "    config: {expression: '$error(\"no\")'}\n"
                                "  - id: catch\n"
                                "    type: error.catch\n"
                                "edges:\n"
                                "  - {from: in.out, to: boom.in}\n"
                                "  - {from: catch.out, to: boom.in}\n");
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    QString message;
    QVERIFY(simulation.inject(QStringLiteral("in"), body("1"), &message));
    QCOMPARE(simulation.failures().size(), 2);
    QVERIFY(simulation.failures()[0].caught);
    QVERIFY(!simulation.failures()[1].caught);
    QCOMPARE(simulation.hopCount(), std::uint64_t(4)); // in, boom, catch, boom
}

void tst_Simulation::unknownSource()
{
    const auto flow = parseFlow(chain("    type: route.filter\n"
                                      "    config: {condition: 'true'}\n"));
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    QString message;
    QVERIFY(!simulation.inject(QStringLiteral("x"), body("1"), &message));
    QVERIFY(message.contains(QLatin1String("no source node 'x'")));
    QVERIFY(!simulation.inject(QStringLiteral("nothing"), body("1"), &message));
}

void tst_Simulation::virtualTime()
{
    const auto flow = parseFlow("flowsmith: 1\n"
                                "id: t\n"
                                "nodes:\n"
                                "  - id: in\n"
                                "    type: source.http\n"
                                "  - id: call\n"
                                "    type: sink.http\n"
                                "    config: {retry: {attempts: 4, backoffMs: 1000}}\n"
                                "  - id: done\n"
                                "    type: sink.log\n"
                                "edges:\n"
                                "  - {from: in.out, to: call.in}\n"
                                "  - {from: call.response, to: done.in}\n");
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    SinkMock mock;
    mock.delayMs = 50;
    mock.failTimes = 2;
    simulation.setMocks({ { QStringLiteral("call"), mock } });
    QString message;
    QVERIFY(simulation.inject(QStringLiteral("in"), body("1"), &message));
    // three calls of 50 ms with two pauses of 1000 ms between them
    QCOMPARE(simulation.now(), std::int64_t(2150));
    QCOMPARE(simulation.records(QStringLiteral("done")).size(), 1);
    QCOMPARE(simulation.records(QStringLiteral("done"))[0].time, std::int64_t(2150));
    QCOMPARE(simulation.trace()[1].durationMs, std::int64_t(2150));
    // the failure budget is spent: the next message goes through at once
    QVERIFY(simulation.inject(QStringLiteral("in"), body("2"), &message));
    QCOMPARE(simulation.now(), std::int64_t(2200));

    const NodeStats call = simulation.stats(QStringLiteral("call"));
    QCOMPARE(call.messages, std::uint64_t(2));
    QCOMPARE(call.errors, std::uint64_t(0));
    QCOMPARE(call.maxDurationMs, std::int64_t(2150));
    QCOMPARE(call.totalDurationMs, std::int64_t(2200));
    QCOMPARE(simulation.stats(QStringLiteral("done")).messages, std::uint64_t(2));
    QCOMPARE(simulation.stats(QStringLiteral("nothing")).messages, std::uint64_t(0));
    simulation.reset();
    QCOMPARE(simulation.stats(QStringLiteral("call")).messages, std::uint64_t(0));
}

void tst_Simulation::resetReplays()
{
    const auto flow = parseFlow(chain("    type: transform.map\n"
                                      "    config: {expression: '$'}\n"));
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    QString message;
    auto runTwice = [&] {
        QByteArray bytes;
        simulation.inject(QStringLiteral("in"), body("1"), &message);
        simulation.inject(QStringLiteral("in"), body("2"), &message);
        for (const TraceEvent &event : simulation.trace())
            bytes += QByteArray::fromStdString(event.toJson().dump()) + '\n';
        return bytes;
    };
    const QByteArray first = runTwice();
    simulation.reset();
    QCOMPARE(simulation.trace().size(), size_t(0));
    QCOMPARE(runTwice(), first);
}

void tst_Simulation::nestedSplitJoin()
{
    const auto flow = parseFlow("flowsmith: 1\n"
                                "id: t\n"
                                "nodes:\n"
                                "  - id: in\n"
                                "    type: source.http\n"
                                "  - id: outer\n"
                                "    type: route.split\n"
                                "  - id: inner\n"
                                "    type: route.split\n"
                                "  - id: double\n"
                                "    type: transform.map\n"
                                "    config: {expression: '$ * 2'}\n"
                                "  - id: join-inner\n"
                                "    type: route.aggregate\n"
                                "  - id: join-outer\n"
                                "    type: route.aggregate\n"
                                "  - id: out\n"
                                "    type: sink.log\n"
                                "edges:\n"
                                "  - {from: in.out, to: outer.in}\n"
                                "  - {from: outer.out, to: inner.in}\n"
                                "  - {from: inner.out, to: double.in}\n"
                                "  - {from: double.out, to: join-inner.in}\n"
                                "  - {from: join-inner.out, to: join-outer.in}\n"
                                "  - {from: join-outer.out, to: out.in}\n");
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    Message message = body("[[1, 2], [3], [4, 5, 6]]");
    message.headers["keep"] = "me";
    QString text;
    QVERIFY(simulation.inject(QStringLiteral("in"), message, &text));
    QCOMPARE(simulation.records().size(), 1);
    const Message &joined = simulation.records()[0].message;
    QCOMPARE(QByteArray::fromStdString(joined.body.dump()), QByteArray("[[2,4],[6],[8,10,12]]"));
    QCOMPARE(QByteArray::fromStdString(joined.headers.dump()), QByteArray(R"({"keep":"me"})"));
}

void tst_Simulation::cycleStops()
{
    const auto flow = parseFlow("flowsmith: 1\n"
                                "id: t\n"
                                "nodes:\n"
                                "  - id: in\n"
                                "    type: source.http\n"
                                "  - id: a\n"
                                "    type: route.filter\n"
                                "    config: {condition: 'true'}\n"
                                "  - id: b\n"
                                "    type: route.filter\n"
                                "    config: {condition: 'true'}\n"
                                "edges:\n"
                                "  - {from: in.out, to: a.in}\n"
                                "  - {from: a.out, to: b.in}\n"
                                "  - {from: b.out, to: a.in}\n");
    QVERIFY(flow);
    Simulation simulation;
    FileError error;
    QVERIFY(simulation.load(*flow, QString(), QString(), &error));
    simulation.setHopLimit(1000);
    simulation.setKeepTrace(false);
    QString message;
    QVERIFY(simulation.inject(QStringLiteral("in"), body("1"), &message));
    QCOMPARE(simulation.hopCount(), std::uint64_t(1000));
    QCOMPARE(simulation.failures().size(), 1);
    QVERIFY(simulation.failures()[0].error.contains(QLatin1String("cycle")));
    // the next message starts afresh
    QVERIFY(simulation.inject(QStringLiteral("in"), body("2"), &message));
    QCOMPARE(simulation.failures().size(), 2);
}

QTEST_GUILESS_MAIN(tst_Simulation)
#include "tst_simulation.moc"
