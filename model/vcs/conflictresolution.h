#pragma once

#include "model/core/flow.h"
#include "model/vcs/mergeconflict.h"

#include <QList>
#include <QVariant>

namespace Flowsmith {

/// How a person resolved one MergeConflict: keep OURS's value, take THEIRS's, or type a value.
struct ConflictResolution
{
    enum Choice { Ours, Theirs, Edited };

    MergeConflict conflict;
    Choice choice = Ours;
    QVariant edited; ///< Edited only; an invalid QVariant removes the field
};

/// Applies resolutions to `merged` (FlowMerge's result, which holds OURS's values). `theirs` is
/// THEIRS's version, where a node OURS removed comes back from. Choosing THEIRS for a node
/// THEIRS removed removes it and its edges. False with `error` when a field cannot be set (a
/// value where the config holds a map).
bool applyConflictResolutions(Flow *merged, const Flow &theirs,
                              const QList<ConflictResolution> &resolutions, QString *error);

} // namespace Flowsmith
