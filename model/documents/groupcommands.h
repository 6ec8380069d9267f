#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>

namespace Flowsmith {

class FlowDocument;

/// Adds a group at the end of the flow's group list. An id that is taken gets a suffix
/// (FlowDocument::uniqueGroupId); groupId() tells the id used.
class AddGroupCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddGroupCommand)

public:
    AddGroupCommand(FlowDocument *document, FlowGroup group, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString groupId() const { return m_group.id; }

private:
    FlowDocument *m_document;
    FlowGroup m_group;
    int m_index = -1;
};

/// Removes groups (never their nodes); undo puts each back at its place with its YAML.
class RemoveGroupsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveGroupsCommand)

public:
    RemoveGroupsCommand(FlowDocument *document, const QStringList &groupIds,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FlowDocument *m_document;
    QStringList m_groupIds;
    bool m_recorded = false;
    QList<std::pair<int, FlowGroup>> m_groups; // ascending index
};

/// Sets a group's title, members and colour (the id and position of `value` are ignored).
/// Drops itself when nothing changes.
class ChangeGroupCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeGroupCommand)

public:
    ChangeGroupCommand(FlowDocument *document, const QString &groupId, const FlowGroup &value,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const FlowGroup &value);

    FlowDocument *m_document;
    QString m_groupId;
    FlowGroup m_old;
    FlowGroup m_new;
};

} // namespace Flowsmith
