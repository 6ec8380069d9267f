#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Flowsmith {

class FlowScene;

/// Writes the whole canvas (the content rectangle plus a margin) to a file, at 100% and in
/// full detail, or prints it.
namespace CanvasExport {

enum class Format { Png, Svg, Pdf };

/// The format for a file name's suffix (.png, .svg, .pdf); std::nullopt for others.
std::optional<Format> formatFor(const QString &fileName);
/// Writes `fileName` (atomically for PNG and SVG); false with `error` naming the file.
bool write(FlowScene *scene, const QString &fileName, QString *error);
/// Shows the print dialog and prints the canvas fitted to the page.
void print(FlowScene *scene, QWidget *parent);

} // namespace CanvasExport

} // namespace Flowsmith
