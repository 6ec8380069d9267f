#include "editors/problems/problemsview.h"

#include "editors/problems/problemsmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Flowsmith {

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProblemsModel::SortRole);

    m_view->setObjectName(QStringLiteral("problemsTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(ProblemsModel::SeverityColumn, 100);
    header->resizeSection(ProblemsModel::CodeColumn, 70);
    header->resizeSection(ProblemsModel::FileColumn, 280);
    header->resizeSection(ProblemsModel::LineColumn, 60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit problemActivated(m_model->problem(source.row()));
    });
}

void ProblemsView::setProblems(const ProblemList &problems)
{
    m_model->setProblems(problems);
    emit countChanged(int(problems.size()));
}

const ProblemList &ProblemsView::problems() const
{
    return m_model->problems();
}

QString ProblemsView::summary() const
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    return tr("%1, %2").arg(errorText, warningText);
}

} // namespace Flowsmith
