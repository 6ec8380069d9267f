#include "editors/problems/problemsmodel.h"

#include <QIcon>

namespace Flowsmith {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProblemsModel::setProblems(const ProblemList &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::count(Severity severity) const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

QString ProblemsModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Note:
        return tr("Note");
    }
    return {};
}

QIcon ProblemsModel::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/problems/error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/problems/warning.svg"));
    case Severity::Note:
        return QIcon(QStringLiteral(":/icons/problems/note.svg"));
    }
    return {};
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(p.severity);
        case CodeColumn:
            return p.code;
        case MessageColumn:
            return p.message;
        case FileColumn:
            return p.file;
        case LineColumn:
            return p.position.isValid() ? QVariant(p.position.line) : QVariant();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(p.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FileColumn) {
            QString where = p.file;
            if (p.position.isValid())
                where += QStringLiteral(":%1:%2").arg(p.position.line).arg(p.position.column);
            return QStringLiteral("%1\n%2").arg(where, p.message);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            // Errors first, then by place, so the worst problem leads.
            return QStringLiteral("%1 %2 %3")
                .arg(int(p.severity))
                .arg(p.file)
                .arg(p.position.line, 8, 10, QLatin1Char('0'));
        case LineColumn:
            return p.position.line;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

} // namespace Flowsmith
