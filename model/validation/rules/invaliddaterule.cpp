#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS120: a date that should be ISO yyyy-MM-dd is not (governance.retireBy, review dates).
/// Without it FS113 and FS114 could not check anything.
class InvalidDateRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::InvalidDate); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A date is not yyyy-MM-dd");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        const QString &retireBy = check.flow.governance.retireBy;
        if (retireBy.isEmpty() || RuleUtils::isoDate(retireBy).isValid())
            return;
        problems.append(flowProblem(check,
                                    QCoreApplication::translate("Validation",
                                                                "governance.retireBy '%1' is not "
                                                                "a date (write yyyy-MM-dd)")
                                        .arg(retireBy)));
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        if (!snapshot.capabilities)
            return;
        for (const ReviewNote &review : snapshot.capabilities->reviews) {
            if (review.date.isEmpty() || RuleUtils::isoDate(review.date).isValid())
                continue;
            problems.append(problem(snapshot.capabilitiesFile, review.position, {}, {},
                                    QCoreApplication::translate("Validation",
                                                                "Review date '%1' is not a date "
                                                                "(write yyyy-MM-dd)")
                                        .arg(review.date)));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeInvalidDateRule()
{
    return std::make_unique<InvalidDateRule>();
}

} // namespace Flowsmith
