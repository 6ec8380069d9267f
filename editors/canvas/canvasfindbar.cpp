#include "editors/canvas/canvasfindbar.h"

#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/nodeitem.h"
#include "model/documents/flowdocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Flowsmith {

CanvasFindBar::CanvasFindBar(FlowView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("canvasFindBar"));
    m_edit->setObjectName(QStringLiteral("canvasFindEdit"));
    m_edit->setPlaceholderText(tr("Find node by name, type or id"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        search();
        m_current = m_matches.isEmpty() ? -1 : 0;
        showCurrent();
    });
    connect(next, &QToolButton::clicked, this, &CanvasFindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &CanvasFindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
}

void CanvasFindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void CanvasFindBar::search()
{
    m_matches.clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    for (const FlowNode &node : m_view->flowScene()->document()->flow().nodes) {
        if (node.name.contains(text, Qt::CaseInsensitive)
            || node.type.contains(text, Qt::CaseInsensitive)
            || node.id.contains(text, Qt::CaseInsensitive))
            m_matches.append(node.id);
    }
}

void CanvasFindBar::findNext()
{
    search(); // the flow may have changed since
    if (m_matches.isEmpty()) {
        m_current = -1;
    } else {
        m_current = (m_current + 1) % int(m_matches.size());
    }
    showCurrent();
}

void CanvasFindBar::findPrevious()
{
    search();
    if (m_matches.isEmpty()) {
        m_current = -1;
    } else {
        m_current = m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1;
    }
    showCurrent();
}

void CanvasFindBar::showCurrent()
{
    if (m_current < 0 || m_current >= m_matches.size()) {
        m_count->setText(m_edit->text().isEmpty() ? QString() : tr("No match"));
        return;
    }
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_view->showNode(m_matches.at(m_current));
}

void CanvasFindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        hide();
        m_view->setFocus();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return;
    case Qt::Key_F3:
        if (event->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Flowsmith
