#include "simulator/testing/gateoptions.h"

#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "simulator/testing/flowtestrunner.h"

namespace Flowsmith::Sim {

GateTestOutcome runProjectTests(const Project &project)
{
    GateTestOutcome outcome;
    const FlowTestRunner runner(project.folder());
    for (const ProjectFile &file : project.files(ProjectFileKind::TestSuite)) {
        FileError error;
        const auto suite = TestSuite::load(project.absolutePath(file.relativePath), &error);
        if (!suite) {
            outcome.errors << error.toString();
            continue;
        }
        for (const FlowTestResult &result :
             runner.run(FlowTestSuite::fromModel(*suite, file.relativePath))) {
            if (result.passed) {
                ++outcome.passed;
                continue;
            }
            ++outcome.failed;
            const QString where
                = QStringLiteral("%1:%2: ").arg(result.suiteFile).arg(result.position.line);
            if (!result.error.isEmpty())
                outcome.failures << where + result.error;
            for (const QString &failure : result.failures)
                outcome.failures << where + QStringLiteral("%1: %2").arg(result.name, failure);
        }
    }
    return outcome;
}

CommitGate::Options commitGateOptions()
{
    CommitGate::Options options;
    options.runTests = runProjectTests;
    return options;
}

} // namespace Flowsmith::Sim
