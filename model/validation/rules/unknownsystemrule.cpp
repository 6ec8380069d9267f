#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS109: a source or sink names a system that flowsmith.yaml does not declare.
class UnknownSystemRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::UnknownSystem); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A node names an unknown system");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        RuleUtils::forEachReference(
            check, ConfigFieldType::System, [&](const FlowNode &node, const QString &id) {
                if (check.context.systemIds.contains(id))
                    return;
                problems.append(
                    nodeProblem(check, node,
                                QCoreApplication::translate("Validation",
                                                            "Node '%1' calls system '%2', which "
                                                            "flowsmith.yaml does not declare")
                                    .arg(node.id, id)));
            });
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeUnknownSystemRule()
{
    return std::make_unique<UnknownSystemRule>();
}

} // namespace Flowsmith
