#include "model/vcs/flowdiff.h"

#include "model/vcs/flowfields.h"

#include <QJsonArray>
#include <QSet>

namespace Flowsmith {

namespace {

using Vcs::FieldMap;

std::optional<QVariant> lookup(const FieldMap &fields, const Vcs::FieldPath &path)
{
    const auto it = fields.find(path);
    if (it == fields.end())
        return std::nullopt;
    return it->second;
}

/// Calls `changed(path, old, new)` for every field whose value differs, in field order.
template<typename Callback>
void compareFields(const FieldMap &oldFields, const FieldMap &newFields, Callback changed)
{
    FieldMap all = oldFields;
    all.insert(newFields.begin(), newFields.end());
    for (const auto &entry : all) {
        const auto oldValue = lookup(oldFields, entry.first);
        const auto newValue = lookup(newFields, entry.first);
        if (oldValue && newValue && Vcs::sameValue(*oldValue, *newValue))
            continue;
        changed(entry.first, oldValue, newValue);
    }
}

FlowChange::Kind flowKind(const Vcs::FieldPath &path)
{
    if (path.keys.first() == QLatin1String("governance"))
        return FlowChange::GovernanceChanged;
    if (path.keys.first() == QLatin1String("slo"))
        return FlowChange::SloChanged;
    return FlowChange::FlowPropertyChanged;
}

FlowChange::Kind nodeKind(const Vcs::FieldPath &path)
{
    switch (path.rank) {
    case Vcs::TypeRank:
        return FlowChange::NodeTypeChanged;
    case Vcs::NameRank:
        return FlowChange::NodeRenamed;
    case Vcs::AtRank:
        return FlowChange::NodeMoved;
    default:
        return FlowChange::NodeConfigChanged;
    }
}

QString edgeKey(const FlowEdge &edge)
{
    return edge.from.toString() + u'\n' + edge.to.toString();
}

FlowChange edgeChange(FlowChange::Kind kind, const FlowEdge &edge)
{
    FlowChange change;
    change.kind = kind;
    change.from = edge.from.toString();
    change.to = edge.to.toString();
    return change;
}

} // namespace

FlowDiff FlowDiff::compare(const Flow &oldFlow, const Flow &newFlow)
{
    FlowDiff diff;
    QList<FlowChange> &changes = diff.m_changes;

    compareFields(Vcs::flowFields(oldFlow), Vcs::flowFields(newFlow),
                  [&](const Vcs::FieldPath &path, const auto &oldValue, const auto &newValue) {
                      FlowChange change;
                      change.kind = flowKind(path);
                      change.field = path.toString();
                      change.oldValue = oldValue;
                      change.newValue = newValue;
                      changes.append(change);
                  });

    // A flow with a duplicated id is invalid (validation says so); the first one counts here.
    for (const FlowNode &node : oldFlow.nodes) {
        if (!newFlow.node(node.id) && oldFlow.node(node.id) == &node) {
            FlowChange change;
            change.kind = FlowChange::NodeRemoved;
            change.nodeId = node.id;
            change.nodeType = node.type;
            changes.append(change);
        }
    }
    for (const FlowNode &node : newFlow.nodes) {
        if (!oldFlow.node(node.id) && newFlow.node(node.id) == &node) {
            FlowChange change;
            change.kind = FlowChange::NodeAdded;
            change.nodeId = node.id;
            change.nodeType = node.type;
            changes.append(change);
        }
    }
    for (const FlowNode &node : newFlow.nodes) {
        const FlowNode *old = oldFlow.node(node.id);
        if (!old || newFlow.node(node.id) != &node)
            continue;
        compareFields(Vcs::nodeFields(*old), Vcs::nodeFields(node),
                      [&](const Vcs::FieldPath &path, const auto &oldValue, const auto &newValue) {
                          FlowChange change;
                          change.kind = nodeKind(path);
                          change.nodeId = node.id;
                          change.field = path.toString();
                          change.oldValue = oldValue;
                          change.newValue = newValue;
                          changes.append(change);
                      });
    }

    QSet<QString> oldEdges;
    QSet<QString> newEdges;
    for (const FlowEdge &edge : oldFlow.edges)
        oldEdges.insert(edgeKey(edge));
    for (const FlowEdge &edge : newFlow.edges)
        newEdges.insert(edgeKey(edge));
    QSet<QString> reported;
    for (const FlowEdge &edge : oldFlow.edges)
        if (!newEdges.contains(edgeKey(edge)) && !reported.contains(edgeKey(edge))) {
            reported.insert(edgeKey(edge));
            changes.append(edgeChange(FlowChange::EdgeRemoved, edge));
        }
    for (const FlowEdge &edge : newFlow.edges)
        if (!oldEdges.contains(edgeKey(edge)) && !reported.contains(edgeKey(edge))) {
            reported.insert(edgeKey(edge));
            changes.append(edgeChange(FlowChange::EdgeAdded, edge));
        }
    return diff;
}

QString FlowDiff::toText() const
{
    QString text;
    for (const FlowChange &change : m_changes)
        text += change.toText() + u'\n';
    return text;
}

QJsonObject FlowDiff::toJson() const
{
    QJsonArray changes;
    for (const FlowChange &change : m_changes)
        changes.append(change.toJson());
    return { { QStringLiteral("equal"), m_changes.isEmpty() },
             { QStringLiteral("changes"), changes } };
}

} // namespace Flowsmith
