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

/// FS107: a node (transform.map) names a mapping that has no mappings/<id>.map.yaml.
class MissingMappingRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::MissingMapping); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A node names a missing mapping");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        RuleUtils::forEachReference(
            check, ConfigFieldType::Mapping, [&](const FlowNode &node, const QString &id) {
                if (check.context.mappingIds.contains(id))
                    return;
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation",
                                                "Node '%1' uses mapping '%2', but there is no "
                                                "mappings/%2.map.yaml")
                        .arg(node.id, id)));
            });
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeMissingMappingRule()
{
    return std::make_unique<MissingMappingRule>();
}

} // namespace Flowsmith
