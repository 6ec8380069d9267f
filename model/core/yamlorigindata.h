#pragma once

// Private to the model: the only header besides the .cpp files that sees yaml-cpp.

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace Flowsmith {

/// The YAML a model object was read from. `node` is never modified (writers clone it);
/// `sourceBytes` is set on document roots only, so that an unchanged document saves the
/// bytes it was read from — including its comments, which yaml-cpp does not keep.
class YamlOriginData
{
public:
    explicit YamlOriginData(YAML::Node yamlNode, QByteArray bytes = {})
        : node(std::move(yamlNode))
        , sourceBytes(std::move(bytes))
    { }

    YAML::Node node;
    QByteArray sourceBytes;
};

} // namespace Flowsmith
