#include "model/layout/autolayoutcommand.h"

#include "model/documents/flowdocument.h"
#include "model/documents/movenodescommand.h"
#include "model/layout/autolayout.h"

namespace Flowsmith {

AutoLayoutCommand::AutoLayoutCommand(const QString &text)
    : QUndoCommand(text)
{ }

std::unique_ptr<AutoLayoutCommand>
AutoLayoutCommand::create(FlowDocument *document, const QHash<QString, QPointF> &positions)
{
    if (!document)
        return nullptr;
    QStringList ids;
    QList<QPointF> oldPositions;
    QList<QPointF> newPositions;
    // File order, so that the command is the same whatever order the hash iterates in.
    for (const FlowNode &node : document->flow().nodes) {
        const auto it = positions.constFind(node.id);
        if (it == positions.constEnd() || it.value() == node.at)
            continue;
        ids.append(node.id);
        oldPositions.append(node.at);
        newPositions.append(it.value());
    }
    if (ids.isEmpty())
        return nullptr;
    std::unique_ptr<AutoLayoutCommand> command(new AutoLayoutCommand(
        positions.size() == document->flow().nodes.size() ? tr("Auto-layout flow")
                                                          : tr("Auto-layout selection")));
    new MoveNodesCommand(document, ids, oldPositions, newPositions, MoveNodesCommand::Mode::Apply,
                         command.get());
    return command;
}

std::unique_ptr<AutoLayoutCommand> AutoLayoutCommand::layout(FlowDocument *document,
                                                             const QStringList &subset,
                                                             QString *error,
                                                             const LayoutMetrics &metrics)
{
    if (!document)
        return nullptr;
    const auto positions = AutoLayout::compute(document->flow(), subset, error, metrics);
    if (!positions)
        return nullptr;
    return create(document, *positions);
}

} // namespace Flowsmith
