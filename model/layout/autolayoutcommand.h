#pragma once

#include "model/layout/layoutmetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

#include <memory>

namespace Flowsmith {

class FlowDocument;

/// Auto-layout as one undo step: a MoveNodesCommand for every node that moves, wrapped so that it
/// never merges with a drag or a nudge that happens to move the same nodes.
class AutoLayoutCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AutoLayoutCommand)

public:
    /// The command that moves the nodes of `document` to `positions` (an AutoLayout result),
    /// or nullptr when no node would move.
    static std::unique_ptr<AutoLayoutCommand> create(FlowDocument *document,
                                                     const QHash<QString, QPointF> &positions);

    /// Lays out `subset` (empty: the whole flow) and returns the command, or nullptr when
    /// nothing moves or graphviz failed (then `error` says why).
    static std::unique_ptr<AutoLayoutCommand> layout(FlowDocument *document,
                                                     const QStringList &subset, QString *error,
                                                     const LayoutMetrics &metrics = {});

private:
    explicit AutoLayoutCommand(const QString &text);
};

} // namespace Flowsmith
