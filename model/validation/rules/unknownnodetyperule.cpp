#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS119: a node's type is not in the node catalog. Loading a file already refuses this; the
/// rule covers flows built or pasted in the studio, whose other checks skip such nodes.
class UnknownNodeTypeRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::UnknownNodeType); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A node has an unknown type");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const FlowNode &node : check.flow.nodes) {
            if (check.catalog.type(node.type))
                continue;
            problems.append(nodeProblem(
                check, node,
                QCoreApplication::translate("Validation", "Node '%1' has the unknown type '%2'")
                    .arg(node.id, node.type)));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeUnknownNodeTypeRule()
{
    return std::make_unique<UnknownNodeTypeRule>();
}

} // namespace Flowsmith
