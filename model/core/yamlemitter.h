#pragma once

// Private to the model (sees yaml-cpp).

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace Flowsmith::Yaml {

/// Writes a node tree as canonical Flowsmith YAML: two-space indentation, sequences under a
/// key indented (`key:\n  - item`), maps in their stored key order, flow style where the node
/// says so (as read, or chosen for a new small collection), scalars plain when that reads
/// back as the same string and double-quoted otherwise or when they were quoted when read,
/// multi-line strings as literal blocks, a trailing newline. Deterministic: the same tree
/// always gives the same bytes. yaml-cpp's own emitter is not used because its choices of
/// indentation and quoting differ from the format the design fixes.
QByteArray toText(const YAML::Node &root);

/// True when `text` can be written as a plain scalar and read back unchanged.
bool canBePlain(const std::string &text, bool inFlow);

} // namespace Flowsmith::Yaml
