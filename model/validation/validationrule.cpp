#include "validationrule.h"

#include "model/core/flow.h"

namespace Flowsmith {

void ValidationRule::checkFlow(const FlowCheck &, ProblemList &) const { }

void ValidationRule::checkProject(const ProjectSnapshot &, const ValidationContext &,
                                  ProblemList &) const
{ }

Problem ValidationRule::problem(const QString &file, SourcePosition position, const QString &flowId,
                                const QString &nodeId, const QString &message) const
{
    Problem result;
    result.code = code();
    result.severity = defaultSeverity();
    result.message = message;
    result.file = file;
    result.position = position;
    result.flowId = flowId;
    result.nodeId = nodeId;
    return result;
}

Problem ValidationRule::nodeProblem(const FlowCheck &check, const FlowNode &node,
                                    const QString &message) const
{
    return problem(check.file, node.position, check.flow.id, node.id, message);
}

Problem ValidationRule::flowProblem(const FlowCheck &check, const QString &message) const
{
    // A flow has no position of its own; its governance block is where the fix goes, and
    // the top of the file is the next best place.
    SourcePosition position = check.flow.governance.position;
    if (!position.isValid())
        position = { 1, 1 };
    return problem(check.file, position, check.flow.id, {}, message);
}

} // namespace Flowsmith
