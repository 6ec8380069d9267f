#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/flowgraph.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS104: a source (or error.catch) whose messages go nowhere.
class SourceWithoutOutputRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::SourceWithoutOutput); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A source has no outgoing edge");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (int i = 0; i < check.flow.nodes.size(); ++i) {
            const FlowNode &node = check.flow.nodes[i];
            const NodeType *type = check.catalog.type(node.type);
            if (!type || !type->isSource() || check.graph.indexOf(node.id) != i
                || check.graph.hasOutgoing(i))
                continue;
            problems.append(nodeProblem(
                check, node,
                QCoreApplication::translate("Validation",
                                            "Source '%1' has no outgoing edge; its messages go "
                                            "nowhere")
                    .arg(node.id)));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeSourceWithoutOutputRule()
{
    return std::make_unique<SourceWithoutOutputRule>();
}

} // namespace Flowsmith
