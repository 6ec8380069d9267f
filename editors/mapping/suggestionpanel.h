#pragma once

#include "model/mapping/automapper.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Flowsmith {

/// Auto-map's suggestions, to accept or reject one by one or all at once. The panel only
/// shows them and asks; the mapper turns an accept into a command.
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(QWidget *parent = nullptr);

    void setSuggestions(const QList<MappingSuggestion> &suggestions);
    QTreeWidget *list() const { return m_list; }
    /// The row selected, or -1.
    int currentRow() const;

signals:
    void acceptRequested(int row);
    void rejectRequested(int row);
    void acceptAllRequested();
    void refreshRequested();

private:
    QTreeWidget *m_list;
    QLabel *m_note;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_acceptAll;
};

} // namespace Flowsmith
