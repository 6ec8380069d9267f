#include "notecommands.h"

#include "commandid.h"
#include "flowdocument.h"

#include <QSet>

namespace Flowsmith {

namespace {

bool sameContent(const FlowNote &a, const FlowNote &b)
{
    return a.text == b.text && a.at == b.at && a.size == b.size;
}

} // namespace

AddNoteCommand::AddNoteCommand(FlowDocument *document, FlowNote note, QUndoCommand *parent)
    : QUndoCommand(tr("Add note"), parent)
    , m_document(document)
    , m_note(std::move(note))
{
    m_note.id = document->uniqueNoteId(m_note.id.isEmpty() ? QStringLiteral("note") : m_note.id);
}

void AddNoteCommand::redo()
{
    if (m_index < 0)
        m_index = int(m_document->flow().notes.size());
    m_document->insertNote(m_index, m_note);
}

void AddNoteCommand::undo()
{
    m_document->takeNote(m_index);
}

RemoveNotesCommand::RemoveNotesCommand(FlowDocument *document, const QStringList &noteIds,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Remove %n note(s)", nullptr, int(noteIds.size())), parent)
    , m_document(document)
    , m_noteIds(noteIds)
{ }

void RemoveNotesCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        const QSet<QString> ids(m_noteIds.cbegin(), m_noteIds.cend());
        const QList<FlowNote> &notes = m_document->flow().notes;
        for (int i = 0; i < notes.size(); ++i)
            if (ids.contains(notes.at(i).id))
                m_notes.append({ i, notes.at(i) });
        if (m_notes.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    for (auto it = m_notes.crbegin(); it != m_notes.crend(); ++it)
        m_document->takeNote(it->first);
}

void RemoveNotesCommand::undo()
{
    for (const auto &[index, note] : std::as_const(m_notes))
        m_document->insertNote(index, note);
}

ChangeNoteCommand::ChangeNoteCommand(FlowDocument *document, const QString &noteId,
                                     const FlowNote &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_noteId(noteId)
    , m_new(value)
{
    if (const FlowNote *note = document->note(noteId))
        m_old = *note;
    setText(isMoveOnly() ? tr("Move note") : tr("Edit note"));
}

void ChangeNoteCommand::redo()
{
    if (!m_document->note(m_noteId) || sameContent(m_old, m_new)) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void ChangeNoteCommand::undo()
{
    apply(m_old);
}

int ChangeNoteCommand::id() const
{
    return isMoveOnly() ? MoveNoteCommandId : -1;
}

bool ChangeNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeNoteCommand *>(other);
    if (change->m_document != m_document || change->m_noteId != m_noteId)
        return false;
    m_new = change->m_new;
    setObsolete(sameContent(m_old, m_new));
    return true;
}

bool ChangeNoteCommand::isMoveOnly() const
{
    return m_old.text == m_new.text && m_old.size == m_new.size;
}

void ChangeNoteCommand::apply(const FlowNote &value)
{
    const int index = m_document->flow().indexOfNote(m_noteId);
    if (index >= 0)
        m_document->setNote(index, value);
}

} // namespace Flowsmith
