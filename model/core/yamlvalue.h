#pragma once

// Private to the model (sees yaml-cpp): converting between YAML nodes and plain values.

#include <QString>
#include <QVariant>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace Flowsmith::Yaml {

/// True when yaml-cpp marked the scalar as quoted or a block literal (tag "!"): it is a string
/// whatever it looks like, and the emitter keeps it quoted.
bool isQuoted(const YAML::Node &node);

/// True when `text`, written plain, would read as something other than that string: null,
/// a boolean (YAML 1.1's yes/no/on/off included, for other tools' sake) or a number.
bool readsAsNonString(const QString &text);

/// YAML 1.2 core-schema value of a node: null → invalid QVariant, true/false → bool,
/// integers → qint64, floats → double, quoted or other scalars → QString, maps → QVariantMap,
/// sequences → QVariantList.
QVariant toVariant(const YAML::Node &node);
nlohmann::ordered_json toJson(const YAML::Node &node);

/// New nodes for values made in the studio. Strings that would read back as something else
/// are tagged as quoted; small collections use flow style (`{a: 1}`, `[x, y]`).
YAML::Node fromVariant(const QVariant &value);
YAML::Node fromJson(const nlohmann::ordered_json &value);
YAML::Node stringNode(const QString &text);
YAML::Node numberNode(double value);

/// Shortest text that reads back as the same double; integral values without a fraction.
QString numberText(double value);

/// Sets flow style on a new collection when it is small and flat enough to read on one line.
void applyFlowStyleIfSmall(YAML::Node &node);
/// The same for a new map whose values may themselves be small flow collections
/// (`{target: qty, from: quantity, function: {name: toNumber}}`).
void applyFlowStyleIfSmallMap(YAML::Node &node);

} // namespace Flowsmith::Yaml
