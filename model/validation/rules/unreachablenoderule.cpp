#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/flowgraph.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS105: no path leads from a source or an error.catch to the node, so it never runs. A
/// node whose required input is simply unconnected is left to FS103, which says it better.
class UnreachableNodeRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::UnreachableNode); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A node is not reachable from any source");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const FlowGraph &graph = check.graph;
        QList<bool> reached(graph.nodeCount(), false);
        QList<int> queue;
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const NodeType *type = check.catalog.type(check.flow.nodes[i].type);
            if (type && type->isSource() && graph.indexOf(check.flow.nodes[i].id) == i) {
                reached[i] = true;
                queue.append(i);
            }
        }
        while (!queue.isEmpty()) {
            const int current = queue.takeLast();
            for (int next : graph.successors(current)) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue.append(next);
                }
            }
        }
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const FlowNode &node = check.flow.nodes[i];
            if (reached[i] || graph.indexOf(node.id) != i || hasUnconnectedRequiredInput(check, i))
                continue;
            problems.append(nodeProblem(
                check, node,
                QCoreApplication::translate("Validation",
                                            "Node '%1' is not reachable from any source or "
                                            "error.catch")
                    .arg(node.id)));
        }
    }

private:
    static bool hasUnconnectedRequiredInput(const FlowCheck &check, int index)
    {
        for (const PortSpec &port : check.catalog.ports(check.flow.nodes[index])) {
            if (port.direction == PortDirection::Input && port.required
                && !check.graph.hasIncoming(index, port.name))
                return true;
        }
        return false;
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeUnreachableNodeRule()
{
    return std::make_unique<UnreachableNodeRule>();
}

} // namespace Flowsmith
