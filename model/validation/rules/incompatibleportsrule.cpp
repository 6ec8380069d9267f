#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS102: an edge joins two ports that cannot be joined: it must run from an output to an
/// input, so it may not start at an input, end at an output, enter a node that has no inputs
/// (a source) or leave a node that has no outputs.
class IncompatiblePortsRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::IncompatiblePorts); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "An edge joins incompatible ports");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const FlowEdge &edge : check.flow.edges) {
            const std::optional<QString> fromProblem
                = endProblem(check, edge.from, PortDirection::Output);
            const std::optional<QString> toProblem
                = endProblem(check, edge.to, PortDirection::Input);
            for (const std::optional<QString> &message : { fromProblem, toProblem }) {
                if (message)
                    problems.append(problem(check.file, RuleUtils::edgePosition(check, edge),
                                            check.flow.id, RuleUtils::edgeNodeId(check, edge),
                                            *message));
            }
        }
    }

private:
    std::optional<QString> endProblem(const FlowCheck &check, const PortRef &end,
                                      PortDirection wanted) const
    {
        const FlowNode *node = RuleUtils::findNode(check, end.node);
        if (!node || end.port.isEmpty() || !check.catalog.type(node->type))
            return std::nullopt; // FS101, FS119
        const bool input = wanted == PortDirection::Input;
        if (const std::optional<PortSpec> port = check.catalog.port(*node, end.port)) {
            if (port->direction == wanted)
                return std::nullopt;
            return input
                ? QCoreApplication::translate("Validation",
                                              "Edge ends at '%1', an output port; it must end "
                                              "at an input")
                      .arg(end.toString())
                : QCoreApplication::translate("Validation",
                                              "Edge starts at '%1', an input port; it must start "
                                              "at an output")
                      .arg(end.toString());
        }
        const QList<PortSpec> ports = check.catalog.ports(*node);
        for (const PortSpec &port : ports) {
            if (port.direction == wanted)
                return std::nullopt; // just a wrong port name: FS101
        }
        return input ? QCoreApplication::translate("Validation",
                                                   "Edge into '%1', but node '%2' (%3) has no "
                                                   "inputs")
                           .arg(end.toString(), node->id, node->type)
                     : QCoreApplication::translate("Validation",
                                                   "Edge out of '%1', but node '%2' (%3) has no "
                                                   "outputs")
                           .arg(end.toString(), node->id, node->type);
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeIncompatiblePortsRule()
{
    return std::make_unique<IncompatiblePortsRule>();
}

} // namespace Flowsmith
