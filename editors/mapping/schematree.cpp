#include "schematree.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>

namespace Flowsmith {

SchemaTree::SchemaTree(Side side, QWidget *parent)
    : QTreeWidget(parent)
    , m_side(side)
{
    setColumnCount(side == Target ? 3 : 2);
    QStringList labels { tr("Field"), tr("Type") };
    if (side == Target)
        labels.append(tr("Preview"));
    setHeaderLabels(labels);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(side == Source ? ExtendedSelection : SingleSelection);
    if (side == Source) {
        setDragEnabled(true);
        setDragDropMode(DragOnly);
    } else {
        setAcceptDrops(true);
        viewport()->setAcceptDrops(true);
        setDragDropMode(DropOnly);
        setDropIndicatorShown(true);
    }
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SchemaTree::geometryChanged);
    connect(this, &QTreeWidget::itemExpanded, this, &SchemaTree::geometryChanged);
    connect(this, &QTreeWidget::itemCollapsed, this, &SchemaTree::geometryChanged);
}

void SchemaTree::setSchema(const Schema *schema, const QString &missingNote)
{
    clear();
    m_items.clear();
    if (!schema) {
        auto *note = new QTreeWidgetItem(this, { missingNote });
        note->setFlags(Qt::ItemIsEnabled);
        note->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        return;
    }
    for (const SchemaField &child : schema->root.children)
        addFields(nullptr, child);
    expandToDepth(1);
    resizeColumnToContents(0);
    setColumnWidth(0, qMax(columnWidth(0), 160));
    resizeColumnToContents(1);
    emit geometryChanged();
}

void SchemaTree::addFields(QTreeWidgetItem *parent, const SchemaField &field)
{
    QString type = field.types.join(u'|');
    if (!field.format.isEmpty())
        type += QStringLiteral(" (%1)").arg(field.format);
    if (!field.enumValues.isEmpty())
        type += QStringLiteral(" enum");
    if (field.isArray)
        type = QStringLiteral("[%1]").arg(type.isEmpty() ? QStringLiteral("…") : type);
    const QString name = field.required ? field.name + QStringLiteral(" *") : field.name;
    auto *item = parent ? new QTreeWidgetItem(parent, { name, type })
                        : new QTreeWidgetItem(this, { name, type });
    item->setData(0, PathRole, field.path);
    item->setData(0, IsArrayRole, field.isArray);
    QString tip = field.path;
    if (!field.description.isEmpty())
        tip += u'\n' + field.description;
    if (!field.enumValues.isEmpty())
        tip += u'\n' + tr("One of: %1").arg(field.enumValues.join(QStringLiteral(", ")));
    item->setToolTip(0, tip);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    flags |= m_side == Source ? Qt::ItemIsDragEnabled : Qt::ItemIsDropEnabled;
    item->setFlags(flags);
    m_items.insert(field.path, item);
    for (const SchemaField &child : field.children)
        addFields(item, child);
}

QTreeWidgetItem *SchemaTree::visibleItem(const QString &path) const
{
    QTreeWidgetItem *item = m_items.value(path);
    if (!item) {
        // A path below what the schema knows (a deeper element): its nearest known ancestor.
        QString prefix = path;
        while (!item && prefix.contains(u'.')) {
            prefix.truncate(prefix.lastIndexOf(u'.'));
            item = m_items.value(prefix);
        }
        if (!item)
            return nullptr;
    }
    QTreeWidgetItem *visible = item;
    for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
        if (!p->isExpanded())
            visible = p;
    return visible;
}

QPoint SchemaTree::anchor(QTreeWidgetItem *item, bool rightEdge) const
{
    const QRect rect = visualItemRect(item);
    const QRect view = viewport()->geometry();
    int y = rect.center().y();
    y = qBound(0, y, viewport()->height() - 1);
    const QPoint inViewport(rightEdge ? viewport()->width() : 0, y);
    QPoint point = viewport()->mapTo(this, inViewport);
    point.setX(rightEdge ? width() : 0);
    Q_UNUSED(view);
    return point;
}

QStringList SchemaTree::selectedPaths() const
{
    QStringList paths;
    for (QTreeWidgetItem *item : selectedItems())
        paths.append(item->data(0, PathRole).toString());
    return paths;
}

void SchemaTree::setMapped(const QSet<QString> &paths)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QFont font = it.value()->font(0);
        font.setBold(paths.contains(it.key()));
        it.value()->setFont(0, font);
    }
}

void SchemaTree::setFinding(const QString &path, const QString &message)
{
    QTreeWidgetItem *item = m_items.value(path);
    if (!item)
        return;
    item->setForeground(0, QColor(0xc0, 0x39, 0x2b));
    item->setToolTip(1, message);
    item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void SchemaTree::clearFindings()
{
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        item->setForeground(0, palette().brush(QPalette::Text));
        item->setToolTip(1, QString());
        item->setIcon(0, QIcon());
    }
}

void SchemaTree::setPreview(const QHash<QString, QString> &values,
                            const QHash<QString, QString> &errors)
{
    if (m_side != Target)
        return;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        if (errors.contains(it.key())) {
            item->setText(2, QStringLiteral("⚠ ") + errors.value(it.key()));
            item->setForeground(2, QColor(0xc0, 0x39, 0x2b));
            item->setToolTip(2, errors.value(it.key()));
        } else {
            item->setText(2, values.value(it.key()));
            item->setForeground(2, palette().brush(QPalette::Text));
            item->setToolTip(2, values.value(it.key()));
        }
    }
}

QStringList SchemaTree::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *SchemaTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    QStringList paths;
    for (QTreeWidgetItem *item : items)
        paths.append(item->data(0, PathRole).toString());
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), paths.join(u'\n').toUtf8());
    data->setText(paths.join(u'\n'));
    return data;
}

void SchemaTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_side == Target && event->mimeData()->hasFormat(QString::fromLatin1(MimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void SchemaTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    if (m_side == Target && target && event->mimeData()->hasFormat(QString::fromLatin1(MimeType))) {
        setCurrentItem(target);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void SchemaTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    const QByteArray bytes = event->mimeData()->data(QString::fromLatin1(MimeType));
    if (m_side != Target || !target || bytes.isEmpty()) {
        event->ignore();
        return;
    }
    const QStringList sources = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
    event->acceptProposedAction();
    emit fieldsDropped(sources, target->data(0, PathRole).toString());
}

void SchemaTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    emit geometryChanged();
}

} // namespace Flowsmith
