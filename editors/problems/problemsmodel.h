#pragma once

#include "model/core/problem.h"

#include <QAbstractTableModel>

namespace Flowsmith {

/// The validator's problems as table rows: severity, code, message, file, line.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };
    enum { SortRole = Qt::UserRole + 1 };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const ProblemList &problems);
    const ProblemList &problems() const { return m_problems; }
    const Problem &problem(int row) const { return m_problems.at(row); }
    int count(Severity severity) const;

    static QString severityName(Severity severity);
    static QIcon severityIcon(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ProblemList m_problems;
};

} // namespace Flowsmith
