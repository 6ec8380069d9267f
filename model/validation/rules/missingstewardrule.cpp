#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS112: nobody looks after the data the flow moves: no governance.steward and no project
/// default steward.
class MissingStewardRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::MissingSteward); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A flow has no data steward");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        if (!check.flow.governance.steward.trimmed().isEmpty()
            || !check.context.defaultSteward.isEmpty())
            return;
        problems.append(flowProblem(check,
                                    QCoreApplication::translate("Validation",
                                                                "Flow '%1' has no data steward "
                                                                "(governance.steward)")
                                        .arg(check.flow.id)));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeMissingStewardRule()
{
    return std::make_unique<MissingStewardRule>();
}

} // namespace Flowsmith
