#include "model/project/examplelocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Flowsmith::ExampleLocator {

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

QStringList exampleIds()
{
    const QString folder = examplesFolder();
    if (folder.isEmpty())
        return {};
    QStringList ids;
    const QStringList entries
        = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Only folders that are projects: a stray folder must not be offered as a template.
    for (const QString &entry : entries)
        if (QFileInfo::exists(folder + u'/' + entry + QStringLiteral("/flowsmith.yaml")))
            ids.append(entry);
    return ids;
}

QString example(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/') || id.contains(u'\\') || id.startsWith(u'.'))
        return {};
    const QString folder = examplesFolder();
    if (folder.isEmpty())
        return {};
    const QString project = folder + u'/' + id;
    return QFileInfo(project + QStringLiteral("/flowsmith.yaml")).isFile() ? project : QString();
}

} // namespace Flowsmith::ExampleLocator
