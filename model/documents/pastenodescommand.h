#pragma once

#include "model/core/flow.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Flowsmith {

class FlowDocument;

/// Pastes a flow fragment (what the canvas copies: nodes, the edges among them, the groups
/// wholly inside and notes) shifted by `offset`, as one undo step. Ids that are taken get a
/// suffix (FlowDocument::uniqueNodeId and friends); edges and group members follow the renamed
/// nodes. nodeIds() and noteIds() tell the ids used.
class PasteNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasteNodesCommand)

public:
    PasteNodesCommand(FlowDocument *document, const Flow &fragment, QPointF offset,
                      QUndoCommand *parent = nullptr);

    QStringList nodeIds() const { return m_nodeIds; }
    QStringList noteIds() const { return m_noteIds; }
    QStringList groupIds() const { return m_groupIds; }

    /// The fragment to copy from `flow`: the named nodes, the edges between two of them, the
    /// groups all of whose members are named, and the named notes. Its id is "clipboard".
    static Flow fragment(const Flow &flow, const QStringList &nodeIds,
                         const QStringList &noteIds = {});

private:
    QStringList m_nodeIds;
    QStringList m_noteIds;
    QStringList m_groupIds;
};

} // namespace Flowsmith
