// The interactive engine the studio drives: one hop at a time, breakpoints with conditions,
// pause and cancel, time travel from a past hop with an edited node, latency percentiles and
// the SLO check.

#include "model/core/flow.h"
#include "simulator/runstatistics.h"
#include "simulator/simulationsession.h"

#include <QTest>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

namespace {

// receive -> tag (map) -> route (choice on total) -> big | small; a fault-free flow with a
// fixed latency on `tag`, so durations are known.
const QByteArray FlowYaml = "flowsmith: 1\n"
                            "id: t\n"
                            "slo: {latencyMs: 10, successRate: 50}\n"
                            "nodes:\n"
                            "  - id: receive\n"
                            "    type: source.http\n"
                            "  - id: tag\n"
                            "    type: transform.map\n"
                            "    config:\n"
                            "      expression: '$merge([$, {\"tag\": \"a\"}])'\n"
                            "      fault: {probability: 0, latencyMs: 5}\n"
                            "  - id: route\n"
                            "    type: route.choice\n"
                            "    config:\n"
                            "      cases:\n"
                            "        - {id: big, condition: 'total > 100'}\n"
                            "  - id: big\n"
                            "    type: sink.log\n"
                            "  - id: small\n"
                            "    type: sink.log\n"
                            "edges:\n"
                            "  - {from: receive.out, to: tag.in}\n"
                            "  - {from: tag.out, to: route.in}\n"
                            "  - {from: route.big, to: big.in}\n"
                            "  - {from: route.otherwise, to: small.in}\n";

Flow parseFlow(const QByteArray &yaml)
{
    FileError error;
    auto flow = Flow::fromYaml(yaml, QStringLiteral("t.flow.yaml"), &error);
    if (!flow)
        qFatal("%s", qPrintable(error.toString()));
    return *flow;
}

QList<Message> totals(std::initializer_list<int> values)
{
    QList<Message> messages;
    for (int value : values) {
        Message message;
        message.body = Json { { "total", value } };
        messages.append(message);
    }
    return messages;
}

bool startSession(SimulationSession &session, const Flow &flow, const QList<Message> &inputs)
{
    FileError error;
    if (!session.load(flow, QString(), QStringLiteral("flows/t.flow.yaml"), &error)
        || !session.start(QStringLiteral("receive"), inputs, &error)) {
        qWarning("%s", qPrintable(error.toString()));
        return false;
    }
    return true;
}

} // namespace

class tst_SimulationSession : public QObject
{
    Q_OBJECT

private slots:
    void stepsOneHopAtATime();
    void resumeMatchesHeadlessRun();
    void breakpoint_data();
    void breakpoint();
    void badConditionIsReported();
    void pauseAndCancel();
    void yieldsForProgress();
    void timeTravel();
    void timeTravelTwice();
    void percentile_data();
    void percentile();
    void nodeLatency();
    void slo();
};

void tst_SimulationSession::stepsOneHopAtATime()
{
    SimulationSession session;
    QVERIFY(startSession(session, parseFlow(FlowYaml), totals({ 50 })));
    QCOMPARE(session.nextNode(), QString()); // nothing posted until the first step
    QCOMPARE(session.step(), StopReason::Stepped);
    QCOMPARE(session.hops().size(), size_t(1));
    QCOMPARE(session.hops()[0].node, QStringLiteral("receive"));
    QCOMPARE(session.nextNode(), QStringLiteral("tag"));
    QVERIFY(session.nextMessage());
    QCOMPARE(session.nextMessage()->body.at("total").get<int>(), 50);
    QCOMPARE(session.step(), StopReason::Stepped);
    QCOMPARE(session.hops().back().node, QStringLiteral("tag"));
    QCOMPARE(session.hops().back().durationMs, 5);
    QCOMPARE(session.nextMessage()->body.at("tag").get<std::string>(), std::string("a"));
    QCOMPARE(session.step(), StopReason::Stepped);
    QCOMPARE(session.nextNode(), QStringLiteral("small"));
    QCOMPARE(session.step(), StopReason::Finished);
    QVERIFY(session.isFinished());
    QCOMPARE(session.records().size(), 1);
    QCOMPARE(session.records()[0].sink, QStringLiteral("small"));
    QCOMPARE(session.step(), StopReason::Finished);
    QCOMPARE(session.hops().size(), size_t(4));
}

void tst_SimulationSession::resumeMatchesHeadlessRun()
{
    const Flow flow = parseFlow(FlowYaml);
    const QList<Message> inputs = totals({ 50, 150, 7 });
    SimulationSession session;
    session.setSeed(3);
    QVERIFY(startSession(session, flow, inputs));
    QCOMPARE(session.step(), StopReason::Stepped);
    QCOMPARE(session.resume(), StopReason::Finished);

    Simulation headless;
    FileError error;
    QVERIFY(headless.load(flow, QString(), QStringLiteral("t"), &error));
    headless.setSeed(3);
    headless.reset();
    QString injectError;
    for (const Message &message : inputs)
        QVERIFY(headless.inject(QStringLiteral("receive"), message, &injectError));
    QCOMPARE(session.hops().size(), headless.trace().size());
    for (size_t i = 0; i < headless.trace().size(); ++i)
        QCOMPARE(session.hops()[i].toJson().dump(), headless.trace()[i].toJson().dump());
    QCOMPARE(session.inputOf(0), 0u);
    QCOMPARE(session.inputOf(session.hops().size() - 1), 2u);
    QCOMPARE(session.inputsFed(), 3u);
}

void tst_SimulationSession::breakpoint_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QList<int>>("stopsAtTotals"); // the message totals each stop shows

    QTest::addRow("every message") << "route"
                                   << "" << QList<int> { 50, 150, 7 };
    QTest::addRow("condition") << "route"
                               << "total > 100" << QList<int> { 150 };
    QTest::addRow("headers") << "tag"
                             << "$headers.vip = true" << QList<int> {};
    QTest::addRow("never reached") << "big"
                                   << "total < 100" << QList<int> {};
    QTest::addRow("sink") << "big"
                          << "" << QList<int> { 150 };
    QTest::addRow("source, first hop") << "receive"
                                       << "total = 50" << QList<int> { 50 };
}

void tst_SimulationSession::breakpoint()
{
    QFETCH(QString, node);
    QFETCH(QString, condition);
    QFETCH(QList<int>, stopsAtTotals);

    SimulationSession session;
    QVERIFY(startSession(session, parseFlow(FlowYaml), totals({ 50, 150, 7 })));
    QStringList errors;
    session.setBreakpoints({ Breakpoint { node, condition } }, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QList<int> stops;
    StopReason reason;
    while ((reason = session.resume()) == StopReason::Breakpoint) {
        QCOMPARE(session.nextNode(), node);
        stops.append(session.nextMessage()->body.at("total").get<int>());
        QVERIFY(stops.size() < 10);
    }
    QCOMPARE(reason, StopReason::Finished);
    QCOMPARE(stops, stopsAtTotals);
    QCOMPARE(session.records().size(), 3); // breakpoints never change what runs
}

void tst_SimulationSession::badConditionIsReported()
{
    SimulationSession session;
    QVERIFY(startSession(session, parseFlow(FlowYaml), totals({ 1 })));
    QStringList errors;
    session.setBreakpoints({ Breakpoint { QStringLiteral("tag"), QStringLiteral("total >") } },
                           &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0].contains(QStringLiteral("tag")));
    QCOMPARE(session.resume(), StopReason::Finished);
}

void tst_SimulationSession::pauseAndCancel()
{
    SimulationSession session;
    QVERIFY(startSession(session, parseFlow(FlowYaml), totals({ 1, 2, 3 })));
    session.requestPause();
    QCOMPARE(session.resume(), StopReason::Paused);
    QCOMPARE(session.hops().size(), size_t(0));
    QCOMPARE(session.step(), StopReason::Stepped);
    session.requestCancel();
    QCOMPARE(session.resume(), StopReason::Cancelled);
    QVERIFY(session.isFinished());
    QCOMPARE(session.hops().size(), size_t(1));
    QCOMPARE(session.resume(), StopReason::Finished);
}

void tst_SimulationSession::yieldsForProgress()
{
    SimulationSession session;
    QVERIFY(startSession(session, parseFlow(FlowYaml), totals({ 1, 2, 3, 4 })));
    QCOMPARE(session.resume(5), StopReason::Yielded);
    QCOMPARE(session.hops().size(), size_t(5));
    QCOMPARE(session.progress(), 0.5);
    QCOMPARE(session.resume(), StopReason::Finished);
    QCOMPARE(session.hops().size(), size_t(16));
    QCOMPARE(session.progress(), 1.0);
}

void tst_SimulationSession::timeTravel()
{
    const Flow flow = parseFlow(FlowYaml);
    SimulationSession session;
    QVERIFY(startSession(session, flow, totals({ 50, 150, 7 })));
    QCOMPARE(session.resume(), StopReason::Finished);
    const std::vector<TraceEvent> original = session.hops();

    // Hop 6 (index 5) is `tag` handling the second message.
    const std::size_t index = 5;
    QCOMPARE(original[index].node, QStringLiteral("tag"));
    Flow edited = flow;
    edited.node(QStringLiteral("tag"))->config[QStringLiteral("expression")]
        = QStringLiteral("$merge([$, {\"tag\": \"b\", \"total\": total * 10}])");
    QString error;
    QVERIFY2(session.rerunFrom(index, edited, &error), qPrintable(error));
    QCOMPARE(session.hops().size(), index);
    for (std::size_t i = 0; i < index; ++i)
        QCOMPARE(session.hops()[i].toJson().dump(), original[i].toJson().dump());
    QCOMPARE(session.nextNode(), QStringLiteral("tag"));
    QCOMPARE(session.nextMessage()->body.dump(), original[index].input->body().dump());
    QCOMPARE(session.nextMessage()->id, original[index].input->id());

    QCOMPARE(session.resume(), StopReason::Finished);
    QCOMPARE(session.hops()[index].outputs[0].message->body().at("tag").get<std::string>(),
             std::string("b"));
    const QList<SinkRecord> &records = session.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].message.body.at("tag").get<std::string>(), std::string("a"));
    QCOMPARE(records[1].message.body.at("total").get<int>(), 1500);
    QCOMPARE(records[2].message.body.at("total").get<int>(), 70); // later inputs: edited too
    QCOMPARE(records[2].sink, QStringLiteral("small"));
    QCOMPARE(session.flow().node(QStringLiteral("tag"))->config, edited.node("tag")->config);

    // A config that does not compile is refused and says which node.
    Flow broken = flow;
    broken.node(QStringLiteral("tag"))->config[QStringLiteral("expression")] = QStringLiteral("(");
    QVERIFY(!session.rerunFrom(1, broken, &error));
    QVERIFY2(error.contains(QStringLiteral("tag")), qPrintable(error));
}

void tst_SimulationSession::timeTravelTwice()
{
    const Flow flow = parseFlow(FlowYaml);
    SimulationSession session;
    QVERIFY(startSession(session, flow, totals({ 1, 2, 3 })));
    QCOMPARE(session.resume(), StopReason::Finished);

    Flow first = flow;
    first.node(QStringLiteral("tag"))->config[QStringLiteral("expression")]
        = QStringLiteral("{\"v\": 1, \"total\": total}");
    QString error;
    QVERIFY2(session.rerunFrom(5, first, &error), qPrintable(error)); // second input's tag
    QCOMPARE(session.resume(), StopReason::Finished);
    Flow second = first;
    second.node(QStringLiteral("tag"))->config[QStringLiteral("expression")]
        = QStringLiteral("{\"v\": 2, \"total\": total}");
    QVERIFY2(session.rerunFrom(9, second, &error), qPrintable(error)); // third input's tag
    QCOMPARE(session.resume(), StopReason::Finished);
    const QList<SinkRecord> &records = session.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].message.body.at("tag").get<std::string>(), std::string("a"));
    QCOMPARE(records[1].message.body.at("v").get<int>(), 1); // the first edit replayed
    QCOMPARE(records[2].message.body.at("v").get<int>(), 2);
}

void tst_SimulationSession::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("empty") << QList<qint64> {} << 50.0 << qint64(0);
    QTest::addRow("one") << QList<qint64> { 7 } << 99.0 << qint64(7);
    QTest::addRow("p0 is the minimum") << QList<qint64> { 3, 1, 2 } << 0.0 << qint64(1);
    QTest::addRow("p100 is the maximum") << QList<qint64> { 3, 9, 2 } << 100.0 << qint64(9);
    QTest::addRow("median of four") << QList<qint64> { 40, 10, 30, 20 } << 50.0 << qint64(20);
    QTest::addRow("median of five") << QList<qint64> { 5, 1, 4, 2, 3 } << 50.0 << qint64(3);
    QList<qint64> hundred;
    for (qint64 i = 100; i >= 1; --i)
        hundred.append(i);
    QTest::addRow("p95 of 1..100") << hundred << 95.0 << qint64(95);
    QTest::addRow("p99 of 1..100") << hundred << 99.0 << qint64(99);
    QTest::addRow("p95 of 1..10") << hundred.mid(90) << 95.0 << qint64(10);
    QTest::addRow("p50 of 1..10") << hundred.mid(90) << 50.0 << qint64(5);
    QTest::addRow("ties") << QList<qint64> { 0, 0, 0, 0, 100 } << 80.0 << qint64(0);
}

void tst_SimulationSession::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(qint64, expected);
    std::vector<std::int64_t> v(values.begin(), values.end());
    QCOMPARE(RunStatistics::percentile(v, p), expected);
}

void tst_SimulationSession::nodeLatency()
{
    RunStatistics statistics;
    for (int i = 1; i <= 20; ++i) {
        TraceEvent event;
        event.node = QStringLiteral("call");
        event.time = i * 100;
        event.durationMs = i * 10; // 10 … 200
        if (i % 5 == 0)
            event.error = QStringLiteral("boom");
        statistics.addHop(event, std::uint64_t(i - 1));
    }
    const NodeLatency latency = statistics.node(QStringLiteral("call"));
    QCOMPARE(latency.messages, 20u);
    QCOMPARE(latency.errors, 4u);
    QCOMPARE(latency.p50, 100);
    QCOMPARE(latency.p95, 190);
    QCOMPARE(latency.p99, 200);
    QCOMPARE(statistics.node(QStringLiteral("other")).messages, 0u);
    QCOMPARE(statistics.nodes(), QStringList { QStringLiteral("call") });
}

void tst_SimulationSession::slo()
{
    SimulationSession session;
    const Flow flow = parseFlow(FlowYaml); // slo: 10 ms at p95, 50 % success
    QVERIFY(startSession(session, flow, totals({ 50, 150, 7, 1 })));
    QCOMPARE(session.resume(), StopReason::Finished);
    SloVerdict verdict = session.slo();
    QCOMPARE(verdict.inputs, 4u);
    QCOMPARE(verdict.latencyP95, 5); // the map's 5 ms is the whole path
    QCOMPARE(verdict.successRate, 100.0);
    QVERIFY(verdict.met());

    ServiceLevel strict;
    strict.latencyMs = 4;
    strict.successRate = 99.9;
    verdict = session.statistics().slo(strict);
    QVERIFY(!verdict.latencyMet());
    QVERIFY(verdict.successMet());

    // Half the inputs fail somewhere: 50 % success, an error.catch does not make it a success.
    RunStatistics statistics;
    for (int i = 0; i < 4; ++i) {
        TraceEvent event;
        event.node = QStringLiteral("n");
        event.error = i % 2 ? QStringLiteral("x") : QString();
        statistics.addHop(event, std::uint64_t(i));
    }
    verdict = statistics.slo(strict);
    QCOMPARE(verdict.successRate, 50.0);
    QVERIFY(!verdict.successMet());
    QVERIFY(verdict.latencyMet());
}

QTEST_GUILESS_MAIN(tst_SimulationSession)
#include "tst_simulationsession.moc"
