#pragma once

#include "capabilitydocument.h"
#include "changevaluecommand.h"

#include <QCoreApplication>

namespace Flowsmith {

/// Adds a capability under `parentId` (empty: at the top level) at `index` (-1: at the end).
/// Drops itself when the id is empty or taken, or the parent does not exist.
class AddCapabilityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCapabilityCommand)

public:
    AddCapabilityCommand(CapabilityDocument *document, const Capability &capability,
                         const QString &parentId = {}, int index = -1,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CapabilityDocument *m_document;
    Capability m_capability;
    QString m_parentId;
    int m_index;
    QList<int> m_path;
};

/// Removes a capability with everything below it; undo puts it back in its place.
class RemoveCapabilityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCapabilityCommand)

public:
    RemoveCapabilityCommand(CapabilityDocument *document, const QString &id,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CapabilityDocument *m_document;
    QString m_id;
    QList<int> m_path;
    Capability m_capability;
};

/// Sets one field of a capability (see CapabilityDocument::capabilityValue for the types).
class SetCapabilityFieldCommand : public ChangeValueCommand<CapabilityDocument, QVariant>
{
    Q_DECLARE_TR_FUNCTIONS(SetCapabilityFieldCommand)

public:
    SetCapabilityFieldCommand(CapabilityDocument *document, const QString &id,
                              CapabilityDocument::CapabilityField field, const QVariant &value,
                              QUndoCommand *parent = nullptr);

protected:
    bool isApplicable() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;

private:
    QString m_id;
    CapabilityDocument::CapabilityField m_field;
};

/// Adds an architect's review note at `index` (-1: at the end).
class AddReviewNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReviewNoteCommand)

public:
    AddReviewNoteCommand(CapabilityDocument *document, const ReviewNote &note, int index = -1,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CapabilityDocument *m_document;
    ReviewNote m_note;
    int m_index;
};

/// Removes a review note; undo puts it back in its place.
class RemoveReviewNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveReviewNoteCommand)

public:
    RemoveReviewNoteCommand(CapabilityDocument *document, int index,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CapabilityDocument *m_document;
    int m_index;
    bool m_recorded = false;
    ReviewNote m_note;
};

} // namespace Flowsmith
