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

} // namespace Flowsmith
