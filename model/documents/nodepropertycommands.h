#pragma once

#include "changevaluecommand.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace Flowsmith {

class FlowDocument;

/// Sets a node's display name (empty: the node shows its id).
class RenameNodeCommand : public ChangeValueCommand<FlowDocument, QString>
{
    Q_DECLARE_TR_FUNCTIONS(RenameNodeCommand)

public:
    RenameNodeCommand(FlowDocument *document, const QString &nodeId, const QString &name,
                      QUndoCommand *parent = nullptr);

protected:
    bool isApplicable() const override;
    QString value() const override;
    void setValue(const QString &value) override;

private:
    QString m_nodeId;
};

/// Gives a node a new id and makes everything in the flow that names it follow: the edges
/// that start or end at it and the groups that list it as a member. Drops itself when the new
/// id is empty or already taken.
class ChangeNodeIdCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeNodeIdCommand)

public:
    ChangeNodeIdCommand(FlowDocument *document, const QString &oldId, const QString &newId,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void renameMembers(const QString &id);

    FlowDocument *m_document;
    QString m_oldId;
    QString m_newId;
    bool m_recorded = false;
    QList<int> m_fromEdges;
    QList<int> m_toEdges;
    /// Group index -> the positions in its member list that name the node. Positions, not a
    /// search by id, so that undo leaves a stale member that happens to read newId alone.
    QList<std::pair<int, QList<int>>> m_groupMembers;
};

/// Changes a node's configuration: one key (set, or removed with std::nullopt), or the whole
/// map at once (the inspector's "reset to defaults", the source of a pasted config).
class SetNodeConfigCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetNodeConfigCommand)

public:
    SetNodeConfigCommand(FlowDocument *document, const QString &nodeId, const QString &key,
                         const std::optional<QVariant> &value, QUndoCommand *parent = nullptr);
    SetNodeConfigCommand(FlowDocument *document, const QString &nodeId, const QVariantMap &config,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    QString m_nodeId;
    QString m_key; ///< empty: the whole map
    std::optional<QVariant> m_value;
    bool m_recorded = false;
    QVariantMap m_oldConfig;
    QVariantMap m_newConfig;
};

/// Sets (or removes, with std::nullopt) one configuration key of several nodes in one undo
/// step, as the inspector does for a multiple selection; only nodes whose value differs
/// change, and with none the command drops itself.
class SetNodesConfigCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetNodesConfigCommand)

public:
    SetNodesConfigCommand(FlowDocument *document, const QStringList &nodeIds, const QString &key,
                          const std::optional<QVariant> &value, QUndoCommand *parent = nullptr);

    void redo() override;
};

} // namespace Flowsmith
