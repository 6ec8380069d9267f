#pragma once

#include <QSortFilterProxyModel>

namespace Flowsmith {

/// Filters a NodeTypeModel by what the user types: every word of the query must appear,
/// case-insensitively, in a type's name, id or description. A category stays while one of its
/// types matches.
class NodeTypeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NodeTypeFilterModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_words.join(u' '); }

    /// The type ids the filter lets through, in display order.
    QStringList visibleTypeIds() const;
    /// The first type row that passes, or an invalid index.
    QModelIndex firstType() const;

    /// Whether `searchText` (NodeTypeModel::SearchTextRole) matches every word of `query`.
    static bool matches(const QString &searchText, const QStringList &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Flowsmith
