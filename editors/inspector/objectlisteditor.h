#pragma once

#include "model/core/nodecatalog.h"

#include <QVariantList>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace Flowsmith {

/// A list of objects (route.choice's cases, quality.rules' rules, transform.set's actions) as
/// a table: one row per object, one column per item field, with buttons to add, remove and
/// reorder rows. Keys the catalog does not know are kept with their row.
class ObjectListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectListEditor(const ConfigField &field, QWidget *parent = nullptr);

    /// Shows `items` (a list of maps); not an edit.
    void setItems(const QVariantList &items);
    /// The rows as maps; an empty cell leaves its key out.
    QVariantList items() const;

    QTableWidget *table() const { return m_table; }

signals:
    /// The user changed a cell, or added, removed or moved a row.
    void edited();

private:
    void appendRow(const QVariantMap &item);
    void moveCurrentRow(int delta);
    void fitHeight();
    void updateButtons();

    ConfigField m_field;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_loading = false;
};

} // namespace Flowsmith
