#pragma once

#include "editors/canvas/canvasoverlay.h"
#include "model/core/flow.h"
#include "model/vcs/flowdiff.h"

#include <QListWidget>

namespace Flowsmith {

/// The canvas overlay of a semantic diff: added nodes tinted green, removed nodes drawn as red
/// ghosts where they were, changed nodes (config, name, type, position) amber with a badge
/// saying what changed; added edges green.
CanvasOverlay diffOverlay(const Flow &before, const Flow &after, const FlowDiff &diff);
CanvasOverlay diffOverlay(const Flow &before, const Flow &after);

/// The colours diffOverlay uses, for legends.
QColor diffAddedColor();
QColor diffRemovedColor();
QColor diffChangedColor();

/// The list of changes shown beside the canvas overlay: one row per FlowChange, marked with
/// the overlay's colour; activating a row names its node.
class DiffChangeList : public QListWidget
{
    Q_OBJECT

public:
    explicit DiffChangeList(QWidget *parent = nullptr);

    void setDiff(const FlowDiff &diff);

signals:
    void nodeActivated(const QString &nodeId);
};

} // namespace Flowsmith
