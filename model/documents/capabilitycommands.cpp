#include "capabilitycommands.h"

namespace Flowsmith {

AddCapabilityCommand::AddCapabilityCommand(CapabilityDocument *document,
                                           const Capability &capability, const QString &parentId,
                                           int index, QUndoCommand *parent)
    : QUndoCommand(
        tr("Add capability %1").arg(capability.name.isEmpty() ? capability.id : capability.name),
        parent)
    , m_document(document)
    , m_capability(capability)
    , m_parentId(parentId)
    , m_index(index)
{ }

void AddCapabilityCommand::redo()
{
    if (m_path.isEmpty()) {
        QList<int> parentPath;
        if (!m_parentId.isEmpty()) {
            parentPath = m_document->pathOf(m_parentId);
            if (parentPath.isEmpty()) {
                setObsolete(true);
                return;
            }
        }
        const QList<Capability> *list = m_document->children(parentPath);
        if (m_capability.id.isEmpty() || m_document->capability(m_capability.id)
            || m_index > list->size()) {
            setObsolete(true);
            return;
        }
        m_path = parentPath;
        m_path.append(m_index < 0 ? int(list->size()) : m_index);
    }
    m_document->insertCapability(m_path, m_capability);
}

void AddCapabilityCommand::undo()
{
    m_document->takeCapability(m_path);
}

RemoveCapabilityCommand::RemoveCapabilityCommand(CapabilityDocument *document, const QString &id,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(id)
{
    const Capability *capability = document->capability(id);
    setText(tr("Remove capability %1")
                .arg(capability && !capability->name.isEmpty() ? capability->name : id));
}

void RemoveCapabilityCommand::redo()
{
    if (m_path.isEmpty()) {
        m_path = m_document->pathOf(m_id);
        if (m_path.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    m_capability = m_document->takeCapability(m_path);
}

void RemoveCapabilityCommand::undo()
{
    m_document->insertCapability(m_path, m_capability);
}

namespace {

QString fieldText(CapabilityDocument::CapabilityField field)
{
    using Field = CapabilityDocument::CapabilityField;
    switch (field) {
    case Field::Name:
        return SetCapabilityFieldCommand::tr("Rename capability");
    case Field::Description:
        return SetCapabilityFieldCommand::tr("Change capability description");
    case Field::Owner:
        return SetCapabilityFieldCommand::tr("Change capability owner");
    case Field::Maturity:
        return SetCapabilityFieldCommand::tr("Change capability maturity");
    case Field::Systems:
        return SetCapabilityFieldCommand::tr("Change capability systems");
    case Field::Flows:
        return SetCapabilityFieldCommand::tr("Change capability flows");
    case Field::Gaps:
        return SetCapabilityFieldCommand::tr("Change capability gaps");
    }
    return {};
}

QVariant normalizedCapabilityValue(CapabilityDocument::CapabilityField field, const QVariant &value)
{
    using Field = CapabilityDocument::CapabilityField;
    switch (field) {
    case Field::Maturity:
        return value.toInt();
    case Field::Systems:
    case Field::Flows:
        return value.toStringList();
    default:
        return value.toString();
    }
}

} // namespace

SetCapabilityFieldCommand::SetCapabilityFieldCommand(CapabilityDocument *document,
                                                     const QString &id,
                                                     CapabilityDocument::CapabilityField field,
                                                     const QVariant &value, QUndoCommand *parent)
    : ChangeValueCommand(document, normalizedCapabilityValue(field, value), fieldText(field),
                         parent)
    , m_id(id)
    , m_field(field)
{ }

bool SetCapabilityFieldCommand::isApplicable() const
{
    return document()->capability(m_id) != nullptr;
}

QVariant SetCapabilityFieldCommand::value() const
{
    return document()->capabilityValue(m_id, m_field);
}

void SetCapabilityFieldCommand::setValue(const QVariant &value)
{
    document()->setCapabilityValue(m_id, m_field, value);
}

AddReviewNoteCommand::AddReviewNoteCommand(CapabilityDocument *document, const ReviewNote &note,
                                           int index, QUndoCommand *parent)
    : QUndoCommand(tr("Add review note"), parent)
    , m_document(document)
    , m_note(note)
    , m_index(index)
{ }

void AddReviewNoteCommand::redo()
{
    const int count = int(m_document->capabilityMap().reviews.size());
    if (m_index < 0)
        m_index = count;
    if (m_index > count) {
        setObsolete(true);
        return;
    }
    m_document->insertReviewNote(m_index, m_note);
}

void AddReviewNoteCommand::undo()
{
    m_document->takeReviewNote(m_index);
}

RemoveReviewNoteCommand::RemoveReviewNoteCommand(CapabilityDocument *document, int index,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Remove review note"), parent)
    , m_document(document)
    , m_index(index)
{ }

void RemoveReviewNoteCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        if (m_index < 0 || m_index >= m_document->capabilityMap().reviews.size()) {
            setObsolete(true);
            return;
        }
    }
    m_note = m_document->takeReviewNote(m_index);
}

void RemoveReviewNoteCommand::undo()
{
    m_document->insertReviewNote(m_index, m_note);
}

} // namespace Flowsmith
