#pragma once

#include <QFrame>

class QLineEdit;
class QListView;
class QModelIndex;

namespace Flowsmith {

class NodeTypeFilterModel;
class NodeTypeModel;

/// Node-RED's quick-add: a small popup at the cursor with a search field over the node types.
/// Typing filters, Up/Down choose, Enter or a double-click takes the type and closes, Escape
/// (or a click elsewhere) closes without choosing.
class QuickAddPopup : public QFrame
{
    Q_OBJECT

public:
    explicit QuickAddPopup(QWidget *parent = nullptr);

    /// Shows the popup with its top-left at `globalPos` (moved to stay on the screen), with an
    /// empty search and the keyboard in the search field.
    void popup(const QPoint &globalPos);

    QLineEdit *searchField() const { return m_search; }
    QListView *view() const { return m_view; }
    /// The type ids shown, top to bottom.
    QStringList visibleTypeIds() const;
    /// The type Enter would choose now.
    QString currentTypeId() const;

signals:
    void typeChosen(const QString &typeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFilterText(const QString &text);
    void choose(const QModelIndex &index);
    void moveCurrent(int delta);

    NodeTypeModel *m_model;
    NodeTypeFilterModel *m_filter;
    QLineEdit *m_search;
    QListView *m_view;
};

} // namespace Flowsmith
