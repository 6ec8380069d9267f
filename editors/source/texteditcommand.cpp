#include "editors/source/texteditcommand.h"

#include <Qsci/qsciscintilla.h>

namespace Flowsmith {

TextEditCommand::TextEditCommand(QsciScintilla *editor, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
{ }

void TextEditCommand::undo()
{
    m_editor->SendScintilla(QsciScintillaBase::SCI_UNDO);
    m_done = false;
}

void TextEditCommand::redo()
{
    if (m_done)
        return;
    m_editor->SendScintilla(QsciScintillaBase::SCI_REDO);
    m_done = true;
}

} // namespace Flowsmith
