#include "editors/palette/quickaddpopup.h"

#include "editors/palette/nodetypefiltermodel.h"
#include "editors/palette/nodetypemodel.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QVBoxLayout>

namespace Flowsmith {

QuickAddPopup::QuickAddPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new NodeTypeModel(NodeTypeModel::Shape::Flat, this))
    , m_filter(new NodeTypeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("quickAddPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("quickAddSearch"));
    m_search->setPlaceholderText(tr("Add a node…"));
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("quickAddList"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(QSize(18, 18));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the search field

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    resize(280, 320);

    connect(m_search, &QLineEdit::textChanged, this, &QuickAddPopup::setFilterText);
    connect(m_view, &QListView::activated, this, &QuickAddPopup::choose);
}

void QuickAddPopup::popup(const QPoint &globalPos)
{
    m_search->clear();
    setFilterText(QString());
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - width())));
        pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    move(pos);
    show();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList QuickAddPopup::visibleTypeIds() const
{
    return m_filter->visibleTypeIds();
}

QString QuickAddPopup::currentTypeId() const
{
    return m_view->currentIndex().data(NodeTypeModel::TypeIdRole).toString();
}

void QuickAddPopup::setFilterText(const QString &text)
{
    m_filter->setQuery(text);
    m_view->setCurrentIndex(m_filter->firstType());
}

void QuickAddPopup::choose(const QModelIndex &index)
{
    const QString typeId = index.data(NodeTypeModel::TypeIdRole).toString();
    if (typeId.isEmpty())
        return;
    hide();
    emit typeChosen(typeId);
}

void QuickAddPopup::moveCurrent(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -delta;
    m_view->setCurrentIndex(m_filter->index(std::clamp(row + delta, 0, rows - 1), 0));
}

bool QuickAddPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(8);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-8);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_view->currentIndex());
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace Flowsmith
