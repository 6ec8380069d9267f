#include "simulator/testing/flowtestrunner.h"

#include "model/core/flow.h"
#include "model/core/project.h"
#include "model/data/jsonvariant.h"
#include "simulator/messageexpression.h"
#include "simulator/samplereader.h"
#include "simulator/simulation.h"
#include "simulator/simulationerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Flowsmith::Sim {

namespace {

// Which nodes handled a message and which edges carried one, in flow order.
void addCoverage(const Flow &flow, const std::vector<TraceEvent> &trace, FlowTestResult &result)
{
    QSet<QString> nodes;
    QSet<QString> ports;
    for (const TraceEvent &event : trace) {
        nodes.insert(event.node);
        for (const TraceOutput &output : event.outputs)
            ports.insert(event.node + u'.' + output.port);
    }
    for (const FlowNode &node : flow.nodes)
        if (nodes.contains(node.id))
            result.coveredNodes.append(node.id);
    for (const FlowEdge &edge : flow.edges) {
        const QString port = edge.from.port.isEmpty() ? QStringLiteral("out") : edge.from.port;
        if (ports.contains(edge.from.node + u'.' + port))
            result.coveredEdges.append(edge.from.toString() + QStringLiteral("->")
                                       + edge.to.toString());
    }
}

QString compact(const Json &value)
{
    return QString::fromUtf8(toCompactBytes(value));
}

} // namespace

FlowTestRunner::FlowTestRunner(const QString &projectFolder)
    : m_folder(projectFolder)
{ }

void FlowTestRunner::check(const SinkExpectation &expectation, const Json &bodies,
                           QStringList &failures)
{
    const QString &sink = expectation.sink;
    if (expectation.count && int(bodies.size()) != *expectation.count) {
        failures << tr("%1: expected %2 message(s), received %3")
                        .arg(sink)
                        .arg(*expectation.count)
                        .arg(bodies.size());
    }
    if (expectation.messages) {
        const Json &expected = *expectation.messages;
        if (!expected.is_array()) {
            failures << tr("%1: `messages` must be a list of bodies").arg(sink);
        } else {
            const std::size_t n = std::max(expected.size(), bodies.size());
            for (std::size_t i = 0; i < n; ++i) {
                if (i >= bodies.size()) {
                    failures << tr("%1: message %2: expected %3, received nothing")
                                    .arg(sink)
                                    .arg(i + 1)
                                    .arg(compact(expected[i]));
                } else if (i >= expected.size()) {
                    failures << tr("%1: message %2: expected nothing, received %3")
                                    .arg(sink)
                                    .arg(i + 1)
                                    .arg(compact(bodies[i]));
                } else if (!jsonEquals(expected[i], bodies[i])) {
                    failures << tr("%1: message %2: expected %3, received %4")
                                    .arg(sink)
                                    .arg(i + 1)
                                    .arg(compact(expected[i]), compact(bodies[i]));
                }
            }
        }
    }
    if (!expectation.assertion.trimmed().isEmpty()) {
        QString error;
        const MessageExpression assertion
            = MessageExpression::compile(expectation.assertion, &error);
        if (assertion.isNull()) {
            failures << tr("%1: the assertion `%2` does not compile: %3")
                            .arg(sink, expectation.assertion, error);
            return;
        }
        try {
            if (!MessageExpression::truthy(assertion.evaluateOn(bodies, Json::object())))
                failures << tr("%1: assertion `%2` is false for %3")
                                .arg(sink, expectation.assertion, compact(bodies));
        } catch (const SimulationError &e) {
            failures
                << tr("%1: assertion `%2` failed: %3").arg(sink, expectation.assertion, e.message);
        }
    }
}

QList<FlowTestResult> FlowTestRunner::run(const FlowTestSuite &suite) const
{
    QList<FlowTestResult> results;
    auto resultFor = [&](const FlowTestCase &testCase) {
        FlowTestResult result;
        result.suite = suite.id;
        result.suiteFile = suite.fileName;
        result.name = testCase.name;
        result.position = testCase.position;
        return result;
    };

    const QString flowFile = Project::pathFor(ProjectFileKind::Flow, suite.flow);
    FileError fileError;
    const auto flow = Flow::load(QDir(m_folder).filePath(flowFile), &fileError);
    Simulation simulation;
    QString setupError;
    if (!flow)
        setupError = fileError.toString();
    else if (!simulation.load(*flow, m_folder, flowFile, &fileError))
        setupError = fileError.toString();

    for (const FlowTestCase &testCase : suite.cases) {
        FlowTestResult result = resultFor(testCase);
        if (!setupError.isEmpty()) {
            result.error = setupError;
            results.append(result);
            continue;
        }
        simulation.reset();
        simulation.setMocks(testCase.mocks);
        const QString source
            = testCase.source.isEmpty() ? simulation.defaultSource() : testCase.source;
        if (source.isEmpty()) {
            result.error = tr("the case names no source and the flow has %1 sources")
                               .arg(simulation.sources().size());
            results.append(result);
            continue;
        }

        QList<Message> inputs;
        if (testCase.input)
            inputs.append(*testCase.input);
        if (!testCase.inputFile.isEmpty()) {
            SampleReader reader;
            FileError readError;
            if (!reader.open(QDir(m_folder).filePath(testCase.inputFile), &readError)) {
                result.error = readError.toString();
                results.append(result);
                continue;
            }
            Message message;
            while (reader.next(message, &readError))
                inputs.append(std::move(message));
            if (!readError.code.isEmpty()) {
                result.error = readError.toString();
                results.append(result);
                continue;
            }
        }
        if (inputs.isEmpty()) {
            result.error = tr("the case has no input and no inputFile");
            results.append(result);
            continue;
        }
        QString injectError;
        for (Message &message : inputs) {
            if (!simulation.inject(source, std::move(message), &injectError))
                break;
        }
        if (!injectError.isEmpty()) {
            result.error = injectError;
            results.append(result);
            continue;
        }

        for (auto it = testCase.mocks.cbegin(); it != testCase.mocks.cend(); ++it)
            if (!simulation.hasNode(it.key()))
                result.failures << tr("mocks: the flow has no node '%1'").arg(it.key());
        for (const SinkExpectation &expectation : testCase.expectations) {
            if (!simulation.hasNode(expectation.sink)) {
                result.failures << tr("expect: the flow has no node '%1'").arg(expectation.sink);
                continue;
            }
            Json bodies = Json::array();
            for (const SinkRecord &record : simulation.records(expectation.sink))
                bodies.push_back(record.message.body);
            check(expectation, bodies, result.failures);
            result.sinks.append(SinkComparison {
                expectation.sink, expectation.messages ? *expectation.messages : Json(), bodies });
        }
        for (const FailedMessage &failure : simulation.failures())
            if (!failure.caught)
                result.uncaught
                    << tr("message failed in node '%1': %2").arg(failure.node, failure.error);
        result.passed = result.failures.isEmpty();
        addCoverage(*flow, simulation.trace(), result);
        if (!result.passed)
            result.trace = simulation.trace();
        results.append(std::move(result));
    }
    return results;
}

} // namespace Flowsmith::Sim
