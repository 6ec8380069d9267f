#include "mappingchecker.h"

#include "schematypes.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

QString typeText(const QStringList &types, bool isArray)
{
    const QString names = types.isEmpty() ? tr("any") : types.join(u'|');
    return isArray ? tr("array of %1").arg(names) : names;
}

QString enumText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return u'"' + value.toString() + u'"';
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::MappingChecker)

public:
    QList<MappingFinding> findings;

    void checkRules(const QList<MappingRule> &rules, const SchemaField *sourceScope,
                    const SchemaField *targetScope, const QList<int> &parentPath,
                    const QString &targetPrefix, const MappingRule *owner)
    {
        for (int i = 0; i < rules.size(); ++i) {
            QList<int> path = parentPath;
            path.append(i);
            checkRule(rules.at(i), sourceScope, targetScope, path, targetPrefix);
        }
        if (targetScope)
            checkRequired(rules, *targetScope, QString(), parentPath, targetPrefix, owner);
    }

private:
    void add(MappingFinding::Kind kind, const MappingRule *rule, const QList<int> &path,
             const QString &targetPath, const QString &message)
    {
        MappingFinding finding;
        finding.kind = kind;
        finding.rulePath = path;
        finding.targetPath = targetPath;
        if (rule)
            finding.position = rule->position;
        finding.message = message;
        findings.append(finding);
    }

    const SchemaField *sourceField(const QString &path, const SchemaField *scope,
                                   const MappingRule &rule, const QList<int> &rulePath,
                                   const QString &targetPath, bool *plain)
    {
        *plain = scope && SchemaTypes::isPlainPath(path);
        if (!*plain)
            return nullptr;
        const SchemaField *field = SchemaTypes::resolve(*scope, path);
        if (!field)
            add(MappingFinding::Kind::UnknownSourcePath, &rule, rulePath, targetPath,
                tr("The source path '%1' is not in the source schema").arg(path.trimmed()));
        return field;
    }

    void checkRule(const MappingRule &rule, const SchemaField *sourceScope,
                   const SchemaField *targetScope, const QList<int> &path,
                   const QString &targetPrefix)
    {
        const QString targetPath = targetPrefix + rule.target;
        const SchemaField *target
            = targetScope ? SchemaTypes::resolve(*targetScope, rule.target) : nullptr;

        if (!rule.forEach.isEmpty()) {
            bool plain = false;
            const SchemaField *array
                = sourceField(rule.forEach, sourceScope, rule, path, targetPath, &plain);
            if (array && !array->isArray)
                add(MappingFinding::Kind::Cardinality, &rule, path, targetPath,
                    tr("forEach runs over '%1', which is not an array").arg(rule.forEach));
            if (target && !target->isArray)
                add(MappingFinding::Kind::Cardinality, &rule, path, targetPath,
                    tr("forEach makes an array, but the target '%1' is a single value")
                        .arg(targetPath));
            // Over a scalar the element fields are unknown: the nested paths are not judged.
            checkRules(rule.rules, array && array->isArray ? array : nullptr, target, path,
                       targetPath + u'.', &rule);
            return;
        }
        if (!rule.expr.isEmpty())
            return; // hand-written: its shape is not known without running it

        const SchemaField *source = nullptr;
        if (!rule.from.isEmpty()) {
            bool plain = false;
            source = sourceField(rule.from, sourceScope, rule, path, targetPath, &plain);
        }
        const QVariantMap &function = rule.function;
        const QString name = function.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("concat")) {
            const QVariant parts = function.value(QStringLiteral("from"));
            const QStringList list = parts.typeId() == QMetaType::QString
                ? QStringList { parts.toString() }
                : parts.toStringList();
            for (const QString &part : list) {
                bool plain = false;
                sourceField(part, sourceScope, rule, path, targetPath, &plain);
            }
        }
        if (!target)
            return;

        const ValueShape shape = SchemaTypes::ruleShape(rule, source);
        if (shape.known) {
            if (shape.isArray && !target->isArray) {
                add(MappingFinding::Kind::Cardinality, &rule, path, targetPath,
                    tr("'%1' is an array, but the target '%2' takes a single value; join, "
                       "count, sum or pick one element")
                        .arg(rule.from, targetPath));
            } else if (!shape.isArray && target->isArray && !rule.from.isEmpty()) {
                add(MappingFinding::Kind::Cardinality, &rule, path, targetPath,
                    tr("'%1' is a single value, but the target '%2' is an array")
                        .arg(rule.from, targetPath));
            } else if (!SchemaTypes::typesCompatible(shape.types, target->types)) {
                add(MappingFinding::Kind::TypeMismatch, &rule, path, targetPath,
                    tr("A %1 goes into '%2', which is %3, without a conversion")
                        .arg(typeText(shape.types, shape.isArray), targetPath,
                             typeText(target->types, target->isArray)));
            }
        }
        if (!target->enumValues.isEmpty())
            checkEnum(rule, source, *target, path, targetPath);
    }

    void checkEnum(const MappingRule &rule, const SchemaField *source, const SchemaField &target,
                   const QList<int> &path, const QString &targetPath)
    {
        const QVariantMap &function = rule.function;
        const QString name = function.value(QStringLiteral("name")).toString();
        QStringList missing;
        auto judge = [&](const QVariant &value) {
            const QString text = enumText(value);
            if (!target.enumValues.contains(text) && !missing.contains(text))
                missing.append(text);
        };
        if (name == QLatin1String("constant")) {
            judge(function.value(QStringLiteral("value")));
        } else if (name == QLatin1String("lookup")) {
            for (const QVariant &value : function.value(QStringLiteral("table")).toMap())
                judge(value);
            if (function.contains(QStringLiteral("default")))
                judge(function.value(QStringLiteral("default")));
        } else if (name.isEmpty() || name == QLatin1String("default")) {
            if (source)
                for (const QString &value : source->enumValues)
                    if (!target.enumValues.contains(value) && !missing.contains(value))
                        missing.append(value);
            if (name == QLatin1String("default"))
                judge(function.value(QStringLiteral("value")));
        }
        if (!missing.isEmpty())
            add(MappingFinding::Kind::EnumNotCovered, &rule, path, targetPath,
                tr("%1 can reach '%2', which allows only %3")
                    .arg(missing.join(QStringLiteral(", ")), targetPath,
                         target.enumValues.join(QStringLiteral(", "))));
    }

    // Required fields of `scope` (at `prefix` inside the rule list's target) that no rule of
    // the list writes; objects that some rule writes into are checked for theirs too.
    void checkRequired(const QList<MappingRule> &rules, const SchemaField &scope,
                       const QString &prefix, const QList<int> &parentPath,
                       const QString &targetPrefix, const MappingRule *owner)
    {
        for (const SchemaField &child : scope.children) {
            const QString key = prefix + child.name;
            bool exact = false;
            bool inside = false;
            for (const MappingRule &rule : rules) {
                if (rule.target == key)
                    exact = true;
                else if (rule.target.startsWith(key + u'.'))
                    inside = true;
            }
            if (child.required && !exact && !inside)
                add(MappingFinding::Kind::RequiredUnmapped, owner, parentPath, targetPrefix + key,
                    tr("The required target field '%1' is not mapped").arg(targetPrefix + key));
            if (inside && !exact && !child.isArray)
                checkRequired(rules, child, key + u'.', parentPath, targetPrefix, owner);
        }
    }
};

} // namespace

QList<MappingFinding> MappingChecker::check(const Mapping &mapping, const Schema *source,
                                            const Schema *target)
{
    Checker checker;
    checker.checkRules(mapping.rules, source ? &source->root : nullptr,
                       target ? &target->root : nullptr, {}, QString(), nullptr);
    return checker.findings;
}

} // namespace Flowsmith
