#include "editors/schema/schemafieldtree.h"

#include "model/core/schema.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace Flowsmith::SchemaFieldTree {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::SchemaFieldTree", text);
}

void addChildren(QTreeWidgetItem *parent, QTreeWidget *tree, const SchemaField &field, int depth)
{
    for (const SchemaField &child : field.children) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(FieldColumn, child.name);
        item->setText(TypeColumn, typeText(child));
        item->setText(RequiredColumn, child.required ? tr("required") : QString());
        item->setText(FormatColumn, child.format);
        QStringList tip;
        if (!child.description.isEmpty())
            tip.append(child.description);
        if (!child.enumValues.isEmpty())
            tip.append(tr("One of: %1").arg(child.enumValues.join(QLatin1String(", "))));
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, tip.join(u'\n'));
        addChildren(item, tree, child, depth + 1);
        item->setExpanded(depth < 1);
    }
}

} // namespace

void setUp(QTreeWidget *tree)
{
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({ tr("Field"), tr("Type"), tr("Required"), tr("Format") });
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    for (int column : { TypeColumn, RequiredColumn, FormatColumn })
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void fill(QTreeWidget *tree, const SchemaField &root)
{
    tree->clear();
    addChildren(nullptr, tree, root, 0);
}

QString typeText(const SchemaField &field)
{
    QStringList types = field.types;
    if (types.isEmpty())
        types.append(field.children.isEmpty() ? tr("any") : QStringLiteral("object"));
    QString text = types.join(QLatin1String(" | "));
    if (field.isArray)
        text = types.size() > 1 ? QStringLiteral("(%1)[]").arg(text) : text + QLatin1String("[]");
    return text;
}

} // namespace Flowsmith::SchemaFieldTree
