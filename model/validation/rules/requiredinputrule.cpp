#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/flowgraph.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS103: an input port the node catalog marks as required has no edge into it, so the node
/// never runs.
class RequiredInputRule final : public ValidationRule
{
public:
    QString code() const override
    {
        return QString::fromLatin1(ProblemCodes::RequiredInputUnconnected);
    }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A required input is not connected");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (int i = 0; i < check.flow.nodes.size(); ++i) {
            const FlowNode &node = check.flow.nodes[i];
            if (check.graph.indexOf(node.id) != i)
                continue; // a duplicate id (FS110): edges attach to the first node
            for (const PortSpec &port : check.catalog.ports(node)) {
                if (port.direction != PortDirection::Input || !port.required
                    || check.graph.hasIncoming(i, port.name))
                    continue;
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation",
                                                "Input '%1.%2' is not connected; node '%1' "
                                                "never receives a message")
                        .arg(node.id, port.name)));
            }
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeRequiredInputRule()
{
    return std::make_unique<RequiredInputRule>();
}

} // namespace Flowsmith
