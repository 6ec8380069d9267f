#pragma once

#include "model/core/fileerror.h"
#include "simulator/message.h"
#include "simulator/sinkmock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Flowsmith {
class TestSuite;
}

namespace Flowsmith::Sim {

/// What one sink must have received at the end of a test case (any subset of the three).
struct SinkExpectation
{
    QString sink;
    std::optional<int> count;
    std::optional<Json> messages; ///< exact bodies, in order
    QString assertion; ///< JSONata over the array of bodies; must be truthy
};

/// One case of a flow test file (tests/<id>.test.yaml), as the simulator runs it.
struct FlowTestCase
{
    QString name;
    QString source; ///< empty: the flow's only source
    std::optional<Message> input;
    QString inputFile; ///< relative to the project folder
    QHash<QString, SinkMock> mocks;
    QList<SinkExpectation> expectations;
    SourcePosition position;
};

/// A test file: which flow its cases run.
struct FlowTestSuite
{
    QString id;
    QString flow;
    QString fileName; ///< relative to the project, for messages and reports
    QList<FlowTestCase> cases;

    /// The model's test file (model/core/testsuite.h) as the runner takes it.
    static FlowTestSuite fromModel(const TestSuite &suite, const QString &fileName);
};

} // namespace Flowsmith::Sim
