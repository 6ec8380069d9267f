#pragma once

#include "mappingdocument.h"
#include "model/mapping/automapper.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Flowsmith {

/// Turns auto-map suggestions into top-level rules, one undo step for all. A suggestion for a
/// target that a top-level rule already writes, or that an earlier suggestion in the list
/// takes, is skipped: two rules must not write one field. With nothing left the command
/// drops itself.
class AcceptSuggestionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AcceptSuggestionsCommand)

public:
    AcceptSuggestionsCommand(MappingDocument *document, const QList<MappingSuggestion> &suggestions,
                             QUndoCommand *parent = nullptr);

    void redo() override;
};

} // namespace Flowsmith
