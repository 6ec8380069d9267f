#pragma once

#include "model/core/problem.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace Flowsmith {

class ProblemsModel;

/// The problems dock's contents: a sortable table of problems. Activating a row (double-click
/// or Enter) asks for its place to be opened.
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setProblems(const ProblemList &problems);
    const ProblemList &problems() const;
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /// "3 errors, 1 warning" — for the status bar.
    QString summary() const;

signals:
    void problemActivated(const Flowsmith::Problem &problem);
    void countChanged(int count);

private:
    ProblemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace Flowsmith
