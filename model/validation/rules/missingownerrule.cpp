#include "builtinrules.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS111: nobody answers for the flow: no governance.owner and no project default owner.
class MissingOwnerRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::MissingOwner); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A flow has no owner");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        if (!check.flow.governance.owner.trimmed().isEmpty()
            || !check.context.defaultOwner.isEmpty())
            return;
        problems.append(flowProblem(check,
                                    QCoreApplication::translate("Validation",
                                                                "Flow '%1' has no owner "
                                                                "(governance.owner)")
                                        .arg(check.flow.id)));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeMissingOwnerRule()
{
    return std::make_unique<MissingOwnerRule>();
}

} // namespace Flowsmith
