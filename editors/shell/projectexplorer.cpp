#include "editors/shell/projectexplorer.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

struct Group
{
    ProjectFileKind kind;
    const char *title;
};

const Group groups[] = {
    { ProjectFileKind::Flow, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Flows") },
    { ProjectFileKind::Mapping, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Mappings") },
    { ProjectFileKind::Schema, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Schemas") },
    { ProjectFileKind::Sample, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Samples") },
    { ProjectFileKind::TestSuite, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Tests") },
    { ProjectFileKind::Capabilities,
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Capability map") },
};

// The folders design §2 gives each kind; watched so new files show up.
const char *const watchedFolders[] = { "flows", "mappings", "schemas", "samples", "tests" };

} // namespace

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_placeholder(new QLabel(tr("No project open.\n\nOpen a project folder, or the example "
                                  "project from the welcome page."),
                               this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_rescanTimer(new QTimer(this))
{
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_placeholder);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(16);
    m_placeholder->setEnabled(false);
    m_tree->hide();

    // Saves arrive as several directory events (temporary file, rename): list once.
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(250);
    connect(m_rescanTimer, &QTimer::timeout, this, [this] {
        rescan();
        emit filesChanged();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rescanTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_rescanTimer,
            qOverload<>(&QTimer::start));

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, RelativePathRole).toString();
        if (!path.isEmpty())
            emit fileActivated(path);
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        const QString path = item ? item->data(0, RelativePathRole).toString() : QString();
        if (path.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, path] { emit fileActivated(path); });
        menu.addAction(tr("Open as Text"), this, [this, path] { emit openAsTextRequested(path); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, RelativePathRole).toString().isEmpty())
            m_collapsedKinds.insert(item->data(0, KindRole).toInt());
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_collapsedKinds.remove(item->data(0, KindRole).toInt());
    });
}

void ProjectExplorer::setProject(Project *project)
{
    m_project = project;
    m_collapsedKinds.clear();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    watchFolders();
    rebuild();
}

void ProjectExplorer::rescan()
{
    if (m_project) {
        m_project->rescan();
        watchFolders();
    }
    rebuild();
}

void ProjectExplorer::watchFolders()
{
    if (!m_project)
        return;
    QStringList paths { m_project->folder() };
    for (const char *folder : watchedFolders) {
        const QString path = m_project->absolutePath(QString::fromLatin1(folder));
        if (QFileInfo(path).isDir())
            paths << path;
    }
    const QStringList watched = m_watcher->directories();
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

QIcon ProjectExplorer::iconFor(ProjectFileKind kind)
{
    switch (kind) {
    case ProjectFileKind::Manifest:
        return QIcon(QStringLiteral(":/icons/explorer/manifest.svg"));
    case ProjectFileKind::Flow:
        return QIcon(QStringLiteral(":/icons/explorer/flow.svg"));
    case ProjectFileKind::Schema:
        return QIcon(QStringLiteral(":/icons/explorer/schema.svg"));
    case ProjectFileKind::Mapping:
        return QIcon(QStringLiteral(":/icons/explorer/mapping.svg"));
    case ProjectFileKind::Sample:
        return QIcon(QStringLiteral(":/icons/explorer/sample.svg"));
    case ProjectFileKind::TestSuite:
        return QIcon(QStringLiteral(":/icons/explorer/test.svg"));
    case ProjectFileKind::Capabilities:
        return QIcon(QStringLiteral(":/icons/explorer/capabilities.svg"));
    case ProjectFileKind::Generated:
    case ProjectFileKind::Other:
        break;
    }
    return QIcon(QStringLiteral(":/icons/explorer/file.svg"));
}

void ProjectExplorer::rebuild()
{
    const QString current = m_tree->currentItem()
        ? m_tree->currentItem()->data(0, RelativePathRole).toString()
        : QString();
    m_tree->clear();
    m_tree->setVisible(m_project != nullptr);
    m_placeholder->setVisible(m_project == nullptr);
    if (!m_project)
        return;

    const QIcon folderIcon(QStringLiteral(":/icons/explorer/folder.svg"));
    auto addFile = [&](QTreeWidgetItem *parent, const ProjectFile &file) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, QFileInfo(file.relativePath).fileName());
        item->setIcon(0, iconFor(file.kind));
        item->setToolTip(0, file.relativePath);
        item->setData(0, RelativePathRole, file.relativePath);
        item->setData(0, KindRole, int(file.kind));
        applyBadge(item);
        return item;
    };

    for (const ProjectFile &file : m_project->files(ProjectFileKind::Manifest))
        addFile(nullptr, file);
    for (const Group &group : groups) {
        QList<ProjectFile> files = m_project->files(group.kind);
        std::sort(files.begin(), files.end(), [](const ProjectFile &a, const ProjectFile &b) {
            return a.relativePath < b.relativePath;
        });
        auto *groupItem = new QTreeWidgetItem(m_tree);
        groupItem->setText(0, tr(group.title) + QStringLiteral("  (%1)").arg(files.size()));
        groupItem->setIcon(0, folderIcon);
        groupItem->setData(0, KindRole, int(group.kind));
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont font = groupItem->font(0);
        font.setBold(true);
        groupItem->setFont(0, font);
        for (const ProjectFile &file : std::as_const(files))
            addFile(groupItem, file);
        groupItem->setExpanded(!m_collapsedKinds.contains(int(group.kind)));
    }
    if (QTreeWidgetItem *item = itemFor(current))
        m_tree->setCurrentItem(item);
}

void ProjectExplorer::setFileBadges(const QHash<QString, QString> &codes)
{
    m_badges = codes;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, RelativePathRole).toString().isEmpty())
            applyBadge(*it);
    }
}

void ProjectExplorer::applyBadge(QTreeWidgetItem *item) const
{
    const QString path = item->data(0, RelativePathRole).toString();
    const QString name = QFileInfo(path).fileName();
    const QString code = m_badges.value(path).trimmed();
    item->setText(0, code.isEmpty() ? name : QStringLiteral("%1   %2").arg(name, code));
    // The colours of git's own status: new green, changed amber, conflicted or deleted red.
    QColor colour;
    if (code.contains(u'U') || code.contains(u'D'))
        colour = QColor(0xc6, 0x28, 0x28);
    else if (code.contains(u'?') || code.contains(u'A'))
        colour = QColor(0x2e, 0x7d, 0x32);
    else if (!code.isEmpty())
        colour = QColor(0xb2, 0x6a, 0x00);
    item->setForeground(0, colour.isValid() ? QBrush(colour) : QBrush());
    item->setToolTip(0, code.isEmpty() ? path : tr("%1 — git: %2").arg(path, code));
}

QTreeWidgetItem *ProjectExplorer::itemFor(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, RelativePathRole).toString() == relativePath)
            return *it;
    }
    return nullptr;
}

} // namespace Flowsmith
