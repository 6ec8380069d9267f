#pragma once

#include "model/core/fileerror.h"
#include "model/core/nodecatalog.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <functional>

namespace Flowsmith {

class Flow;
struct FlowCheck;
struct FlowEdge;
struct FlowNode;
struct ProjectSnapshot;

// Small helpers the built-in rules share.
namespace RuleUtils {

/// A strict ISO date (yyyy-MM-dd); invalid for anything else.
QDate isoDate(const QString &text);

/// Whether a config value counts as not given: absent, null, blank text or an empty list/map.
bool isEmptyValue(const QVariant &value);

/// Calls `visit` for every non-empty config value of the flow's nodes whose catalog field has
/// type `type` (the ids a node refers to: systems, mappings, schemas).
void forEachReference(const FlowCheck &check, ConfigFieldType type,
                      const std::function<void(const FlowNode &, const QString &value)> &visit);

/// Where to report a problem about an edge: the edge, or its source node for an edge that
/// was built in the studio and has no place in a file yet.
SourcePosition edgePosition(const FlowCheck &check, const FlowEdge &edge);

/// The node to select for a problem about an edge: its source node when that exists, else
/// its target node, else none.
QString edgeNodeId(const FlowCheck &check, const FlowEdge &edge);

/// The node with that id (the first one when ids repeat), found through the check's graph
/// index rather than a scan, so that rules stay linear on large flows.
const FlowNode *findNode(const FlowCheck &check, const QString &id);

/// Where a top-level key ("source:") starts in a project file, for objects the model keeps
/// no position for; the top of the file when the key is not found.
SourcePosition topLevelKeyPosition(const ProjectSnapshot &snapshot, const QString &file,
                                   const char *key);

/// Every capability in a tree, depth first.
template<typename Capability, typename Visit>
void forEachCapability(const QList<Capability> &capabilities, const Visit &visit)
{
    for (const Capability &capability : capabilities) {
        visit(capability);
        forEachCapability(capability.children, visit);
    }
}

} // namespace RuleUtils
} // namespace Flowsmith
