#include "editors/shell/exampleprojects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Flowsmith::ExampleProjects {

QString examplesFolder()
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath()
                + QStringLiteral("/../share/flowsmith/examples");
#ifdef FLOWSMITH_EXAMPLES_SOURCE_DIR
    candidates << QStringLiteral(FLOWSMITH_EXAMPLES_SOURCE_DIR);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

QString retailOrderToCash()
{
    const QString folder = examplesFolder();
    if (folder.isEmpty())
        return {};
    const QString project = folder + QStringLiteral("/retail-order-to-cash");
    return QFileInfo(project).isDir() ? project : QString();
}

} // namespace Flowsmith::ExampleProjects
