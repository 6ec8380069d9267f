#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationcontext.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS108: a node (quality.validate) or a mapping (its source and target) names a schema that
/// has no schemas/<id>.schema.json.
class MissingSchemaRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::MissingSchema); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A node or mapping names a missing schema");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        RuleUtils::forEachReference(
            check, ConfigFieldType::Schema, [&](const FlowNode &node, const QString &id) {
                if (check.context.schemaIds.contains(id))
                    return;
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation",
                                                "Node '%1' uses schema '%2', but there is no "
                                                "schemas/%2.schema.json")
                        .arg(node.id, id)));
            });
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &context,
                      ProblemList &problems) const override
    {
        for (const MappingFile &file : snapshot.mappings) {
            const Mapping &mapping = file.mapping;
            const struct
            {
                const QString &id;
                const char *key;
            } ends[] = { { mapping.source, "source" }, { mapping.target, "target" } };
            for (const auto &end : ends) {
                if (end.id.isEmpty() || context.schemaIds.contains(end.id))
                    continue;
                problems.append(problem(
                    file.file, RuleUtils::topLevelKeyPosition(snapshot, file.file, end.key), {}, {},
                    QCoreApplication::translate("Validation",
                                                "Mapping '%1' has %2 schema '%3', but there is "
                                                "no schemas/%3.schema.json")
                        .arg(mapping.id, QLatin1String(end.key), end.id)));
            }
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeMissingSchemaRule()
{
    return std::make_unique<MissingSchemaRule>();
}

} // namespace Flowsmith
