#pragma once

#include "mappingdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Flowsmith {

/// Replaces all rules of a mapping at once, as editing the mapping as JSONata text does: the
/// old rules out, the new ones in, one undo step.
class ReplaceRulesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceRulesCommand)

public:
    ReplaceRulesCommand(MappingDocument *document, const QList<MappingRule> &rules,
                        QUndoCommand *parent = nullptr);

    /// The command for the rules a JSONata text says (MappingTextParser); null, with the
    /// parser's message in `error`, when the text does not parse, so nothing changes.
    static std::unique_ptr<ReplaceRulesCommand> fromText(MappingDocument *document,
                                                         const QString &text, QString *error);

    void redo() override;

    const QList<MappingRule> &rules() const { return m_rules; }

private:
    QList<MappingRule> m_rules;
};

} // namespace Flowsmith
