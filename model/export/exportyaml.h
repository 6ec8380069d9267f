#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace Flowsmith {

/// Writes a JSON document as the project's canonical YAML (model/core/yamlemitter: stable key
/// order as built, two-space indentation, trailing newline), so that generated runtime files
/// are deterministic and read like the project's own files. `header` becomes leading `# `
/// comment lines.
QByteArray exportYaml(const nlohmann::ordered_json &document, const QString &header = {});

} // namespace Flowsmith
