#pragma once

// Private to the model (sees yaml-cpp).

#include "model/core/fileerror.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Flowsmith::Yaml {

/// How deep a project file may nest. Real files stay under ten levels; yaml-cpp's own guard
/// sits far deeper and reports it as "bad file".
inline constexpr int MaxDepth = 200;

/// Parses untrusted YAML. Refuses files over ModelFile::MaxFileSize, syntax errors (with
/// yaml-cpp's mark, made 1-based), nesting past MaxDepth, alias expansion past a cap of
/// visited values (yaml-cpp shares aliased nodes, so a billion-laughs file parses small but
/// would make any traversal endless) and duplicate keys. Never throws.
std::optional<YAML::Node> parse(const QByteArray &bytes, const QString &fileName, FileError *error);

/// An undefined node, as a missing key gives: IsDefined() is false and it iterates as empty.
/// Never ask its type: yaml-cpp throws for that.
YAML::Node absent();

/// 1-based position of a node as yaml-cpp marked it; invalid for nodes made in memory.
SourcePosition positionOf(const YAML::Node &node);

} // namespace Flowsmith::Yaml
