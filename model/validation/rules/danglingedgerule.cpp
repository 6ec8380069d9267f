#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

#include <algorithm>

namespace Flowsmith {
namespace {

/// FS101: an edge end names a node that does not exist, or a port that its node does not
/// have. A node without any port of the needed direction is FS102's business.
class DanglingEdgeRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::DanglingEdge); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "An edge references a missing node or port");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const FlowEdge &edge : check.flow.edges) {
            checkEnd(check, edge, edge.from, PortDirection::Output, problems);
            checkEnd(check, edge, edge.to, PortDirection::Input, problems);
        }
    }

private:
    void checkEnd(const FlowCheck &check, const FlowEdge &edge, const PortRef &end,
                  PortDirection direction, ProblemList &problems) const
    {
        const SourcePosition position = RuleUtils::edgePosition(check, edge);
        const QString nodeId = RuleUtils::edgeNodeId(check, edge);
        const FlowNode *node = RuleUtils::findNode(check, end.node);
        if (!node) {
            const QString message = end.node.isEmpty()
                ? QCoreApplication::translate("Validation", "Edge %1 → %2 has an empty end")
                      .arg(edge.from.toString(), edge.to.toString())
                : QCoreApplication::translate("Validation",
                                              "Edge %1 → %2 references the missing node '%3'")
                      .arg(edge.from.toString(), edge.to.toString(), end.node);
            problems.append(problem(check.file, position, check.flow.id, nodeId, message));
            return;
        }
        if (end.port.isEmpty()) {
            problems.append(
                problem(check.file, position, check.flow.id, nodeId,
                        QCoreApplication::translate("Validation",
                                                    "Edge end '%1' names no port (write node.port)")
                            .arg(end.node)));
            return;
        }
        if (!check.catalog.type(node->type))
            return; // FS119
        if (check.catalog.port(*node, end.port))
            return;
        const QList<PortSpec> ports = check.catalog.ports(*node);
        const bool hasDirection = std::any_of(ports.begin(), ports.end(), [&](const PortSpec &p) {
            return p.direction == direction;
        });
        if (!hasDirection)
            return; // FS102: the node has no inputs (or outputs) at all
        QStringList names;
        for (const PortSpec &port : ports)
            names.append(port.name);
        problems.append(
            problem(check.file, position, check.flow.id, nodeId,
                    QCoreApplication::translate("Validation",
                                                "Node '%1' (%2) has no port '%3'; its ports are %4")
                        .arg(node->id, node->type, end.port, names.join(QLatin1String(", ")))));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeDanglingEdgeRule()
{
    return std::make_unique<DanglingEdgeRule>();
}

} // namespace Flowsmith
