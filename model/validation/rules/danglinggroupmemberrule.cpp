#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS130: a group lists a node id that the flow does not have. The canvas drops such a
/// member silently, so a hand-edited or merged file would lose it without a word.
class DanglingGroupMemberRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::DanglingGroupMember); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A group lists a node that is missing");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const FlowGroup &group : check.flow.groups) {
            for (const QString &member : group.nodes) {
                if (RuleUtils::findNode(check, member))
                    continue;
                problems.append(problem(check.file, group.position, check.flow.id, QString(),
                                        QCoreApplication::translate(
                                            "Validation", "Group '%1' lists the missing node '%2'")
                                            .arg(group.id, member)));
            }
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeDanglingGroupMemberRule()
{
    return std::make_unique<DanglingGroupMemberRule>();
}

} // namespace Flowsmith
