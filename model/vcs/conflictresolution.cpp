#include "model/vcs/conflictresolution.h"

#include "model/vcs/flowfields.h"

#include <QCoreApplication>

namespace Flowsmith {

using namespace Vcs;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

// The address of `field` as one of the maps names it; a config path when none does.
FieldPath pathOf(const QString &field, const FieldMap &first, const FieldMap &second, bool node)
{
    for (const FieldMap *map : { &first, &second }) {
        for (const auto &[path, value] : *map) {
            if (path.toString() == field)
                return path;
        }
    }
    // Config keys keep their "config" head, as nodeFields writes them.
    return { node ? int(ConfigRank) : 0, field.split(u'.') };
}

std::optional<QVariant> chosenValue(const ConflictResolution &resolution)
{
    switch (resolution.choice) {
    case ConflictResolution::Ours:
        return resolution.conflict.ours;
    case ConflictResolution::Theirs:
        return resolution.conflict.theirs;
    case ConflictResolution::Edited:
        if (!resolution.edited.isValid())
            return std::nullopt;
        return resolution.edited;
    }
    return std::nullopt;
}

} // namespace

bool applyConflictResolutions(Flow *merged, const Flow &theirs,
                              const QList<ConflictResolution> &resolutions, QString *error)
{
    for (const ConflictResolution &resolution : resolutions) {
        const MergeConflict &conflict = resolution.conflict;
        if (conflict.oursRemovedNode || conflict.theirsRemovedNode) {
            if (resolution.choice != ConflictResolution::Theirs)
                continue; // OURS's side is what the merge already holds
            if (conflict.theirsRemovedNode) {
                merged->nodes.removeIf([&](const FlowNode &n) { return n.id == conflict.nodeId; });
                merged->edges.removeIf([&](const FlowEdge &e) {
                    return e.from.node == conflict.nodeId || e.to.node == conflict.nodeId;
                });
            } else if (const FlowNode *node = theirs.node(conflict.nodeId);
                       node && !merged->node(conflict.nodeId)) {
                merged->nodes.append(*node);
                for (const FlowEdge &edge : theirs.edges) {
                    if ((edge.from.node == node->id || edge.to.node == node->id)
                        && merged->node(edge.from.node) && merged->node(edge.to.node))
                        merged->edges.append(edge);
                }
            }
            continue;
        }
        const std::optional<QVariant> value = chosenValue(resolution);
        if (conflict.nodeId.isEmpty()) {
            FieldMap fields = flowFields(*merged);
            const FieldPath path = pathOf(conflict.field, fields, flowFields(theirs), false);
            if (value)
                fields[path] = *value;
            else
                fields.erase(path);
            applyFlowFields(fields, merged);
            continue;
        }
        FlowNode *node = merged->node(conflict.nodeId);
        if (!node) {
            if (error)
                *error = tr("node %1 is not in the merged flow").arg(conflict.nodeId);
            return false;
        }
        FieldMap fields = nodeFields(*node);
        const FlowNode *theirsNode = theirs.node(conflict.nodeId);
        const FieldPath path = pathOf(conflict.field, fields,
                                      theirsNode ? nodeFields(*theirsNode) : FieldMap(), true);
        if (value)
            fields[path] = *value;
        else
            fields.erase(path);
        if (!applyNodeFields(fields, node)) {
            if (error)
                *error
                    = tr("node %1: %2 cannot hold that value").arg(conflict.nodeId, conflict.field);
            return false;
        }
    }
    return true;
}

} // namespace Flowsmith
