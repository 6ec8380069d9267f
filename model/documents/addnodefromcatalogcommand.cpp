#include "addnodefromcatalogcommand.h"

#include "model/core/nodecatalog.h"

namespace Flowsmith {

AddNodeFromCatalogCommand::AddNodeFromCatalogCommand(FlowDocument *document, const QString &typeId,
                                                     QPointF at, QUndoCommand *parent)
    : AddNodesCommand(document, { catalogNode(typeId, at) }, {}, parent)
{ }

FlowNode AddNodeFromCatalogCommand::catalogNode(const QString &typeId, QPointF at)
{
    FlowNode node;
    node.type = typeId;
    node.id = typeId.mid(typeId.lastIndexOf(u'.') + 1);
    node.at = at;
    const NodeType *type = NodeCatalog::instance().type(typeId);
    if (!type)
        return node; // AddNodesCommand leaves it out
    node.name = QCoreApplication::translate("NodeCatalog", type->displayName.toUtf8().constData());
    for (const ConfigField &field : type->configFields)
        if (field.defaultValue.isValid())
            node.config.insert(field.key, field.defaultValue);
    return node;
}

} // namespace Flowsmith
