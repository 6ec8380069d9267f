#include "acceptsuggestionscommand.h"

#include "mappingcommands.h"

#include <QSet>

namespace Flowsmith {

AcceptSuggestionsCommand::AcceptSuggestionsCommand(MappingDocument *document,
                                                   const QList<MappingSuggestion> &suggestions,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
{
    QSet<QString> written;
    for (const MappingRule &rule : document->mapping().rules)
        written.insert(rule.target);
    QStringList targets;
    for (const MappingSuggestion &suggestion : suggestions) {
        if (suggestion.targetPath.isEmpty() || suggestion.sourcePath.isEmpty()
            || written.contains(suggestion.targetPath))
            continue;
        written.insert(suggestion.targetPath);
        targets.append(suggestion.targetPath);
        new AddRuleCommand(document, {}, -1, suggestion.rule(), this);
    }
    if (targets.size() == 1)
        setText(tr("Accept suggested rule for %1").arg(targets.constFirst()));
    else
        setText(tr("Accept %n suggested rule(s)", nullptr, int(targets.size())));
}

void AcceptSuggestionsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
