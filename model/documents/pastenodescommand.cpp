#include "pastenodescommand.h"

#include "flowdocument.h"
#include "groupcommands.h"
#include "model/core/nodecatalog.h"
#include "nodecommands.h"
#include "notecommands.h"

#include <QSet>

namespace Flowsmith {

PasteNodesCommand::PasteNodesCommand(FlowDocument *document, const Flow &fragment, QPointF offset,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
{
    QList<FlowNode> nodes;
    QStringList originalIds;
    for (FlowNode node : fragment.nodes) {
        // AddNodesCommand leaves unknown types out; keep the id list in step with it.
        if (!NodeCatalog::instance().type(node.type))
            continue;
        node.at += offset;
        originalIds.append(node.id);
        nodes.append(node);
    }
    auto *add = new AddNodesCommand(document, nodes, fragment.edges, this);
    m_nodeIds = add->nodeIds();
    QHash<QString, QString> renamed;
    for (qsizetype i = 0; i < originalIds.size() && i < m_nodeIds.size(); ++i)
        renamed.insert(originalIds.at(i), m_nodeIds.at(i));

    QSet<QString> groupIdsTaken;
    for (FlowGroup group : fragment.groups) {
        QStringList members;
        for (const QString &id : std::as_const(group.nodes))
            if (renamed.contains(id))
                members.append(renamed.value(id));
        if (members.isEmpty())
            continue;
        group.nodes = members;
        QString id
            = document->uniqueGroupId(group.id.isEmpty() ? QStringLiteral("group") : group.id);
        for (int n = 2; groupIdsTaken.contains(id); ++n)
            id = document->uniqueGroupId(group.id + u'-' + QString::number(n));
        groupIdsTaken.insert(id);
        group.id = id;
        m_groupIds.append(id);
        new AddGroupCommand(document, group, this);
    }
    QSet<QString> noteIdsTaken;
    for (FlowNote note : fragment.notes) {
        note.at += offset;
        QString id = document->uniqueNoteId(note.id.isEmpty() ? QStringLiteral("note") : note.id);
        for (int n = 2; noteIdsTaken.contains(id); ++n)
            id = document->uniqueNoteId(note.id + u'-' + QString::number(n));
        noteIdsTaken.insert(id);
        note.id = id;
        m_noteIds.append(id);
        new AddNoteCommand(document, note, this);
    }
    setText(tr("Paste %n node(s)", nullptr, int(m_nodeIds.size())));
}

Flow PasteNodesCommand::fragment(const Flow &flow, const QStringList &nodeIds,
                                 const QStringList &noteIds)
{
    Flow result;
    result.id = QStringLiteral("clipboard");
    const QSet<QString> ids(nodeIds.cbegin(), nodeIds.cend());
    for (const FlowNode &node : flow.nodes)
        if (ids.contains(node.id))
            result.nodes.append(node);
    for (const FlowEdge &edge : flow.edges)
        if (ids.contains(edge.from.node) && ids.contains(edge.to.node))
            result.edges.append(edge);
    for (const FlowGroup &group : flow.groups) {
        const bool inside = !group.nodes.isEmpty()
            && std::all_of(group.nodes.cbegin(), group.nodes.cend(),
                           [&](const QString &id) { return ids.contains(id); });
        if (inside)
            result.groups.append(group);
    }
    const QSet<QString> notes(noteIds.cbegin(), noteIds.cend());
    for (const FlowNote &note : flow.notes)
        if (notes.contains(note.id))
            result.notes.append(note);
    return result;
}

} // namespace Flowsmith
