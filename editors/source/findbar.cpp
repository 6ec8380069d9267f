#include "editors/source/findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

namespace Flowsmith {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_lineEdit(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    m_lineEdit->setPlaceholderText(tr("Find"));
    m_lineEdit->setClearButtonEnabled(true);
    m_lineEdit->setMinimumWidth(240);
    m_lineEdit->installEventFilter(this);

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find previous (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find next (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Escape)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_lineEdit);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(close);

    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_lineEdit, &QLineEdit::textChanged, m_status, &QLabel::clear);
    connect(m_matchCase, &QCheckBox::toggled, m_status, &QLabel::clear);
}

void FindBar::activate()
{
    if (m_editor->hasSelectedText()) {
        const QString selected = m_editor->selectedText();
        if (!selected.contains(u'\n'))
            m_lineEdit->setText(selected);
    }
    show();
    m_lineEdit->setFocus();
    m_lineEdit->selectAll();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

bool FindBar::find(bool forward)
{
    const QString text = m_lineEdit->text();
    if (text.isEmpty())
        return false;
    // Searching backwards from the caret would find the match just selected again: start
    // from the selection's beginning instead.
    int line = -1;
    int index = -1;
    if (!forward && m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true,
                                           forward, line, index, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // The line edit would turn Shift+Enter into returnPressed (find next) too.
    if (watched == m_lineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Flowsmith
