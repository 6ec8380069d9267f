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

/// FS114: the flow is to be retired soon (retireBy today or within the next 90 days), so its
/// successor should be on its way.
class RetirementDueRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::RetirementDue); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A flow is to be retired within 90 days");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const QDate retireBy = RuleUtils::isoDate(check.flow.governance.retireBy);
        if (!retireBy.isValid())
            return;
        const qint64 days = check.context.today.daysTo(retireBy);
        if (days < 0 || days > ProblemCodes::RetirementWarningDays)
            return;
        problems.append(flowProblem(
            check,
            QCoreApplication::translate(
                "Validation", "Flow '%1' is to be retired by %2, in %n day(s)", nullptr, int(days))
                .arg(check.flow.id, check.flow.governance.retireBy)));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeRetirementDueRule()
{
    return std::make_unique<RetirementDueRule>();
}

} // namespace Flowsmith
