#pragma once

#include "model/core/project.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowsmith {

/// The project's files as a tree grouped by kind (flows, mappings, schemas, samples, tests,
/// capability map). Watches the folders and lists the files again when they change on disk.
class ProjectExplorer : public QWidget
{
    Q_OBJECT

public:
    enum { RelativePathRole = Qt::UserRole + 1, KindRole, NameRole, HintRole };

    explicit ProjectExplorer(QWidget *parent = nullptr);

    /// Shows `project` (not owned; null clears). The explorer rescans it when files change.
    void setProject(Project *project);
    QTreeWidget *tree() const { return m_tree; }

    /// Git status codes as `git status --short` shows them ("M ", "??"), by project-relative
    /// path; shown beside the file names. An empty hash clears them.
    void setFileBadges(const QHash<QString, QString> &codes);
    QString fileBadge(const QString &relativePath) const { return m_badges.value(relativePath); }

    /// The item of a file, or null.
    QTreeWidgetItem *itemFor(const QString &relativePath) const;
    static QIcon iconFor(ProjectFileKind kind);

    /// The project-level edits (New Flow…, Rename…, Delete…) the context menu offers after
    /// Open; not owned.
    void setItemActions(const QList<QAction *> &actions) { m_itemActions = actions; }
    QList<QAction *> itemActions() const { return m_itemActions; }

public slots:
    /// Lists the files again now (the watcher does this by itself after a short delay).
    void rescan();

signals:
    void fileActivated(const QString &relativePath);
    /// "Open as Text" from the context menu: show the file in the source view even if it has
    /// a visual editor (flows).
    void openAsTextRequested(const QString &relativePath);
    /// Files appeared, vanished or changed on disk.
    void filesChanged();
    /// The "New …" hint row of an empty group was activated.
    void newItemRequested(Flowsmith::ProjectFileKind kind);

private:
    void rebuild();
    void watchFolders();
    void applyBadge(QTreeWidgetItem *item) const;

    Project *m_project = nullptr;
    QTreeWidget *m_tree;
    QLabel *m_placeholder;
    QFileSystemWatcher *m_watcher;
    QTimer *m_rescanTimer;
    QSet<int> m_collapsedKinds;
    QHash<QString, QString> m_badges;
    QList<QAction *> m_itemActions;
};

} // namespace Flowsmith
