#include "editors/shell/welcomepage.h"

#include "editors/shell/exampleprojects.h"
#include "editors/shell/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowsmith {

WelcomePage::WelcomePage(RecentProjects *recentProjects, QWidget *parent)
    : QWidget(parent)
    , m_recentProjects(recentProjects)
    , m_openProject(new QPushButton(QIcon(QStringLiteral(":/icons/actions/open.svg")),
                                    tr("Open project…"), this))
    , m_openExample(new QPushButton(QIcon(QStringLiteral(":/icons/explorer/project.svg")),
                                    tr("Open example project"), this))
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

    for (QPushButton *button : { m_openProject, m_openExample }) {
        button->setMinimumHeight(36);
        button->setIconSize(QSize(20, 20));
    }
    m_openExample->setToolTip(tr("Retail order to cash: web shop, CRM, ERP, WMS and marketing"));
    m_openExample->setEnabled(!ExampleProjects::retailOrderToCash().isEmpty());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openProject);
    buttons->addWidget(m_openExample);
    buttons->addStretch();

    auto *recentTitle = new QLabel(tr("Recent projects"), this);
    QFont sectionFont = recentTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    recentTitle->setFont(sectionFont);
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
    connect(m_openExample, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recentProjects, &RecentProjects::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
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
