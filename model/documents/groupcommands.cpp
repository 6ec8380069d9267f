#include "groupcommands.h"

#include "flowdocument.h"

#include <QSet>

namespace Flowsmith {

AddGroupCommand::AddGroupCommand(FlowDocument *document, FlowGroup group, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_group(std::move(group))
{
    m_group.id
        = document->uniqueGroupId(m_group.id.isEmpty() ? QStringLiteral("group") : m_group.id);
    setText(tr("Add group %1").arg(m_group.title.isEmpty() ? m_group.id : m_group.title));
}

void AddGroupCommand::redo()
{
    if (m_index < 0)
        m_index = int(m_document->flow().groups.size());
    m_document->insertGroup(m_index, m_group);
}

void AddGroupCommand::undo()
{
    m_document->takeGroup(m_index);
}

RemoveGroupsCommand::RemoveGroupsCommand(FlowDocument *document, const QStringList &groupIds,
                                         QUndoCommand *parent)
    : QUndoCommand(tr("Remove %n group(s)", nullptr, int(groupIds.size())), parent)
    , m_document(document)
    , m_groupIds(groupIds)
{ }

void RemoveGroupsCommand::redo()
{
    if (!m_recorded) {
        m_recorded = true;
        const QSet<QString> ids(m_groupIds.cbegin(), m_groupIds.cend());
        const QList<FlowGroup> &groups = m_document->flow().groups;
        for (int i = 0; i < groups.size(); ++i)
            if (ids.contains(groups.at(i).id))
                m_groups.append({ i, groups.at(i) });
        if (m_groups.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    for (auto it = m_groups.crbegin(); it != m_groups.crend(); ++it)
        m_document->takeGroup(it->first);
}

void RemoveGroupsCommand::undo()
{
    for (const auto &[index, group] : std::as_const(m_groups))
        m_document->insertGroup(index, group);
}

ChangeGroupCommand::ChangeGroupCommand(FlowDocument *document, const QString &groupId,
                                       const FlowGroup &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_groupId(groupId)
    , m_new(value)
{
    if (const FlowGroup *group = document->group(groupId))
        m_old = *group;
    setText(tr("Change group %1").arg(m_old.title.isEmpty() ? groupId : m_old.title));
}

void ChangeGroupCommand::redo()
{
    const FlowGroup *group = m_document->group(m_groupId);
    if (!group
        || (m_old.title == m_new.title && m_old.nodes == m_new.nodes
            && m_old.color == m_new.color)) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void ChangeGroupCommand::undo()
{
    apply(m_old);
}

void ChangeGroupCommand::apply(const FlowGroup &value)
{
    const int index = m_document->flow().indexOfGroup(m_groupId);
    if (index >= 0)
        m_document->setGroup(index, value);
}

} // namespace Flowsmith
