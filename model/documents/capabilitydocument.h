#pragma once

#include "document.h"
#include "model/core/capabilitymap.h"

#include <QVariant>

namespace Flowsmith {

/// The open capability map (capabilities.yaml). Owns the CapabilityMap and its undo stack;
/// capabilities are addressed by id anywhere in the tree; changes go through
/// capabilitycommands.h.
class CapabilityDocument : public Document
{
    Q_OBJECT

public:
    enum class CapabilityField { Name, Description, Owner, Maturity, Systems, Flows, Gaps };
    Q_ENUM(CapabilityField)

    explicit CapabilityDocument(QObject *parent = nullptr);
    explicit CapabilityDocument(CapabilityMap map, QObject *parent = nullptr);
    ~CapabilityDocument() override;

    const CapabilityMap &capabilityMap() const { return m_map; }
    const Capability *capability(const QString &id) const;

    /// Indexes from the top-level list down to the capability; empty when there is none.
    QList<int> pathOf(const QString &id) const;
    /// The children of the capability at `parentPath` ({} for the top level), or null.
    const QList<Capability> *children(const QList<int> &parentPath) const;

    /// A QString, an int for Maturity, a QStringList for Systems and Flows.
    QVariant capabilityValue(const QString &id, CapabilityField field) const;

signals:
    void capabilityAdded(const QString &id);
    void capabilityRemoved(const QString &id);
    void capabilityChanged(const QString &id, Flowsmith::CapabilityDocument::CapabilityField field);
    void reviewNoteAdded(int index);
    void reviewNoteRemoved(int index);

protected:
    bool readFile(const QString &path, FileError *error) override;
    bool writeFile(const QString &path, FileError *error) const override;

private:
    friend class AddCapabilityCommand;
    friend class RemoveCapabilityCommand;
    friend class SetCapabilityFieldCommand;
    friend class AddReviewNoteCommand;
    friend class RemoveReviewNoteCommand;

    void insertCapability(const QList<int> &path, const Capability &capability);
    Capability takeCapability(const QList<int> &path);
    void setCapabilityValue(const QString &id, CapabilityField field, const QVariant &value);
    void insertReviewNote(int index, const ReviewNote &note);
    ReviewNote takeReviewNote(int index);

    CapabilityMap m_map;
};

} // namespace Flowsmith
