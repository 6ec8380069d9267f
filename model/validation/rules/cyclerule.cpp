#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/flowgraph.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS106: edges that lead back to a node already on the path, so a message could circle for
/// ever. Reported once per back edge, at the node where the cycle starts, naming its path.
class CycleRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::Cycle); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "The edges form a cycle");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const FlowGraph &graph = check.graph;
        enum Colour { White, Grey, Black };
        QList<Colour> colour(graph.nodeCount(), White);
        // An explicit stack, not recursion: a generated flow may be thousands of nodes long.
        struct Frame
        {
            int node;
            int nextSuccessor;
        };
        for (int root = 0; root < graph.nodeCount(); ++root) {
            if (colour[root] != White)
                continue;
            QList<Frame> stack { { root, 0 } };
            colour[root] = Grey;
            while (!stack.isEmpty()) {
                Frame &frame = stack.last();
                const QList<int> &successors = graph.successors(frame.node);
                if (frame.nextSuccessor == successors.size()) {
                    colour[frame.node] = Black;
                    stack.removeLast();
                    continue;
                }
                const int next = successors[frame.nextSuccessor++];
                if (colour[next] == White) {
                    colour[next] = Grey;
                    stack.append({ next, 0 });
                } else if (colour[next] == Grey) {
                    report(check, stack, next, problems);
                }
            }
        }
    }

private:
    template<typename Stack>
    void report(const FlowCheck &check, const Stack &stack, int start, ProblemList &problems) const
    {
        QStringList path;
        bool onCycle = false;
        for (const auto &frame : stack) {
            onCycle = onCycle || frame.node == start;
            if (onCycle)
                path.append(check.flow.nodes[frame.node].id);
        }
        path.append(check.flow.nodes[start].id);
        // A generated flow can have a cycle through thousands of nodes; its ends say enough.
        constexpr int Shown = 4;
        if (path.size() > 2 * Shown + 1)
            path = path.mid(0, Shown) + QStringList { QStringLiteral("…") }
                + path.mid(path.size() - Shown);
        problems.append(
            nodeProblem(check, check.flow.nodes[start],
                        QCoreApplication::translate("Validation", "Nodes form a cycle: %1")
                            .arg(path.join(QStringLiteral(" → ")))));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeCycleRule()
{
    return std::make_unique<CycleRule>();
}

} // namespace Flowsmith
