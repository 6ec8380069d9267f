#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/validation/problemcodes.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS115: a config field the node catalog marks as required is missing or empty, also inside
/// an object field (sink.http's retry) and the items of a list field (route.choice's cases).
/// A required field with a default value is satisfied by the default when absent. transform.map
/// needs one of `mapping` and `expression`, which the catalog cannot say with `required`.
class RequiredConfigRule final : public ValidationRule
{
public:
    QString code() const override
    {
        return QString::fromLatin1(ProblemCodes::RequiredConfigMissing);
    }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "A required config field is missing");
    }

    void checkFlow(const FlowCheck &check, ProblemList &problems) const override
    {
        for (const FlowNode &node : check.flow.nodes) {
            const NodeType *type = check.catalog.type(node.type);
            if (!type)
                continue;
            checkFields(check, node, type->configFields, node.config, QString(), problems);
            if (node.type == QLatin1String("transform.map")
                && RuleUtils::isEmptyValue(node.config.value(QStringLiteral("mapping")))
                && RuleUtils::isEmptyValue(node.config.value(QStringLiteral("expression")))) {
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation",
                                                "Node '%1' (transform.map) needs config "
                                                "'mapping' or 'expression'")
                        .arg(node.id)));
            }
        }
    }

private:
    void checkFields(const FlowCheck &check, const FlowNode &node, const QList<ConfigField> &fields,
                     const QVariantMap &config, const QString &prefix, ProblemList &problems) const
    {
        for (const ConfigField &field : fields) {
            const QVariant value = config.value(field.key);
            const QString path = prefix + field.key;
            if (field.required && !field.defaultValue.isValid() && RuleUtils::isEmptyValue(value)) {
                problems.append(nodeProblem(
                    check, node,
                    QCoreApplication::translate("Validation", "Node '%1' (%2) needs config '%3'")
                        .arg(node.id, node.type, path)));
                continue;
            }
            if (field.itemFields.isEmpty() || RuleUtils::isEmptyValue(value))
                continue;
            if (field.type == ConfigFieldType::Object) {
                checkFields(check, node, field.itemFields, value.toMap(), path + u'.', problems);
                continue;
            }
            if (field.type != ConfigFieldType::ObjectList)
                continue;
            const QVariantList items = value.toList();
            for (int i = 0; i < items.size(); ++i) {
                checkFields(check, node, field.itemFields, items[i].toMap(),
                            QStringLiteral("%1[%2].").arg(path).arg(i), problems);
            }
        }
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeRequiredConfigRule()
{
    return std::make_unique<RequiredConfigRule>();
}

} // namespace Flowsmith
