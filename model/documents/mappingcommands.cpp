#include "mappingcommands.h"

namespace Flowsmith {

namespace {

QString ruleLabel(const MappingRule *rule, const RulePath &path)
{
    if (rule && !rule->target.isEmpty())
        return rule->target;
    QStringList indexes;
    for (int index : path)
        indexes.append(QString::number(index + 1));
    return indexes.join(u'.');
}

} // namespace

AddRuleCommand::AddRuleCommand(MappingDocument *document, const RulePath &parentPath, int index,
                               const MappingRule &rule, QUndoCommand *parent)
    : QUndoCommand(tr("Add rule for %1").arg(rule.target), parent)
    , m_document(document)
    , m_parentPath(parentPath)
    , m_index(index)
    , m_rule(rule)
{ }

void AddRuleCommand::redo()
{
    if (m_path.isEmpty()) {
        const QList<MappingRule> *list = m_document->rules(m_parentPath);
        if (!list || m_index > list->size()) {
            setObsolete(true);
            return;
        }
        m_path = m_parentPath;
        m_path.append(m_index < 0 ? int(list->size()) : m_index);
    }
    m_document->insertRule(m_path, m_rule);
}

void AddRuleCommand::undo()
{
    m_document->takeRule(m_path);
}

RemoveRuleCommand::RemoveRuleCommand(MappingDocument *document, const RulePath &path,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Remove rule for %1").arg(ruleLabel(document->rule(path), path)), parent)
    , m_document(document)
    , m_path(path)
{ }

void RemoveRuleCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        if (!m_document->rule(m_path)) {
            setObsolete(true);
            return;
        }
    }
    m_rule = m_document->takeRule(m_path);
}

void RemoveRuleCommand::undo()
{
    m_document->insertRule(m_path, m_rule);
}

namespace {

QVariant normalizedRuleValue(MappingDocument::RuleField field, const QVariant &value)
{
    if (field == MappingDocument::RuleField::Function)
        return value.toMap();
    return value.toString();
}

} // namespace

SetRuleCommand::SetRuleCommand(MappingDocument *document, const RulePath &path,
                               MappingDocument::RuleField field, const QVariant &value,
                               QUndoCommand *parent)
    : ChangeValueCommand(document, normalizedRuleValue(field, value),
                         tr("Change rule for %1").arg(ruleLabel(document->rule(path), path)),
                         parent)
    , m_path(path)
    , m_field(field)
{ }

bool SetRuleCommand::isApplicable() const
{
    return document()->rule(m_path) != nullptr;
}

QVariant SetRuleCommand::value() const
{
    return document()->ruleValue(m_path, m_field);
}

void SetRuleCommand::setValue(const QVariant &value)
{
    document()->setRuleValue(m_path, m_field, value);
}

EditRuleCommand::EditRuleCommand(MappingDocument *document, const RulePath &path,
                                 const MappingRule &rule, QUndoCommand *parent)
    : QUndoCommand(tr("Edit rule for %1").arg(ruleLabel(document->rule(path), path)), parent)
{
    if (!document->rule(path))
        return;
    using F = MappingDocument::RuleField;
    const QList<std::pair<F, QVariant>> values = {
        { F::Target, rule.target },     { F::From, rule.from },       { F::Expr, rule.expr },
        { F::Function, rule.function }, { F::ForEach, rule.forEach }, { F::Filter, rule.filter },
    };
    for (const auto &[field, value] : values)
        if (document->ruleValue(path, field) != normalizedRuleValue(field, value))
            new SetRuleCommand(document, path, field, value, this);
}

void EditRuleCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

ChangeRuleFunctionCommand::ChangeRuleFunctionCommand(MappingDocument *document,
                                                     const RulePath &path, const QString &name,
                                                     QUndoCommand *parent)
    : QUndoCommand(tr("Change function of %1").arg(ruleLabel(document->rule(path), path)), parent)
{
    const MappingRule *rule = document->rule(path);
    if (!rule || !rule->forEach.isEmpty())
        return;
    using F = MappingDocument::RuleField;
    // Only what differs: choosing the function a rule has already is no undo step.
    const auto set = [&](F field, const QVariant &value) {
        if (document->ruleValue(path, field) != normalizedRuleValue(field, value))
            new SetRuleCommand(document, path, field, value, this);
    };
    if (name == QLatin1String("expr")) {
        if (rule->expr.isEmpty()) {
            // Start the expression from what the rule reads, so nothing is lost.
            const QString start = rule->from.isEmpty() ? QStringLiteral("$") : rule->from;
            set(F::Expr, start);
            set(F::From, QString());
            set(F::Function, QVariantMap());
        }
        return;
    }
    if (!rule->expr.isEmpty()) {
        set(F::Expr, QString());
        set(F::From, rule->expr.trimmed());
    }
    QVariantMap function;
    if (!name.isEmpty()) {
        function.insert(QStringLiteral("name"), name);
        if (name == QLatin1String("concat") && !rule->from.isEmpty()) {
            function.insert(QStringLiteral("from"), QVariantList { rule->from });
            function.insert(QStringLiteral("separator"), QStringLiteral(" "));
            set(F::From, QString());
        }
    }
    set(F::Function, function);
}

void ChangeRuleFunctionCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
