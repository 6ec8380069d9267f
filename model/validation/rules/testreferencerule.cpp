#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/core/project.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace Flowsmith {
namespace {

/// FS118: a test case that cannot run as written: its suite names a flow that does not
/// exist, or a case names a source, a mocked or expected sink that is not a source or sink
/// of that flow, or an input file that is not there.
class TestReferenceRule final : public ValidationRule
{
public:
    QString code() const override
    {
        return QString::fromLatin1(ProblemCodes::TestReferenceMissing);
    }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A test case names a missing flow, node or file");
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        QHash<QString, const Flow *> flows;
        for (const FlowFile &file : snapshot.flows) {
            if (!flows.contains(file.flow.id)) // a duplicate id is FS110's; the first counts
                flows.insert(file.flow.id, &file.flow);
        }
        for (const TestSuiteFile &file : snapshot.testSuites) {
            const TestSuite &suite = file.suite;
            const Flow *flow = flows.value(suite.flow);
            if (!flow) {
                // A flow file that failed to load has its own problem; no second one here.
                if (!flowFileExists(snapshot, suite.flow))
                    problems.append(problem(
                        file.file, RuleUtils::topLevelKeyPosition(snapshot, file.file, "flow"),
                        suite.flow, {},
                        QCoreApplication::translate("Validation",
                                                    "Test suite '%1' is for flow '%2', which "
                                                    "does not exist")
                            .arg(suite.id, suite.flow)));
                continue;
            }
            for (const TestCase &testCase : suite.cases)
                checkCase(snapshot, file.file, *flow, testCase, problems);
        }
    }

private:
    static bool flowFileExists(const ProjectSnapshot &snapshot, const QString &flowId)
    {
        return snapshot.project && snapshot.project->file(ProjectFileKind::Flow, flowId);
    }

    void checkCase(const ProjectSnapshot &snapshot, const QString &file, const Flow &flow,
                   const TestCase &testCase, ProblemList &problems) const
    {
        const NodeCatalog &catalog = NodeCatalog::instance();
        const auto isA = [&](const QString &nodeId, bool source) {
            const FlowNode *node = flow.node(nodeId);
            const NodeType *type = node ? catalog.type(node->type) : nullptr;
            return type && (source ? type->isSource() : type->isSink());
        };
        const auto report
            = [&](SourcePosition position, const QString &nodeId, const QString &message) {
                  problems.append(problem(file, position.isValid() ? position : testCase.position,
                                          flow.id, nodeId, message));
              };

        if (testCase.source.isEmpty()) {
            int sources = 0;
            for (const FlowNode &node : flow.nodes)
                sources += isA(node.id, true) ? 1 : 0;
            if (sources > 1)
                report(testCase.position, {},
                       QCoreApplication::translate("Validation",
                                                   "Test case '%1' names no source, and flow "
                                                   "'%2' has %3")
                           .arg(testCase.name, flow.id)
                           .arg(sources));
        } else if (!isA(testCase.source, true)) {
            report(testCase.position, {},
                   QCoreApplication::translate("Validation",
                                               "Test case '%1' feeds '%2', which is not a "
                                               "source of flow '%3'")
                       .arg(testCase.name, testCase.source, flow.id));
        }
        for (const TestMock &mock : testCase.mocks) {
            if (!isA(mock.sink, false))
                report(mock.position, {},
                       QCoreApplication::translate("Validation",
                                                   "Test case '%1' mocks '%2', which is not a "
                                                   "sink of flow '%3'")
                           .arg(testCase.name, mock.sink, flow.id));
        }
        for (const TestExpectation &expectation : testCase.expectations) {
            if (!isA(expectation.sink, false))
                report(expectation.position, {},
                       QCoreApplication::translate("Validation",
                                                   "Test case '%1' expects messages at '%2', "
                                                   "which is not a sink of flow '%3'")
                           .arg(testCase.name, expectation.sink, flow.id));
        }
        if (!testCase.inputFile.isEmpty() && snapshot.project
            && !QFileInfo(snapshot.project->absolutePath(testCase.inputFile)).isFile())
            report(testCase.position, {},
                   QCoreApplication::translate("Validation",
                                               "Test case '%1' reads '%2', which does not exist")
                       .arg(testCase.name, testCase.inputFile));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeTestReferenceRule()
{
    return std::make_unique<TestReferenceRule>();
}

} // namespace Flowsmith
