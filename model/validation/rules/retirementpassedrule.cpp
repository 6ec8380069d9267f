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

/// FS113: the flow should have been retired already (retireBy before today).
class RetirementPassedRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::RetirementPassed); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A flow is past its retirement date");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const QDate retireBy = RuleUtils::isoDate(check.flow.governance.retireBy);
        if (!retireBy.isValid() || retireBy >= check.context.today)
            return;
        problems.append(flowProblem(
            check,
            QCoreApplication::translate("Validation",
                                        "Flow '%1' was to be retired by %2, %n day(s) ago", nullptr,
                                        int(retireBy.daysTo(check.context.today)))
                .arg(check.flow.id, check.flow.governance.retireBy)));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeRetirementPassedRule()
{
    return std::make_unique<RetirementPassedRule>();
}

} // namespace Flowsmith
