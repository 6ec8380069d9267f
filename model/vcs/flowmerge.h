#pragma once

#include "model/core/flow.h"
#include "model/vcs/mergeconflict.h"

#include <QList>

namespace Flowsmith {

/// Three-way merge of two versions of a flow that share a base, by node id, edge (its two
/// ports) and field (config keys as dotted paths). A change made on one side only is taken;
/// the same change on both sides is taken once; different changes of one field, or a node
/// removed on one side and changed (or newly connected) on the other, are conflicts, where
/// OURS's value stays. The result keeps OURS's order and YAML styles, with THEIRS's new
/// nodes and edges appended in their order.
class FlowMerge
{
public:
    static FlowMerge merge(const Flow &base, const Flow &ours, const Flow &theirs);

    const Flow &result() const { return m_result; }
    const QList<MergeConflict> &conflicts() const { return m_conflicts; }
    bool isClean() const { return m_conflicts.isEmpty(); }

private:
    Flow m_result;
    QList<MergeConflict> m_conflicts;
};

} // namespace Flowsmith
