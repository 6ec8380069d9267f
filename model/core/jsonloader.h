#pragma once

#include "model/core/fileerror.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith::Json {

/// How deep a JSON file may nest. nlohmann/json 3.11 recurses when it copies, compares or
/// dumps a value, and crashes somewhere near 100,000 levels; schemas need a dozen.
inline constexpr int MaxDepth = 200;

/// Parses untrusted JSON, keeping key order. The depth is checked first with the SAX
/// interface, so no deep value is ever built. Syntax errors report 1-based line and column.
/// Never throws.
std::optional<nlohmann::ordered_json> parse(const QByteArray &bytes, const QString &fileName,
                                            FileError *error);

/// The project's JSON text: two-space indentation and a trailing newline.
QByteArray toText(const nlohmann::ordered_json &value);

/// 1-based line and column of a byte offset.
SourcePosition positionOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace Flowsmith::Json
