#include "editors/vcs/historyview.h"

#include "model/vcs/repository.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

enum Column { SummaryColumn, AuthorColumn, DateColumn, IdColumn };
enum Role { CommitRole = Qt::UserRole, PathRole };

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({ tr("Change"), tr("Author"), tr("Date"), tr("Commit") });
    m_tree->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString commit = item->data(SummaryColumn, CommitRole).toString();
        const QString path = item->data(SummaryColumn, PathRole).toString();
        if (path.isEmpty())
            emit commitActivated(commit);
        else
            emit flowActivated(commit, path);
    });
}

void HistoryView::setRepository(Repository *repository, const QString &path)
{
    m_repository = repository;
    m_path = path;
    reload();
}

void HistoryView::reload()
{
    m_tree->clear();
    if (!m_repository)
        return;
    QString error;
    const QList<CommitInfo> commits = m_repository->history(m_limit, &error, m_path);
    for (const CommitInfo &commit : commits) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(SummaryColumn, commit.summary);
        item->setText(AuthorColumn, commit.author);
        item->setToolTip(AuthorColumn, commit.email);
        item->setText(DateColumn, QLocale().toString(commit.date, QLocale::ShortFormat));
        item->setText(IdColumn, commit.shortId);
        item->setData(SummaryColumn, CommitRole, commit.id);
        item->setToolTip(SummaryColumn, commit.message);
        for (const CommitFileChange &change : commit.files) {
            const QStringList lines = change.describe();
            auto *file = new QTreeWidgetItem(item);
            file->setText(SummaryColumn, lines.first());
            file->setData(SummaryColumn, CommitRole, commit.id);
            if (change.kind == ProjectFileKind::Flow)
                file->setData(SummaryColumn, PathRole, change.path);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                auto *line = new QTreeWidgetItem(file);
                line->setText(SummaryColumn, lines.at(i).trimmed());
                line->setData(SummaryColumn, CommitRole, commit.id);
            }
        }
    }
    if (commits.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(SummaryColumn, error.isEmpty() ? tr("No commits yet.") : error);
    }
    m_tree->resizeColumnToContents(AuthorColumn);
    m_tree->resizeColumnToContents(DateColumn);
}

} // namespace Flowsmith
