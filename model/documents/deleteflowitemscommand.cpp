#include "deleteflowitemscommand.h"

#include "edgecommands.h"
#include "flowdocument.h"
#include "groupcommands.h"
#include "nodecommands.h"
#include "notecommands.h"

#include <QSet>

namespace Flowsmith {

DeleteFlowItemsCommand::DeleteFlowItemsCommand(FlowDocument *document, const QStringList &nodeIds,
                                               const QStringList &noteIds,
                                               const QStringList &groupIds,
                                               const QList<FlowEdge> &edges, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    QStringList nodes;
    for (const QString &id : nodeIds)
        if (document->node(id) && !nodes.contains(id))
            nodes.append(id);
    QStringList notes;
    for (const QString &id : noteIds)
        if (document->note(id) && !notes.contains(id))
            notes.append(id);
    QStringList groups;
    for (const QString &id : groupIds)
        if (document->group(id) && !groups.contains(id))
            groups.append(id);
    const QSet<QString> removed(nodes.cbegin(), nodes.cend());
    // An edge of a removed node goes with the node; disconnecting it first would split its
    // undo in two places.
    QList<FlowEdge> loose;
    for (const FlowEdge &edge : edges)
        if (!removed.contains(edge.from.node) && !removed.contains(edge.to.node)
            && document->flow().edges.contains(edge) && !loose.contains(edge))
            loose.append(edge);

    const qsizetype count = nodes.size() + notes.size() + groups.size() + loose.size();
    if (count == 0)
        return;
    if (count == 1 && !nodes.isEmpty())
        setText(tr("Delete %1").arg(document->node(nodes.constFirst())->displayName()));
    else if (count == 1 && !groups.isEmpty())
        setText(tr("Delete %1").arg(groups.constFirst()));
    else if (count == 1 && !notes.isEmpty())
        setText(tr("Delete %1").arg(notes.constFirst()));
    else
        setText(tr("Delete selection"));

    if (!loose.isEmpty())
        new DisconnectPortsCommand(document, loose, this);
    QStringList emptied = groups;
    for (const FlowGroup &group : document->flow().groups) {
        if (groups.contains(group.id))
            continue;
        FlowGroup kept = group;
        kept.nodes.removeIf([&](const QString &id) { return removed.contains(id); });
        if (kept.nodes.size() == group.nodes.size())
            continue;
        if (kept.nodes.isEmpty())
            emptied.append(group.id);
        else
            new ChangeGroupCommand(document, group.id, kept, this);
    }
    if (!emptied.isEmpty())
        new RemoveGroupsCommand(document, emptied, this);
    if (!nodes.isEmpty())
        new RemoveNodesCommand(document, nodes, this);
    if (!notes.isEmpty())
        new RemoveNotesCommand(document, notes, this);
}

void DeleteFlowItemsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
