#pragma once

#include "model/core/project.h"

#include <QFlags>
#include <QString>

namespace Flowsmith {

/// The git status of one file of the work tree: what is staged (index) and what is not
/// (work tree), and which project file it is, so that the explorer can badge flows by id.
struct FileStatus
{
    enum Flag {
        Unmodified = 0x0,
        IndexNew = 0x1,
        IndexModified = 0x2,
        IndexDeleted = 0x4,
        IndexRenamed = 0x8,
        WorkNew = 0x10, ///< untracked
        WorkModified = 0x20,
        WorkDeleted = 0x40,
        WorkRenamed = 0x80,
        Conflicted = 0x100,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    QString path; ///< relative to the work tree, with '/'
    Flags flags;
    ProjectFileKind kind = ProjectFileKind::Other;
    QString id; ///< the flow id for flows/<id>.flow.yaml, and so on

    bool isStaged() const
    {
        return flags & (IndexNew | IndexModified | IndexDeleted | IndexRenamed);
    }
    bool hasUnstagedChanges() const
    {
        return flags & (WorkNew | WorkModified | WorkDeleted | WorkRenamed | Conflicted);
    }
    /// Two letters as `git status --short` shows them ("M ", " M", "??", "UU").
    QString shortCode() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FileStatus::Flags)

} // namespace Flowsmith
