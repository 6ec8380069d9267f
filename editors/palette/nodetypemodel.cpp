#include "editors/palette/nodetypemodel.h"

#include "model/core/nodecatalog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMimeData>

namespace Flowsmith {

namespace {

QString catalogText(const QString &text)
{
    return QCoreApplication::translate("NodeCatalog", qPrintable(text));
}

} // namespace

QString NodeTypeModel::mimeType()
{
    return QStringLiteral("application/x-flowsmith-node-type");
}

NodeTypeModel::NodeTypeModel(Shape shape, QObject *parent)
    : QStandardItemModel(parent)
{
    const NodeCatalog &catalog = NodeCatalog::instance();
    if (shape == Shape::Flat) {
        for (const NodeType &type : catalog.types()) {
            if (type.category != NodeCategory::Foreign)
                appendRow(typeItem(type));
        }
        return;
    }
    // Foreign nodes (foreign.nodered) only come from an import: nobody draws one.
    for (NodeCategory category :
         { NodeCategory::Source, NodeCategory::Transform, NodeCategory::Route,
           NodeCategory::Quality, NodeCategory::Security, NodeCategory::Error,
           NodeCategory::Sink }) {
        const QList<const NodeType *> types = catalog.types(category);
        if (types.isEmpty())
            continue;
        auto *group = new QStandardItem(catalogText(NodeCatalog::categoryName(category)));
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        for (const NodeType *type : types)
            group->appendRow(typeItem(*type));
        appendRow(group);
    }
}

QStandardItem *NodeTypeModel::typeItem(const NodeType &type) const
{
    const QString name = catalogText(type.displayName);
    const QString description = catalogText(type.description);
    auto *item = new QStandardItem(QIcon(type.icon), name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    item->setData(type.id, TypeIdRole);
    // Untranslated names too, so that a search in English works in every language.
    item->setData(QStringList { name, type.displayName, type.id, description }.join(u'\n'),
                  SearchTextRole);
    item->setToolTip(QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                         .arg(name.toHtmlEscaped(), type.id, description.toHtmlEscaped()));
    item->setStatusTip(description);
    return item;
}

QStringList NodeTypeModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *NodeTypeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString typeId = index.data(TypeIdRole).toString();
        if (typeId.isEmpty())
            continue;
        auto *data = new QMimeData;
        data->setData(mimeType(), typeId.toUtf8());
        data->setText(typeId);
        return data;
    }
    return nullptr;
}

Qt::DropActions NodeTypeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Flowsmith
