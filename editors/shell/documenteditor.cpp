#include "editors/shell/documenteditor.h"

#include <QUndoStack>

namespace Flowsmith {

bool DocumentEditor::isModified() const
{
    return undoStack() && !undoStack()->isClean();
}

} // namespace Flowsmith
