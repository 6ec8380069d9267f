#pragma once

#include "model/core/fileerror.h"
#include "simulator/message.h"

#include <QByteArray>

#include <optional>

namespace Flowsmith::Sim {

/// Parses JSON text with a depth cap (nlohmann 3.11 crashes copying values nested ~100,000
/// deep). Syntax errors name `fileName`, line and column; `firstLine` offsets the line
/// numbers for one line of an NDJSON file.
std::optional<Json> parseJson(const QByteArray &text, const QString &fileName, FileError *error,
                              int firstLine = 1);

/// Deepest nesting parseJson accepts.
inline constexpr int MaxJsonDepth = 512;

} // namespace Flowsmith::Sim
