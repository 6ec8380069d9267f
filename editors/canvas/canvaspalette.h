#pragma once

#include "model/core/nodecatalog.h"

#include <QColor>
#include <QIcon>

namespace Flowsmith::CanvasPalette {

/// The accent colour of a node category, shared by nodes, the minimap and low-zoom painting.
QColor categoryColor(NodeCategory category);
/// The node type's icon (cached: building icons from SVG is slow for thousands of nodes).
QIcon typeIcon(const QString &typeId);
/// A pixmap of the type's icon at `size` device pixels, cached per type and size.
QPixmap typePixmap(const QString &typeId, int size);

} // namespace Flowsmith::CanvasPalette
