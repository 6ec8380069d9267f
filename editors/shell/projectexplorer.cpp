#include "editors/shell/projectexplorer.h"

#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/schema.h"

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
    const char *hint = nullptr; ///< the row an empty group shows
};

const Group groups[] = {
    { ProjectFileKind::Flow, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Flows"),
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "New Flow…") },
    { ProjectFileKind::Mapping, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Mappings"),
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "New Mapping…") },
    { ProjectFileKind::Schema, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Schemas"),
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Import Schema…") },
    { ProjectFileKind::Sample, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Samples"),
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Add Sample…") },
    { ProjectFileKind::TestSuite, QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Tests"),
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "New Test Suite…") },
    { ProjectFileKind::Capabilities,
      QT_TRANSLATE_NOOP("Flowsmith::ProjectExplorer", "Capability map") },
};

// What a file calls itself: a flow's or mapping's name, a schema's title; empty for the rest.
QString displayName(const Project &project, const ProjectFile &file)
{
    FileError ignored;
    const QString path = project.absolutePath(file.relativePath);
    switch (file.kind) {
    case ProjectFileKind::Flow:
        if (const std::optional<Flow> flow = Flow::load(path, &ignored))
            return flow->name;
        break;
    case ProjectFileKind::Mapping:
        if (const std::optional<Mapping> mapping = Mapping::load(path, &ignored))
            return mapping->name;
        break;
    case ProjectFileKind::Schema:
        if (const std::optional<Schema> schema = Schema::load(path, &ignored))
            return schema->title;
        break;
    default:
        break;
    }
    return {};
}

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
        else if (item->data(0, HintRole).toBool())
            emit newItemRequested(ProjectFileKind(item->data(0, KindRole).toInt()));
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        const QString path = item ? item->data(0, RelativePathRole).toString() : QString();
        if (item)
            m_tree->setCurrentItem(item); // Rename… and Delete… act on it
        if (path.isEmpty() && m_itemActions.isEmpty())
            return;
        QMenu menu(this);
        if (!path.isEmpty()) {
            menu.addAction(tr("Open"), this, [this, path] { emit fileActivated(path); });
            menu.addAction(tr("Open as Text"), this,
                           [this, path] { emit openAsTextRequested(path); });
            menu.addSeparator();
        }
        for (QAction *action : std::as_const(m_itemActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
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
        item->setData(0, NameRole, displayName(*m_project, file));
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
        if (files.isEmpty() && group.hint) {
            // Where to start, in the place the user looks for the thing.
            auto *hint = new QTreeWidgetItem(groupItem);
            hint->setText(0, tr(group.hint));
            hint->setData(0, KindRole, int(group.kind));
            hint->setData(0, HintRole, true);
            hint->setForeground(0, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
            QFont italic = hint->font(0);
            italic.setItalic(true);
            hint->setFont(0, italic);
        }
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
    // By name with the id beside it: the words to recognise, the id that other files use.
    QString id;
    Project::kindOf(path, &id);
    const QString title = item->data(0, NameRole).toString();
    const QString name
        = title.isEmpty() ? QFileInfo(path).fileName() : QStringLiteral("%1  (%2)").arg(title, id);
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
