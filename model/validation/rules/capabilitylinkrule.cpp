#include "builtinrules.h"
#include "ruleutils.h"

#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>
#include <QSet>

namespace Flowsmith {
namespace {

/// FS117: a capability links a flow or a system that does not exist, so the capability map
/// promises coverage the project does not have.
class CapabilityLinkRule final : public ValidationRule
{
public:
    QString code() const override
    {
        return QString::fromLatin1(ProblemCodes::CapabilityLinkMissing);
    }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A capability links a missing flow or system");
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &context,
                      ProblemList &problems) const override
    {
        if (!snapshot.capabilities)
            return;
        QSet<QString> flowIds;
        for (const FlowFile &file : snapshot.flows)
            flowIds.insert(file.flow.id);
        RuleUtils::forEachCapability(
            snapshot.capabilities->capabilities, [&](const Capability &capability) {
                for (const QString &flow : capability.flows) {
                    if (flowIds.contains(flow))
                        continue;
                    problems.append(problem(
                        snapshot.capabilitiesFile, capability.position, {}, {},
                        QCoreApplication::translate("Validation",
                                                    "Capability '%1' links flow '%2', which does "
                                                    "not exist")
                            .arg(capability.id, flow)));
                }
                for (const QString &system : capability.systems) {
                    if (context.systemIds.contains(system))
                        continue;
                    problems.append(problem(
                        snapshot.capabilitiesFile, capability.position, {}, {},
                        QCoreApplication::translate("Validation",
                                                    "Capability '%1' links system '%2', which "
                                                    "flowsmith.yaml does not declare")
                            .arg(capability.id, system)));
                }
            });
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeCapabilityLinkRule()
{
    return std::make_unique<CapabilityLinkRule>();
}

} // namespace Flowsmith
