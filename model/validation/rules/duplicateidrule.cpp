#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/core/project.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>
#include <QHash>

namespace Flowsmith {
namespace {

/// FS110: an id that must be unique is used twice: a node id within a flow, a flow or a
/// mapping id across files, a system id in flowsmith.yaml, a capability id in
/// capabilities.yaml. Each repetition is reported where it occurs, naming the first.
class DuplicateIdRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::DuplicateId); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "An id is used more than once");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        QHash<QString, const FlowNode *> first;
        for (const FlowNode &node : check.flow.nodes) {
            if (node.id.isEmpty())
                continue;
            if (const FlowNode *earlier = first.value(node.id)) {
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation",
                                                "Node id '%1' is used twice in this flow (first "
                                                "at line %2)")
                        .arg(node.id)
                        .arg(earlier->position.line)));
            } else {
                first.insert(node.id, &node);
            }
        }
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        QHash<QString, QString> flowFiles;
        for (const FlowFile &file : snapshot.flows) {
            const QString earlier = flowFiles.value(file.flow.id);
            if (file.flow.id.isEmpty())
                continue;
            if (earlier.isEmpty()) {
                flowFiles.insert(file.flow.id, file.file);
                continue;
            }
            problems.append(
                problem(file.file, RuleUtils::topLevelKeyPosition(snapshot, file.file, "id"),
                        file.flow.id, {},
                        QCoreApplication::translate("Validation", "Flow id '%1' is also used by %2")
                            .arg(file.flow.id, earlier)));
        }

        QHash<QString, QString> mappingFiles;
        for (const MappingFile &file : snapshot.mappings) {
            const QString earlier = mappingFiles.value(file.mapping.id);
            if (file.mapping.id.isEmpty())
                continue;
            if (earlier.isEmpty()) {
                mappingFiles.insert(file.mapping.id, file.file);
                continue;
            }
            problems.append(problem(
                file.file, RuleUtils::topLevelKeyPosition(snapshot, file.file, "id"), {}, {},
                QCoreApplication::translate("Validation", "Mapping id '%1' is also used by %2")
                    .arg(file.mapping.id, earlier)));
        }

        if (snapshot.project) {
            QHash<QString, const SystemInfo *> systems;
            for (const SystemInfo &system : snapshot.project->manifest().systems) {
                if (const SystemInfo *earlier = systems.value(system.id)) {
                    problems.append(problem(
                        snapshot.manifestFile, system.position, {}, {},
                        QCoreApplication::translate("Validation",
                                                    "System id '%1' is declared twice (first at "
                                                    "line %2)")
                            .arg(system.id)
                            .arg(earlier->position.line)));
                } else {
                    systems.insert(system.id, &system);
                }
            }
        }

        if (snapshot.capabilities) {
            QHash<QString, SourcePosition> capabilities;
            RuleUtils::forEachCapability(
                snapshot.capabilities->capabilities, [&](const Capability &capability) {
                    if (capability.id.isEmpty())
                        return;
                    if (!capabilities.contains(capability.id)) {
                        capabilities.insert(capability.id, capability.position);
                        return;
                    }
                    problems.append(problem(
                        snapshot.capabilitiesFile, capability.position, {}, {},
                        QCoreApplication::translate("Validation",
                                                    "Capability id '%1' is used twice (first at "
                                                    "line %2)")
                            .arg(capability.id)
                            .arg(capabilities.value(capability.id).line)));
                });
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeDuplicateIdRule()
{
    return std::make_unique<DuplicateIdRule>();
}

} // namespace Flowsmith
