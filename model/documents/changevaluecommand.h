#pragma once

#include <QUndoCommand>

namespace Flowsmith {

/// The shape of every simple property edit (after Tiled's ChangeValue): remember the old value
/// on the first redo, set the new one, put the old one back on undo. A subclass says how to
/// read and write the value. An edit that would change nothing, or whose target is gone, makes
/// itself obsolete on its first redo so that QUndoStack drops it and the document stays clean.
template<typename Document, typename Value> class ChangeValueCommand : public QUndoCommand
{
public:
    void redo() final
    {
        if (!m_recorded) {
            m_recorded = true;
            if (!isApplicable()) {
                setObsolete(true);
                return;
            }
            m_oldValue = value();
            if (m_oldValue == m_newValue) {
                setObsolete(true);
                return;
            }
        }
        setValue(m_newValue);
    }

    void undo() final { setValue(m_oldValue); }

    const Value &newValue() const { return m_newValue; }
    const Value &oldValue() const { return m_oldValue; }

protected:
    ChangeValueCommand(Document *document, Value newValue, const QString &text,
                       QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_newValue(std::move(newValue))
    { }

    Document *document() const { return m_document; }

    /// False when the object to change no longer exists.
    virtual bool isApplicable() const { return true; }
    virtual Value value() const = 0;
    virtual void setValue(const Value &value) = 0;

private:
    Document *m_document;
    Value m_newValue;
    Value m_oldValue;
    bool m_recorded = false;
};

} // namespace Flowsmith
