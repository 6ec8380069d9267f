#include "editors/shell/welcomepage.h"

#include "editors/shell/exampleprojects.h"
#include "editors/shell/recentprojects.h"
#include "model/core/project.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

WelcomePage::WelcomePage(RecentProjects *recentProjects, QWidget *parent)
    : QWidget(parent)
    , m_recentProjects(recentProjects)
    , m_newProject(new QPushButton(QIcon(QStringLiteral(":/icons/explorer/project.svg")),
                                   tr("New project…"), this))
    , m_openProject(new QPushButton(QIcon(QStringLiteral(":/icons/actions/open.svg")),
                                    tr("Open project…"), this))
    , m_exampleList(new QListWidget(this))
    , m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground); // lets the studio's style sheet paint the page
    QPalette page = palette();
    page.setColor(QPalette::Window, page.color(QPalette::Base));
    setPalette(page);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/flowsmith.svg")).pixmap(72, 72));
    auto *title = new QLabel(tr("Flowsmith"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Design integration flows, map fields between schemas, and review which business "
           "capabilities they serve."),
        this);
    subtitle->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    for (QPushButton *button : { m_newProject, m_openProject }) {
        button->setMinimumHeight(36);
        button->setIconSize(QSize(20, 20));
    }
    m_newProject->setToolTip(tr("An empty project, or one from a template, Node-RED flows or "
                                "an API description"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newProject);
    buttons->addWidget(m_openProject);
    buttons->addStretch();

    auto sectionTitle = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        label->setFont(font);
        return label;
    };
    auto *examplesTitle = sectionTitle(tr("Examples — opened as your own copy"));
    m_exampleList->setObjectName(QStringLiteral("exampleProjectsList"));
    m_exampleList->setIconSize(QSize(20, 20));
    m_exampleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exampleList->setWordWrap(true);
    fillExamples();
    auto *recentTitle = sectionTitle(tr("Recent projects"));
    m_recentList->setObjectName(QStringLiteral("recentProjectsList"));
    m_recentList->setIconSize(QSize(20, 20));
    m_recentList->setMinimumHeight(160);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addLayout(header);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(examplesTitle);
    column->addWidget(m_exampleList);
    column->addSpacing(12);
    column->addWidget(recentTitle);
    column->addWidget(m_recentList, 1);

    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(720);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);
    outer->addWidget(columnWidget, 4);
    outer->addStretch(1);

    connect(m_openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_exampleList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString folder = item->data(Qt::UserRole).toString();
        if (!folder.isEmpty())
            emit openExampleFolderRequested(folder);
    });
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recentProjects, &RecentProjects::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

void WelcomePage::fillExamples()
{
    const QIcon icon(QStringLiteral(":/icons/explorer/project.svg"));
    QMap<QString, QStringList> byIndustry;
    for (const QString &folder : ExampleProjects::all())
        byIndustry[ExampleProjects::industry(folder)].append(folder);
    for (auto it = byIndustry.cbegin(); it != byIndustry.cend(); ++it) {
        auto *heading = new QListWidgetItem(it.key(), m_exampleList);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        heading->setFlags(Qt::NoItemFlags);
        for (const QString &folder : it.value()) {
            FileError error;
            const std::optional<ProjectManifest> manifest = ProjectManifest::load(
                QDir(folder).filePath(QStringLiteral("flowsmith.yaml")), &error);
            const QString name = manifest ? manifest->name : QFileInfo(folder).fileName();
            auto *item = new QListWidgetItem(icon, name, m_exampleList);
            item->setData(Qt::UserRole, folder);
            item->setToolTip(manifest ? manifest->description : error.toString());
        }
    }
    if (m_exampleList->count() == 0) {
        auto *item = new QListWidgetItem(tr("No examples are installed"), m_exampleList);
        item->setFlags(Qt::NoItemFlags);
    }
    // As tall as its rows (the view has no size yet, so use the font): the recent list below
    // takes the rest.
    const int row = qMax(m_exampleList->sizeHintForRow(0), fontMetrics().height() + 10);
    m_exampleList->setFixedHeight(row * m_exampleList->count() + 2 * m_exampleList->frameWidth()
                                  + 6);
}

void WelcomePage::refreshRecent()
{
    m_recentList->clear();
    const QIcon icon(QStringLiteral(":/icons/explorer/project.svg"));
    for (const QString &folder : m_recentProjects->folders()) {
        auto *item = new QListWidgetItem(
            icon, tr("%1 — %2").arg(QFileInfo(folder).fileName(), QDir::toNativeSeparators(folder)),
            m_recentList);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
    }
    if (m_recentList->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent projects"), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Flowsmith
