#include "model/vcs/flowmerge.h"

#include "model/vcs/flowfields.h"

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

bool same(const std::optional<QVariant> &a, const std::optional<QVariant> &b)
{
    if (!a || !b)
        return !a && !b;
    return Vcs::sameValue(*a, *b);
}

bool sameFields(const FieldMap &a, const FieldMap &b)
{
    if (a.size() != b.size())
        return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (!(i->first == j->first) || !Vcs::sameValue(i->second, j->second))
            return false;
    return true;
}

/// Field-by-field three-way merge; a conflict keeps OURS's value and is appended to
/// `conflicts` under `nodeId` (empty for the flow's own properties).
FieldMap mergeFields(const FieldMap &base, const FieldMap &ours, const FieldMap &theirs,
                     const QString &nodeId, QList<MergeConflict> *conflicts)
{
    FieldMap all = base;
    all.insert(ours.begin(), ours.end());
    all.insert(theirs.begin(), theirs.end());
    FieldMap merged;
    for (const auto &entry : all) {
        const auto b = lookup(base, entry.first);
        const auto o = lookup(ours, entry.first);
        const auto t = lookup(theirs, entry.first);
        std::optional<QVariant> value = o;
        if (same(b, o)) {
            value = t;
        } else if (!same(b, t) && !same(o, t)) {
            MergeConflict conflict;
            conflict.nodeId = nodeId;
            conflict.field = entry.first.toString();
            conflict.base = b;
            conflict.ours = o;
            conflict.theirs = t;
            conflicts->append(conflict);
        }
        if (value)
            merged[entry.first] = *value;
    }
    return merged;
}

QString edgeKey(const FlowEdge &edge)
{
    return edge.from.toString() + u'\n' + edge.to.toString();
}

QString edgeText(const FlowEdge &edge)
{
    return edge.from.toString() + QStringLiteral(" \u2192 ") + edge.to.toString();
}

QSet<QString> edgeKeys(const Flow &flow)
{
    QSet<QString> keys;
    for (const FlowEdge &edge : flow.edges)
        keys.insert(edgeKey(edge));
    return keys;
}

/// Edges `side` has and `base` has not that touch `nodeId`: connecting a node is changing it.
QList<FlowEdge> addedEdgesAt(const Flow &side, const QSet<QString> &baseEdges,
                             const QString &nodeId)
{
    QList<FlowEdge> edges;
    for (const FlowEdge &edge : side.edges)
        if ((edge.from.node == nodeId || edge.to.node == nodeId)
            && !baseEdges.contains(edgeKey(edge)))
            edges.append(edge);
    return edges;
}

/// Conflicts for a node one side removed and the other changed: one per changed field and
/// one per edge the keeping side added to it.
void removeChangeConflicts(const FlowNode &baseNode, const FlowNode &changed,
                           const QList<FlowEdge> &addedEdges, bool oursRemoved,
                           QList<MergeConflict> *conflicts)
{
    const FieldMap before = Vcs::nodeFields(baseNode);
    const FieldMap after = Vcs::nodeFields(changed);
    FieldMap all = before;
    all.insert(after.begin(), after.end());
    const auto add = [&](const QString &field, const std::optional<QVariant> &b,
                         const std::optional<QVariant> &value) {
        MergeConflict conflict;
        conflict.nodeId = baseNode.id;
        conflict.field = field;
        conflict.base = b;
        (oursRemoved ? conflict.theirs : conflict.ours) = value;
        conflict.oursRemovedNode = oursRemoved;
        conflict.theirsRemovedNode = !oursRemoved;
        conflicts->append(conflict);
    };
    for (const auto &entry : all) {
        const auto b = lookup(before, entry.first);
        const auto a = lookup(after, entry.first);
        if (!same(b, a))
            add(entry.first.toString(), b, a);
    }
    for (const FlowEdge &edge : addedEdges)
        add(QStringLiteral("edges"), std::nullopt, edgeText(edge));
}

} // namespace

FlowMerge FlowMerge::merge(const Flow &base, const Flow &ours, const Flow &theirs)
{
    FlowMerge merge;
    Flow &result = merge.m_result;
    QList<MergeConflict> &conflicts = merge.m_conflicts;
    result = ours;

    const FieldMap oursFlow = Vcs::flowFields(ours);
    const FieldMap mergedFlow
        = mergeFields(Vcs::flowFields(base), oursFlow, Vcs::flowFields(theirs), {}, &conflicts);
    if (!sameFields(mergedFlow, oursFlow))
        Vcs::applyFlowFields(mergedFlow, &result);

    const QSet<QString> baseEdges = edgeKeys(base);
    const QSet<QString> oursEdges = edgeKeys(ours);
    const QSet<QString> theirsEdges = edgeKeys(theirs);

    result.nodes.clear();
    QSet<QString> seen;
    // Nodes they removed that we keep because we changed them: their edges stay with them.
    QSet<QString> keptAgainstRemoval;
    for (const FlowNode &node : ours.nodes) {
        // A duplicated id is invalid (validation reports it); keep the copies as they are.
        if (seen.contains(node.id)) {
            result.nodes.append(node);
            continue;
        }
        seen.insert(node.id);
        const FlowNode *baseNode = base.node(node.id);
        const FlowNode *theirNode = theirs.node(node.id);
        const FieldMap oursFields = Vcs::nodeFields(node);
        if (!theirNode) {
            if (!baseNode) {
                result.nodes.append(node); // added by us
                continue;
            }
            const QList<FlowEdge> added = addedEdgesAt(ours, baseEdges, node.id);
            if (sameFields(oursFields, Vcs::nodeFields(*baseNode)) && added.isEmpty())
                continue; // removed by them, untouched by us
            removeChangeConflicts(*baseNode, node, added, false, &conflicts);
            keptAgainstRemoval.insert(node.id);
            result.nodes.append(node);
            continue;
        }
        const FieldMap baseFields = baseNode ? Vcs::nodeFields(*baseNode) : FieldMap();
        const FieldMap theirFields = Vcs::nodeFields(*theirNode);
        const FieldMap merged
            = mergeFields(baseFields, oursFields, theirFields, node.id, &conflicts);
        if (sameFields(merged, oursFields)) {
            result.nodes.append(node);
        } else if (baseNode && sameFields(oursFields, baseFields)) {
            result.nodes.append(*theirNode); // only they changed it: keep their styles too
        } else {
            FlowNode mergedNode = node;
            if (!Vcs::applyNodeFields(merged, &mergedNode)) {
                // The config paths clash (a value on one side, nested keys on the other).
                MergeConflict conflict;
                conflict.nodeId = node.id;
                conflict.field = QStringLiteral("config");
                conflict.ours = node.config;
                conflict.theirs = theirNode->config;
                conflicts.append(conflict);
                mergedNode = node;
            }
            result.nodes.append(mergedNode);
        }
    }

    QSet<QString> theirsSeen;
    for (const FlowNode &node : theirs.nodes) {
        if (seen.contains(node.id) || theirsSeen.contains(node.id))
            continue;
        theirsSeen.insert(node.id);
        const FlowNode *baseNode = base.node(node.id);
        if (!baseNode) {
            result.nodes.append(node); // added by them
            continue;
        }
        const QList<FlowEdge> added = addedEdgesAt(theirs, baseEdges, node.id);
        if (!sameFields(Vcs::nodeFields(node), Vcs::nodeFields(*baseNode)) || !added.isEmpty())
            removeChangeConflicts(*baseNode, node, added, true, &conflicts);
    }

    QSet<QString> resultNodes;
    for (const FlowNode &node : result.nodes)
        resultNodes.insert(node.id);
    result.edges.clear();
    for (const FlowEdge &edge : ours.edges) {
        const QString key = edgeKey(edge);
        if (baseEdges.contains(key) && !theirsEdges.contains(key)
            && !keptAgainstRemoval.contains(edge.from.node)
            && !keptAgainstRemoval.contains(edge.to.node))
            continue; // removed by them
        result.edges.append(edge);
    }
    QSet<QString> appended;
    for (const FlowEdge &edge : theirs.edges) {
        const QString key = edgeKey(edge);
        if (oursEdges.contains(key) || baseEdges.contains(key) || appended.contains(key))
            continue;
        // An edge to a node we removed was reported with that node; our removal stands.
        if (!resultNodes.contains(edge.from.node) || !resultNodes.contains(edge.to.node))
            continue;
        appended.insert(key);
        result.edges.append(edge);
    }
    return merge;
}

} // namespace Flowsmith
