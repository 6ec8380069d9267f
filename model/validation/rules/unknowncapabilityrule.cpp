#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS116: a flow's governance names a capability that capabilities.yaml does not define.
class UnknownCapabilityRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::UnknownCapability); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A flow names an unknown capability");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const QString &id : check.flow.governance.capabilities) {
            if (check.context.capabilityIds.contains(id))
                continue;
            problems.append(
                flowProblem(check,
                            QCoreApplication::translate("Validation",
                                                        "Flow '%1' serves capability '%2', which "
                                                        "capabilities.yaml does not define")
                                .arg(check.flow.id, id)));
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeUnknownCapabilityRule()
{
    return std::make_unique<UnknownCapabilityRule>();
}

} // namespace Flowsmith
