#pragma once

namespace Flowsmith {

/// Merge ids of the undo commands (QUndoCommand::id()). Commands with the same id may merge
/// consecutive edits into one undo step; -1 (the default) never merges.
enum CommandId {
    MoveNodesCommandId = 1,
    MoveNoteCommandId = 2,
    MoveFlowItemsCommandId = 3,
};

} // namespace Flowsmith
