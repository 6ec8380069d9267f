#include "simulator/testing/testrecorder.h"

#include "model/core/errorcodes.h"
#include "model/core/flow.h"
#include "model/core/modelfile.h"
#include "model/core/project.h"
#include "model/core/projectid.h"
#include "simulator/simulationsession.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Flowsmith::Sim {

QStringList RecordedRun::sinksOf(const Flow &flow)
{
    QStringList sinks;
    for (const FlowNode &node : flow.nodes)
        if (node.type.startsWith(QLatin1String("sink.")))
            sinks.append(node.id);
    return sinks;
}

RecordedRun RecordedRun::fromSession(const SimulationSession &session)
{
    RecordedRun run;
    run.flow = session.flow().id;
    run.source = session.source();
    run.inputs = session.fedInputs();
    run.mocks = session.mocks();
    run.records = session.records();
    run.sinks = sinksOf(session.flow());
    run.partial = !session.isFinished();
    return run;
}

namespace {

// What the inputs of a paused run produce when run to the end, headless, with the run's mocks
// (exactly what the recorded case will see when the test runner runs it).
bool completeRecords(RecordedRun &run, const QString &folder, FileError *error)
{
    const QString flowFile = Project::pathFor(ProjectFileKind::Flow, run.flow);
    const auto flow = Flow::load(QDir(folder).filePath(flowFile), error);
    Simulation simulation;
    if (!flow || !simulation.load(*flow, folder, flowFile, error))
        return false;
    simulation.setMocks(run.mocks);
    for (const Message &message : std::as_const(run.inputs)) {
        QString injectError;
        if (!simulation.inject(run.source, message, &injectError))
            return ModelFile::fail(error, ErrorCode::InvalidValue, QDir(folder).filePath(flowFile),
                                   {}, injectError);
    }
    run.records = simulation.records();
    run.partial = false;
    return true;
}

} // namespace

TestRecorder::TestRecorder(const QString &projectFolder)
    : m_folder(projectFolder)
{ }

QString TestRecorder::suitePath(const QString &flow)
{
    return Project::pathFor(ProjectFileKind::TestSuite, flow);
}

TestCase TestRecorder::buildCase(const RecordedRun &run, const QString &name,
                                 const QStringList &sinks, const QString &inputFile)
{
    TestCase testCase;
    testCase.name = name;
    testCase.source = run.source;
    if (run.inputs.size() == 1) {
        testCase.body = run.inputs.first().body;
        testCase.headers
            = run.inputs.first().headers.is_object() ? run.inputs.first().headers : Json::object();
    } else {
        testCase.inputFile = inputFile;
    }
    // Mocks in a stable order: the hash's order would reshuffle the file on every recording.
    QStringList mockSinks = run.mocks.keys();
    mockSinks.sort();
    for (const QString &sink : mockSinks) {
        const SinkMock &m = run.mocks.value(sink);
        TestMock mock;
        mock.sink = sink;
        if (m.status != 200)
            mock.status = m.status;
        mock.body = m.body;
        mock.headers = m.headers.is_object() ? m.headers : Json::object();
        if (m.delayMs != 0)
            mock.delayMs = m.delayMs;
        if (m.failTimes != 0)
            mock.failTimes = m.failTimes;
        testCase.mocks.append(mock);
    }
    const QStringList chosen = sinks.isEmpty() ? run.sinks : sinks;
    for (const QString &sink : chosen) {
        TestExpectation expectation;
        expectation.sink = sink;
        Json bodies = Json::array();
        for (const SinkRecord &record : run.records)
            if (record.sink == sink)
                bodies.push_back(record.message.body);
        expectation.count = int(bodies.size());
        if (!bodies.empty())
            expectation.messages = bodies;
        testCase.expectations.append(expectation);
    }
    return testCase;
}

bool TestRecorder::record(const RecordedRun &run, const QString &name, const QStringList &sinks,
                          FileError *error, QString *writtenFile) const
{
    const QString suiteFile = suitePath(run.flow);
    const QString suiteAbsolute = QDir(m_folder).filePath(suiteFile);
    auto fail = [&](const QString &message) {
        return ModelFile::fail(error, ErrorCode::InvalidValue, suiteAbsolute, {}, message);
    };
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("the test case needs a name"));
    if (run.inputs.isEmpty())
        return fail(tr("the run fed no message, so there is nothing to record"));
    for (const QString &sink : sinks)
        if (!run.sinks.contains(sink))
            return fail(tr("the flow '%1' has no sink '%2' (its sinks: %3)")
                            .arg(run.flow, sink, run.sinks.join(QLatin1String(", "))));

    TestSuite suite;
    if (QFileInfo::exists(suiteAbsolute)) {
        auto loaded = TestSuite::load(suiteAbsolute, error);
        if (!loaded)
            return false;
        suite = std::move(*loaded);
        if (suite.flow != run.flow)
            return fail(tr("the file tests the flow '%1', not '%2'").arg(suite.flow, run.flow));
    } else {
        suite.id = run.flow;
        suite.flow = run.flow;
    }
    for (const TestCase &existing : suite.cases)
        if (existing.name.trimmed() == trimmed)
            return ModelFile::fail(error, ErrorCode::InvalidValue, suiteAbsolute, existing.position,
                                   tr("a test case named '%1' already exists; choose another "
                                      "name")
                                       .arg(trimmed));

    RecordedRun complete = run;
    if (complete.partial && !completeRecords(complete, m_folder, error))
        return false;

    QString inputFile;
    if (run.inputs.size() > 1) {
        QString slug = ProjectId::fromName(trimmed);
        if (slug.isEmpty())
            slug = QStringLiteral("case-%1").arg(suite.cases.size() + 1);
        inputFile = QStringLiteral("tests/inputs/%1.%2.json").arg(run.flow, slug);
        // Another case's inputs are never overwritten: a free numbered name is taken.
        for (int n = 2; QFileInfo::exists(QDir(m_folder).filePath(inputFile)); ++n)
            inputFile = QStringLiteral("tests/inputs/%1.%2-%3.json").arg(run.flow, slug).arg(n);
        // A .json sample's array holds bodies (SampleReader), so headers of several inputs
        // are not kept; a single input keeps them inline.
        Json messages = Json::array();
        for (const Message &message : run.inputs)
            messages.push_back(message.body);
        const QString inputAbsolute = QDir(m_folder).filePath(inputFile);
        QDir().mkpath(QFileInfo(inputAbsolute).absolutePath());
        QByteArray bytes = QByteArray::fromStdString(messages.dump(2));
        bytes.append('\n');
        if (!ModelFile::write(inputAbsolute, bytes, error))
            return false;
    }
    suite.cases.append(buildCase(complete, trimmed, sinks, inputFile));
    QDir().mkpath(QFileInfo(suiteAbsolute).absolutePath());
    if (!suite.save(suiteAbsolute, error)) {
        if (!inputFile.isEmpty())
            QFile::remove(QDir(m_folder).filePath(inputFile)); // nothing half-written
        return false;
    }
    if (writtenFile)
        *writtenFile = suiteFile;
    return true;
}

} // namespace Flowsmith::Sim
