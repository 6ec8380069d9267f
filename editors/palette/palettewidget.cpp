#include "editors/palette/palettewidget.h"

#include "editors/palette/nodetypefiltermodel.h"
#include "editors/palette/nodetypemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Flowsmith {

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new NodeTypeModel(NodeTypeModel::Shape::Grouped, this))
    , m_filter(new NodeTypeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search nodes"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filter by name, type id or description. Down moves into the list, "
                            "Enter adds the first match."));
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("paletteTree"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(QSize(20, 20));
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->expandAll();
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilterText);
    setFilterText(QString()); // the first type is current, ready for Enter
    connect(m_view, &QTreeView::activated, this, &PaletteWidget::activate);
}

void PaletteWidget::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setQuery(text);
    m_view->expandAll();
    const QModelIndex first = m_filter->firstType();
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

QStringList PaletteWidget::visibleTypeIds() const
{
    return m_filter->visibleTypeIds();
}

void PaletteWidget::activate(const QModelIndex &index)
{
    const QString typeId = index.data(NodeTypeModel::TypeIdRole).toString();
    if (!typeId.isEmpty())
        emit typeActivated(typeId);
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down: {
            const QModelIndex first = m_filter->firstType();
            if (first.isValid()) {
                m_view->setCurrentIndex(first);
                m_view->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_view->currentIndex().isValid() ? m_view->currentIndex()
                                                      : m_filter->firstType());
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_view) {
        // Up and Down step from type to type over the category headers; Up from the first
        // type goes back to the search field.
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const bool down = key->key() == Qt::Key_Down;
            QModelIndex index = m_view->currentIndex();
            if (!index.isValid()) {
                index = down ? m_filter->firstType() : QModelIndex();
            } else {
                do {
                    index = down ? m_view->indexBelow(index) : m_view->indexAbove(index);
                } while (index.isValid()
                         && index.data(NodeTypeModel::TypeIdRole).toString().isEmpty());
            }
            if (index.isValid())
                m_view->setCurrentIndex(index);
            else if (!down)
                m_search->setFocus(Qt::BacktabFocusReason);
            return true;
        }
        // Typing in the list searches, as in Node-RED's palette filter.
        if (!key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Flowsmith
