#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace Flowsmith {

/// The bar under a source view that finds text: next, previous, match case. Escape closes it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_lineEdit; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }

    /// Shows the bar with the editor's selection (when on one line) as the text to find.
    void activate();

public slots:
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward);

    QsciScintilla *m_editor;
    QLineEdit *m_lineEdit;
    QCheckBox *m_matchCase;
    QLabel *m_status;
};

} // namespace Flowsmith
