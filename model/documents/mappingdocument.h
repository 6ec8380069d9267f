#pragma once

#include "document.h"
#include "model/core/mapping.h"

#include <QVariant>

namespace Flowsmith {

/// The place of a mapping rule: indexes from the top-level rule list down through nested
/// `rules` of forEach rules. {2, 0} is the first nested rule of the third rule; {} is the
/// top level itself (as a parent).
using RulePath = QList<int>;

/// An open mapping file. Owns the Mapping and its undo stack; views read mapping() and follow
/// the change signals; changes go through mappingcommands.h.
class MappingDocument : public Document
{
    Q_OBJECT

public:
    enum class RuleField { Target, From, Expr, Function, ForEach, Filter };
    Q_ENUM(RuleField)

    explicit MappingDocument(QObject *parent = nullptr);
    explicit MappingDocument(Mapping mapping, QObject *parent = nullptr);
    ~MappingDocument() override;

    const Mapping &mapping() const { return m_mapping; }

    /// The rule at `path`, or null when there is none.
    const MappingRule *rule(const RulePath &path) const;
    /// The rules under `parentPath` ({} for the top level), or null when there is no such rule.
    const QList<MappingRule> *rules(const RulePath &parentPath) const;
    /// A QString, or a QVariantMap for Function.
    QVariant ruleValue(const RulePath &path, RuleField field) const;

signals:
    void ruleAdded(const QList<int> &path);
    void ruleRemoved(const QList<int> &path);
    void ruleChanged(const QList<int> &path, Flowsmith::MappingDocument::RuleField field);

protected:
    bool readFile(const QString &path, FileError *error) override;
    bool writeFile(const QString &path, FileError *error) const override;

private:
    friend class AddRuleCommand;
    friend class RemoveRuleCommand;
    friend class SetRuleCommand;

    QList<MappingRule> *mutableRules(const RulePath &parentPath);
    void insertRule(const RulePath &path, const MappingRule &rule);
    MappingRule takeRule(const RulePath &path);
    void setRuleValue(const RulePath &path, RuleField field, const QVariant &value);

    Mapping m_mapping;
};

} // namespace Flowsmith
