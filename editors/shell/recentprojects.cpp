#include "editors/shell/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Flowsmith {

namespace {

const char settingsKey[] = "recentProjects";

QString normalized(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

} // namespace

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentProjects::folders() const
{
    const QStringList stored = QSettings().value(QLatin1String(settingsKey)).toStringList();
    QStringList existing;
    for (const QString &folder : stored) {
        if (QFileInfo(folder).isDir() && !existing.contains(folder))
            existing.append(folder);
    }
    existing = existing.mid(0, MaximumCount);
    if (existing != stored)
        const_cast<RecentProjects *>(this)->store(existing);
    return existing;
}

void RecentProjects::add(const QString &folder)
{
    QStringList list = folders();
    const QString path = normalized(folder);
    list.removeAll(path);
    list.prepend(path);
    store(list.mid(0, MaximumCount));
    emit changed();
}

void RecentProjects::remove(const QString &folder)
{
    QStringList list = folders();
    if (list.removeAll(normalized(folder)) > 0) {
        store(list);
        emit changed();
    }
}

void RecentProjects::clear()
{
    store({});
    emit changed();
}

void RecentProjects::store(const QStringList &folders)
{
    QSettings().setValue(QLatin1String(settingsKey), folders);
}

} // namespace Flowsmith
