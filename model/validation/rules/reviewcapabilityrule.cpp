#include "builtinrules.h"

#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS123: an architect's review note is about a capability that does not exist (renamed or
/// removed since), so nobody will find it.
class ReviewCapabilityRule final : public ValidationRule
{
public:
    QString code() const override
    {
        return QString::fromLatin1(ProblemCodes::ReviewCapabilityMissing);
    }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A review note names a missing capability");
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &context,
                      ProblemList &problems) const override
    {
        if (!snapshot.capabilities)
            return;
        for (const ReviewNote &review : snapshot.capabilities->reviews) {
            if (context.capabilityIds.contains(review.capability))
                continue;
            problems.append(problem(snapshot.capabilitiesFile, review.position, {}, {},
                                    QCoreApplication::translate("Validation",
                                                                "Review note by %1 is about "
                                                                "capability '%2', which does "
                                                                "not exist")
                                        .arg(review.author, review.capability)));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeReviewCapabilityRule()
{
    return std::make_unique<ReviewCapabilityRule>();
}

} // namespace Flowsmith
