#pragma once

#include <QObject>
#include <QStringList>

namespace Flowsmith {

/// The projects opened lately, newest first, kept in QSettings. Folders that no longer exist
/// are dropped when the list is read.
class RecentProjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 8;

    explicit RecentProjects(QObject *parent = nullptr);

    /// The existing folders, newest first (at most MaximumCount).
    QStringList folders() const;
    /// Moves `folder` to the front.
    void add(const QString &folder);
    void remove(const QString &folder);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &folders);
};

} // namespace Flowsmith
