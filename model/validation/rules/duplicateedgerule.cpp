#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>
#include <QSet>

namespace Flowsmith {
namespace {

/// FS122: the same two ports are joined twice, so every message would be delivered twice.
class DuplicateEdgeRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::DuplicateEdge); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "The same edge is drawn twice");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const QList<FlowEdge> &edges = check.flow.edges;
        QSet<QString> seen;
        for (int i = 0; i < edges.size(); ++i) {
            const QString key = edges[i].from.toString() + u'\n' + edges[i].to.toString();
            if (!seen.contains(key)) {
                seen.insert(key);
                continue;
            }
            problems.append(problem(
                check.file, RuleUtils::edgePosition(check, edges[i]), check.flow.id,
                RuleUtils::edgeNodeId(check, edges[i]),
                QCoreApplication::translate("Validation",
                                            "Edge %1 → %2 is drawn twice; messages would arrive "
                                            "twice")
                    .arg(edges[i].from.toString(), edges[i].to.toString())));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeDuplicateEdgeRule()
{
    return std::make_unique<DuplicateEdgeRule>();
}

} // namespace Flowsmith
