#include "flowvalidator.h"

#include "flowgraph.h"
#include "problemsummary.h"
#include "ruleregistry.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

namespace Flowsmith {

FlowValidator::FlowValidator(ValidationContext context)
    : m_context(std::move(context))
{ }

ProblemList FlowValidator::validate(const Flow &flow, const QString &file) const
{
    const FlowGraph graph(flow);
    const FlowCheck check { flow, file, m_context, graph, NodeCatalog::instance() };
    ProblemList problems;
    for (const auto &rule : RuleRegistry::instance().rules())
        rule->checkFlow(check, problems);
    sortProblems(problems);
    return problems;
}

} // namespace Flowsmith
