#include "editors/inspector/objectlisteditor.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

// The row's whole map rides on its first cell, so that unknown keys survive an edit.
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int StructuredRole = Qt::UserRole + 2;

QVariant cellValue(const ConfigField &field, const QString &text)
{
    bool ok = false;
    switch (field.type) {
    case ConfigFieldType::Integer: {
        const qint64 number = text.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    case ConfigFieldType::Number: {
        const qint64 integer = text.toLongLong(&ok);
        if (ok)
            return integer;
        const double number = text.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    case ConfigFieldType::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        return text;
    default:
        return text;
    }
}

QToolButton *toolButton(const QString &text, const QString &toolTip, const char *name,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

} // namespace

ObjectListEditor::ObjectListEditor(const ConfigField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_table(new QTableWidget(0, int(field.itemFields.size()), this))
    , m_add(toolButton(tr("Add"), tr("Add a row"), "addRow", this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the current row"), "removeRow", this))
    , m_up(toolButton(tr("Up"), tr("Move the current row up"), "moveRowUp", this))
    , m_down(toolButton(tr("Down"), tr("Move the current row down"), "moveRowDown", this))
{
    QStringList headers;
    for (const ConfigField &item : field.itemFields) {
        QString label = QCoreApplication::translate("NodeCatalog", qPrintable(item.label));
        headers.append(item.required ? label + QStringLiteral(" *") : label);
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        m_table->horizontalHeaderItem(column)->setToolTip(QCoreApplication::translate(
            "NodeCatalog", qPrintable(field.itemFields.at(column).description)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ObjectListEditor::updateButtons);
    connect(m_add, &QToolButton::clicked, this, [this] {
        QVariantMap item;
        for (const ConfigField &itemField : std::as_const(m_field.itemFields))
            if (itemField.defaultValue.isValid())
                item.insert(itemField.key, itemField.defaultValue);
        appendRow(item);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        emit edited();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        fitHeight();
        updateButtons();
        emit edited();
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(1); });
    fitHeight();
    updateButtons();
}

void ObjectListEditor::setItems(const QVariantList &items)
{
    if (items == this->items() && m_table->rowCount() == items.size())
        return; // keep the current cell and the scroll position
    m_loading = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    for (const QVariant &item : items)
        appendRow(item.toMap());
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_loading = false;
    fitHeight();
    updateButtons();
}

void ObjectListEditor::appendRow(const QVariantMap &item)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QVariant value = item.value(m_field.itemFields.at(column).key);
        const bool structured = value.metaType() == QMetaType::fromType<QVariantList>()
            || value.metaType() == QMetaType::fromType<QVariantMap>();
        auto *cell = new QTableWidgetItem(structured            ? tr("(edit in the source view)")
                                              : value.isValid() ? value.toString()
                                                                : QString());
        if (structured) {
            // A nested value does not fit a cell: shown, kept, not edited here.
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            cell->setData(StructuredRole, true);
        }
        if (column == 0)
            cell->setData(ItemRole, item);
        m_table->setItem(row, column, cell);
    }
    m_loading = wasLoading;
    fitHeight();
}

QVariantList ObjectListEditor::items() const
{
    QVariantList items;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QVariantMap item
            = m_table->item(row, 0) ? m_table->item(row, 0)->data(ItemRole).toMap() : QVariantMap();
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const ConfigField &itemField = m_field.itemFields.at(column);
            const QTableWidgetItem *cell = m_table->item(row, column);
            if (cell && cell->data(StructuredRole).toBool())
                continue;
            const QString text = cell ? cell->text().trimmed() : QString();
            if (text.isEmpty())
                item.remove(itemField.key);
            else
                item.insert(itemField.key, cellValue(itemField, text));
        }
        items.append(item);
    }
    return items;
}

void ObjectListEditor::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    QVariantList rows = items();
    rows.move(row, target);
    m_loading = true;
    m_table->setRowCount(0);
    for (const QVariant &item : std::as_const(rows))
        appendRow(item.toMap());
    m_table->setCurrentCell(target, 0);
    m_loading = false;
    updateButtons();
    emit edited();
}

void ObjectListEditor::fitHeight()
{
    // As tall as its rows, so that the form scrolls rather than the table.
    const int rows = std::max(1, m_table->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 2);
}

void ObjectListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

} // namespace Flowsmith
