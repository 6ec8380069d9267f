#pragma once

#include "changevaluecommand.h"
#include "mappingdocument.h"

#include <QCoreApplication>

namespace Flowsmith {

/// Inserts a rule under `parentPath` ({} for the top level) at `index` (-1: at the end).
class AddRuleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRuleCommand)

public:
    AddRuleCommand(MappingDocument *document, const RulePath &parentPath, int index,
                   const MappingRule &rule, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Where the rule went (valid after the first redo).
    RulePath path() const { return m_path; }

private:
    MappingDocument *m_document;
    RulePath m_parentPath;
    int m_index;
    MappingRule m_rule;
    RulePath m_path;
};

/// Removes a rule, with its nested rules; undo puts it back in its place.
class RemoveRuleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRuleCommand)

public:
    RemoveRuleCommand(MappingDocument *document, const RulePath &path,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MappingDocument *m_document;
    RulePath m_path;
    bool m_recorded = false;
    MappingRule m_rule;
};

/// Sets one field of a rule: a QString, or a QVariantMap for Function. An empty value removes
/// the field from the file.
class SetRuleCommand : public ChangeValueCommand<MappingDocument, QVariant>
{
    Q_DECLARE_TR_FUNCTIONS(SetRuleCommand)

public:
    SetRuleCommand(MappingDocument *document, const RulePath &path,
                   MappingDocument::RuleField field, const QVariant &value,
                   QUndoCommand *parent = nullptr);

protected:
    bool isApplicable() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;

private:
    RulePath m_path;
    MappingDocument::RuleField m_field;
};

/// Makes the rule at `path` read as `rule` (its target, from, expr, function, forEach and
/// filter; nested rules are left alone), in one undo step that changes only the fields that
/// differ, as the rule panel does after an edit. With nothing different it drops itself.
class EditRuleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditRuleCommand)

public:
    EditRuleCommand(MappingDocument *document, const RulePath &path, const MappingRule &rule,
                    QUndoCommand *parent = nullptr);

    void redo() override;
};

/// Gives a value rule another function (`name`, or empty for none) in one undo step, keeping
/// what the rule reads: "expr" turns the rule into an expression that starts from its source
/// path; leaving an expression makes its text the source path; "concat" takes the source path
/// as its first part. A forEach rule has no function: the command drops itself.
class ChangeRuleFunctionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRuleFunctionCommand)

public:
    ChangeRuleFunctionCommand(MappingDocument *document, const RulePath &path, const QString &name,
                              QUndoCommand *parent = nullptr);

    void redo() override;
};

} // namespace Flowsmith
