#pragma once

#include <memory>

namespace Flowsmith {

class YamlOriginData;

/// The YAML a model object was read from, kept so that a save writes back the keys the model
/// does not know and the styles (flow or block, quoting) the author chose. Cheap to copy;
/// null for objects created in the studio. yaml-cpp keeps no comments: a document's comments
/// (and hand formatting) survive only while it is unchanged, see Yaml::documentText.
class YamlOrigin
{
public:
    YamlOrigin() = default;
    explicit YamlOrigin(std::shared_ptr<const YamlOriginData> data)
        : m_data(std::move(data))
    { }

    bool isNull() const { return !m_data; }
    const YamlOriginData *data() const { return m_data.get(); }

private:
    std::shared_ptr<const YamlOriginData> m_data;
};

} // namespace Flowsmith
