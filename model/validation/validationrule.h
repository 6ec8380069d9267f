#pragma once

#include "model/core/problem.h"

#include <QString>

namespace Flowsmith {

class Flow;
class FlowGraph;
class NodeCatalog;
struct FlowNode;
struct ProjectSnapshot;
struct ValidationContext;

/// One flow being checked: the flow, where it lives and what it is checked against.
struct FlowCheck
{
    const Flow &flow;
    QString file; ///< relative to the project folder; empty for a flow that has no file yet
    const ValidationContext &context;
    const FlowGraph &graph;
    const NodeCatalog &catalog;
};

/// One validation rule: a stable code (problemcodes.h), how bad its findings are and what it
/// checks. A rule looks at one flow (checkFlow, run by FlowValidator after every edit, so it
/// must be cheap and read no files), at the loaded project as a whole (checkProject, run by
/// ProjectValidator), or both. Rules are stateless and registered in RuleRegistry.
class ValidationRule
{
public:
    virtual ~ValidationRule() = default;

    virtual QString code() const = 0;
    virtual Severity defaultSeverity() const = 0;
    /// One translated line saying what the rule checks ("Dangling edge").
    virtual QString summary() const = 0;

    virtual void checkFlow(const FlowCheck &check, ProblemList &problems) const;
    virtual void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &context,
                              ProblemList &problems) const;

protected:
    /// A finding of this rule with its default severity.
    Problem problem(const QString &file, SourcePosition position, const QString &flowId,
                    const QString &nodeId, const QString &message) const;
    /// A finding about one node of the flow being checked, placed at that node.
    Problem nodeProblem(const FlowCheck &check, const FlowNode &node, const QString &message) const;
    /// A finding about the flow as a whole, placed at its governance block when it has one.
    Problem flowProblem(const FlowCheck &check, const QString &message) const;
};

} // namespace Flowsmith
