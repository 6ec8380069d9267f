#include "model/vcs/flowversion.h"

#include <QFileInfo>

namespace Flowsmith {

std::optional<Flow> loadFlowVersion(const QString &path, FileError *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir() && info.size() == 0)
        return Flow();
    return Flow::load(path, error);
}

} // namespace Flowsmith
