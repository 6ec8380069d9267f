#pragma once

#include "model/vcs/mergeconflict.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// The conflicts left in one file by a merge. Flow files are merged by meaning, so their
/// conflicts are listed per node field; other files conflict as a whole (empty `conflicts`).
struct FileMergeConflicts
{
    QString path;
    QList<MergeConflict> conflicts;
};

/// What a pull did.
struct PullResult
{
    enum Outcome { UpToDate, FastForward, Merged, Conflicts };
    Outcome outcome = UpToDate;
    QString commitId; ///< the new HEAD (fast-forward or merge commit)
    QList<FileMergeConflicts> conflicts; ///< Conflicts only: resolve, stage, then commit
};

} // namespace Flowsmith
