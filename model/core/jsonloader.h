#pragma once

#include "model/core/fileerror.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith::Json {

/// How deep a JSON file may nest: the one cap for every JSON the product reads (schemas,
/// samples, messages, Node-RED flows, CLI input and bindings). nlohmann/json 3.11 recurses when
/// it copies, compares or dumps a value, and crashes somewhere near 100,000 levels; so do the
/// schema walkers (bundler, importer, validator) that follow the value's shape. Schemas need a
/// dozen levels and business messages rarely two dozen; 200 leaves room and keeps every
/// recursive walk far from the stack's end.
inline constexpr int MaxDepth = 200;

struct ParseOptions
{
    /// The line the text starts on, for one line of an NDJSON file.
    int firstLine = 1;
    /// Refuse text larger than ModelFile::MaxFileSize (project files); samples have their
    /// own cap.
    bool limitSize = true;
};

/// Parses untrusted JSON, keeping key order: the one JSON reader of the product. The depth is
/// checked first with the SAX interface, so no deep value is ever built. Errors (FS002 too
/// large, FS004 too deep, FS011 syntax) name `fileName` and the 1-based line and column.
/// Never throws.
std::optional<nlohmann::ordered_json> parse(const QByteArray &bytes, const QString &fileName,
                                            FileError *error, const ParseOptions &options = {});

/// The project's JSON text: two-space indentation and a trailing newline.
QByteArray toText(const nlohmann::ordered_json &value);

/// 1-based line and column of a byte offset; `firstLine` is the line the bytes start on.
SourcePosition positionOfOffset(const QByteArray &bytes, qsizetype offset, int firstLine = 1);

} // namespace Flowsmith::Json
