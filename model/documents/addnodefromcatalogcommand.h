#pragma once

#include "nodecommands.h"

#include <QPointF>

namespace Flowsmith {

/// Adds one node of a catalog type at a position, as a drop from the palette does: its id is
/// read from the type ("route.filter" → "filter", with a suffix when taken), its name is the
/// type's translated display name and its config holds the catalog's default values. A type
/// the catalog does not know adds nothing (the command drops itself).
class AddNodeFromCatalogCommand : public AddNodesCommand
{
public:
    AddNodeFromCatalogCommand(FlowDocument *document, const QString &typeId, QPointF at,
                              QUndoCommand *parent = nullptr);

    /// The id the node gets, or empty when the type is unknown.
    QString nodeId() const { return nodeIds().value(0); }

    /// The node as the catalog describes it, before its id is made unique.
    static FlowNode catalogNode(const QString &typeId, QPointF at);
};

} // namespace Flowsmith
