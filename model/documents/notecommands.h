#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>

namespace Flowsmith {

class FlowDocument;

/// Adds a sticky note at the end of the flow's note list; a taken id gets a suffix
/// (FlowDocument::uniqueNoteId), noteId() tells the id used.
class AddNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)

public:
    AddNoteCommand(FlowDocument *document, FlowNote note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString noteId() const { return m_note.id; }

private:
    FlowDocument *m_document;
    FlowNote m_note;
    int m_index = -1;
};

/// Removes notes; undo puts each back at its place with its YAML.
class RemoveNotesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNotesCommand)

public:
    RemoveNotesCommand(FlowDocument *document, const QStringList &noteIds,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    QStringList m_noteIds;
    bool m_recorded = false;
    QList<std::pair<int, FlowNote>> m_notes; // ascending index
};

/// Sets a note's text, position and size (the id of `value` is ignored). Consecutive moves of
/// the same note merge (arrow-key nudges); drops itself when nothing changes.
class ChangeNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeNoteCommand)

public:
    ChangeNoteCommand(FlowDocument *document, const QString &noteId, const FlowNote &value,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool isMoveOnly() const;
    void apply(const FlowNote &value);

    FlowDocument *m_document;
    QString m_noteId;
    FlowNote m_old;
    FlowNote m_new;
};

} // namespace Flowsmith
