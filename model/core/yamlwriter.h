#pragma once

// Private to the model (sees yaml-cpp).

#include "model/core/yamlorigin.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <optional>

namespace Flowsmith {

/// Writes a model object's known fields into a copy of the map it was read from. A value
/// equal to what was read keeps the original node (and so its style and quoting); keys keep
/// their order, a removed value removes its key, a new key is appended — so unknown keys
/// survive and an unchanged object gives back the same tree. A new key goes right after the
/// key set before it, so known keys keep the canonical order of the set… calls (`name` after
/// `type`, not after `config`). Without an origin it starts from an empty block map.
class YamlMapWriter
{
public:
    explicit YamlMapWriter(const YamlOrigin &origin);
    explicit YamlMapWriter(const YAML::Node &original);

    /// Empty strings remove the key unless `keepEmpty`.
    void setString(const char *key, const QString &value, bool keepEmpty = false);
    void setInteger(const char *key, qint64 value);
    void setNumber(const char *key, std::optional<double> value);
    /// New lists use flow style (`capabilities: [a, b]`); empty lists remove the key.
    void setStringList(const char *key, const QStringList &value);
    /// Generic values (node config, function maps): merged into the original node so that
    /// equal parts keep their style. An invalid QVariant or empty map removes the key.
    void setVariant(const char *key, const QVariant &value);
    void setJson(const char *key, const nlohmann::ordered_json &value);
    void setNode(const char *key, const YAML::Node &value);
    /// A list of objects: an empty one removes the key unless the original had it (as `[]`
    /// or empty), so an unchanged file keeps its text.
    void setSequence(const char *key, const YAML::Node &sequence);
    void remove(const char *key);

    /// The value the original map has under `key`, or an undefined node.
    YAML::Node original(const char *key) const;
    YAML::Node node() const { return m_node; }

private:
    class KeyScope;
    void noteKey(const char *key);
    bool has(const char *key) const;

    YAML::Node m_original;
    YAML::Node m_node;
    std::string m_lastKey; ///< the last key set that is in the map; empty: none yet
};

namespace Yaml {

/// The node an origin holds, or an undefined node for objects made in the studio.
YAML::Node originNode(const YamlOrigin &origin);

/// A new sequence, block style unless the original one was written in flow style.
YAML::Node sequenceLike(const YAML::Node &original);

/// `value` as YAML, reusing `original` wherever it holds the same value.
YAML::Node mergeVariant(const YAML::Node &original, const QVariant &value);
YAML::Node mergeJson(const YAML::Node &original, const nlohmann::ordered_json &value);

/// The text of a whole document: the bytes it was read from when nothing changed (which
/// keeps comments and hand formatting), the canonical emitter's text otherwise. yaml-cpp
/// does not keep comments, so a changed document loses them.
QByteArray documentText(const YAML::Node &written, const YamlOrigin &origin);

} // namespace Yaml

} // namespace Flowsmith
