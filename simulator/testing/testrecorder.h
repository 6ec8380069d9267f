#pragma once

#include "model/core/fileerror.h"
#include "model/core/testsuite.h"
#include "simulator/simulation.h"
#include "simulator/sinkmock.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Flowsmith {
class Flow;
}

namespace Flowsmith::Sim {

class SimulationSession;

/// What a finished (or paused) simulation run fed and produced: the material of a test case.
struct RecordedRun
{
    QString flow; ///< flow id
    QString source; ///< the source node fed
    QList<Message> inputs; ///< in feed order
    QHash<QString, SinkMock> mocks; ///< the mocks the run used
    QList<SinkRecord> records; ///< what the sinks received, in order
    QStringList sinks; ///< every sink node of the flow, so a silent one expects `count: 0`
    /// Taken at a pause: messages were still in flight, so `records` are not yet all the
    /// inputs produce. record() then runs the inputs to the end, as the test will.
    bool partial = false;

    /// The sink nodes of `flow` (node types `sink.*`), in flow order.
    static QStringList sinksOf(const Flow &flow);
    /// What `session` has run so far (finished or paused): its flow, source, fed inputs,
    /// mocks and records.
    static RecordedRun fromSession(const SimulationSession &session);
};

/// Turns a simulation run into a test case of tests/<flow>.test.yaml (issue 15 item 4), so
/// what the analyst just watched becomes a regression check: the run's inputs, its mocks and,
/// per chosen sink, the exact bodies received (`count` and `messages`).
///
/// One input is written inline (body and headers); several are kept in
/// tests/inputs/<flow>.<case>.json (an array of bodies, as samples hold them) that the case
/// names as its `inputFile`, so the case does not change when someone edits the sample it came
/// from.
class TestRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim::TestRecorder)

public:
    explicit TestRecorder(const QString &projectFolder);

    /// The case for `run`. `sinks` limits the expectations to those sinks (empty: every sink);
    /// `inputFile` is the project-relative file the inputs are written to when there are
    /// several.
    static TestCase buildCase(const RecordedRun &run, const QString &name, const QStringList &sinks,
                              const QString &inputFile);

    /// The project-relative test file of `flow` (tests/<flow>.test.yaml).
    static QString suitePath(const QString &flow);

    /// Appends the case to the flow's test file (created when missing; cases already there
    /// are kept as written). Refuses an empty or duplicate name, sinks the flow does not
    /// have, and a run without input. A partial run (a pause) has its inputs run to the end
    /// first. Writes atomically; nothing is written on an error.
    /// `writtenFile` (when given) receives the project-relative path of the test file.
    bool record(const RecordedRun &run, const QString &name, const QStringList &sinks,
                FileError *error, QString *writtenFile = nullptr) const;

private:
    QString m_folder;
};

} // namespace Flowsmith::Sim
