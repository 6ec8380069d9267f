#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;

/// Deletes what a user selected on the canvas, as one undo step: the given edges (those of a
/// deleted node go with it), the groups, and the nodes and notes. A group that loses members
/// keeps the others; one left with no members goes too, so that no empty frame stays behind.
/// Ids that name nothing are ignored; with nothing to delete the command drops itself.
class DeleteFlowItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteFlowItemsCommand)

public:
    DeleteFlowItemsCommand(FlowDocument *document, const QStringList &nodeIds,
                           const QStringList &noteIds, const QStringList &groupIds,
                           const QList<FlowEdge> &edges = {}, QUndoCommand *parent = nullptr);

    void redo() override;
};

} // namespace Flowsmith
