#pragma once

#include <QString>

namespace Flowsmith {

/// A local or remote-tracking branch.
struct BranchInfo
{
    QString name; ///< "main", or "origin/main" for a remote-tracking branch
    bool isRemote = false;
    bool isCurrent = false;
    QString target; ///< the commit id it points at
    QString upstream; ///< "origin/main", empty when none
};

/// A tag and the commit it names.
struct TagInfo
{
    QString name;
    QString target;
    QString message; ///< empty for a lightweight tag
};

} // namespace Flowsmith
