#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QTreeView;

namespace Flowsmith {

class NodeTypeFilterModel;
class NodeTypeModel;

/// The node palette: the catalog grouped by category, with icons and a search field that
/// filters as you type. Drag a type onto the canvas (NodeTypeModel::mimeType()), or
/// double-click it or press Enter to add it. Down in the search field moves into the list,
/// Enter in the search field takes the first match.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }

    void setFilterText(const QString &text);
    /// The type ids shown, top to bottom.
    QStringList visibleTypeIds() const;

signals:
    /// The user asked to add a node of this type (double-click, Enter).
    void typeActivated(const QString &typeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    NodeTypeModel *m_model;
    NodeTypeFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace Flowsmith
