#include "builtinrules.h"
#include "ruleutils.h"

#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS124: a capability's maturity is outside the 1…5 scale (0 means not assessed and is
/// fine), so the capability map cannot colour it.
class MaturityRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::MaturityOutOfRange); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A capability's maturity is outside 1 to 5");
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        if (!snapshot.capabilities)
            return;
        RuleUtils::forEachCapability(
            snapshot.capabilities->capabilities, [&](const Capability &capability) {
                if (capability.maturity >= 0 && capability.maturity <= 5)
                    return;
                problems.append(problem(
                    snapshot.capabilitiesFile, capability.position, {}, {},
                    QCoreApplication::translate("Validation",
                                                "Capability '%1' has maturity %2; the scale is 1 "
                                                "(ad hoc) to 5 (optimised)")
                        .arg(capability.id)
                        .arg(capability.maturity)));
            });
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeMaturityRule()
{
    return std::make_unique<MaturityRule>();
}

} // namespace Flowsmith
