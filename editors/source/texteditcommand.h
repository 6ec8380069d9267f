#pragma once

#include <QUndoCommand>

class QsciScintilla;

namespace Flowsmith {

/// One undo step of the source view: Scintilla has already made the edit (the user typed it),
/// so the first redo does nothing; undo and redo replay Scintilla's own undo action. This puts
/// text edits on a QUndoStack like every other edit in the studio, so the Edit menu, the
/// modified mark and the clean state work the same way for every kind of tab.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(QsciScintilla *editor, const QString &text);

    void undo() override;
    void redo() override;

private:
    QsciScintilla *m_editor;
    bool m_done = true; ///< the edit is already in the text when the command is pushed
};

} // namespace Flowsmith
