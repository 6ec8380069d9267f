#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Flowsmith {

class FlowScene;
class FlowView;

/// The canvas's find bar (Ctrl+F): finds nodes whose name, type or id contains the text,
/// selects and centres the current match; Enter / F3 next, Shift+Enter / Shift+F3 previous,
/// Escape closes.
class CanvasFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasFindBar(FlowView *view, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// The ids of the nodes that match the current text, in document order.
    QStringList matches() const { return m_matches; }
    int currentIndex() const { return m_current; }

    void activate();
    void findNext();
    void findPrevious();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void showCurrent();

    FlowView *m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
    QStringList m_matches;
    int m_current = -1;
};

} // namespace Flowsmith
