#include "editors/palette/nodetypefiltermodel.h"

#include "editors/palette/nodetypemodel.h"

#include <functional>

namespace Flowsmith {

NodeTypeFilterModel::NodeTypeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A category passes when one of its types does.
    setRecursiveFilteringEnabled(true);
}

void NodeTypeFilterModel::setQuery(const QString &query)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool NodeTypeFilterModel::matches(const QString &searchText, const QStringList &words)
{
    for (const QString &word : words)
        if (!searchText.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool NodeTypeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(NodeTypeModel::TypeIdRole).toString().isEmpty())
        return m_words.isEmpty(); // a category: kept through its types (recursive filtering)
    return matches(index.data(NodeTypeModel::SearchTextRole).toString(), m_words);
}

QStringList NodeTypeFilterModel::visibleTypeIds() const
{
    QStringList ids;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            const QString id = child.data(NodeTypeModel::TypeIdRole).toString();
            if (!id.isEmpty())
                ids.append(id);
            collect(child);
        }
    };
    collect(QModelIndex());
    return ids;
}

QModelIndex NodeTypeFilterModel::firstType() const
{
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (!child.data(NodeTypeModel::TypeIdRole).toString().isEmpty())
                return child;
            const QModelIndex inside = find(child);
            if (inside.isValid())
                return inside;
        }
        return QModelIndex();
    };
    return find(QModelIndex());
}

} // namespace Flowsmith
