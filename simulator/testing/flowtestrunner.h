#pragma once

#include "simulator/message.h"
#include "simulator/testing/flowtestcase.h"
#include "simulator/traceevent.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Flowsmith::Sim {

/// What one sink was expected to receive (`messages:` of the case; null when the case
/// checks only a count or an assertion) and the bodies it did receive: the studio's diff.
struct SinkComparison
{
    QString sink;
    Json expected;
    Json actual = Json::array();
};

/// The outcome of one test case. `failures` say, per sink, what was expected and what came;
/// `error` is set instead when the case could not run at all (missing flow, bad input file).
struct FlowTestResult
{
    QString suite;
    QString suiteFile;
    QString name;
    bool passed = false;
    QStringList failures;
    QString error;
    /// Messages that failed in a node with no error.catch to take them: not a failure by
    /// themselves (a case may mean them), but worth showing beside the result.
    QStringList uncaught;
    SourcePosition position;
    std::vector<TraceEvent> trace; ///< kept for failing cases, so the studio can open it
    /// Nodes that handled a message and edges ("from.port->to.port", as CanvasOverlay keys
    /// them) a message went along in this case: the studio's coverage heat.
    QStringList coveredNodes;
    QStringList coveredEdges;
    QList<SinkComparison> sinks; ///< one per expectation, in the case's order
};

/// Runs flow test cases headless (design §5 `flowsmith-cli test`, the studio's test
/// explorer): one fresh simulation per case with the case's mocks, then each expectation
/// against what the sinks received.
class FlowTestRunner
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim)

public:
    explicit FlowTestRunner(const QString &projectFolder);

    QList<FlowTestResult> run(const FlowTestSuite &suite) const;

    /// Checks one sink's expectation against the bodies it received; failures appended.
    static void check(const SinkExpectation &expectation, const Json &bodies,
                      QStringList &failures);

private:
    QString m_folder;
};

} // namespace Flowsmith::Sim
