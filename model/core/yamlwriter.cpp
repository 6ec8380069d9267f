#include "model/core/yamlwriter.h"

#include "model/core/yamlemitter.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlorigindata.h"
#include "model/core/yamlvalue.h"

namespace Flowsmith {

namespace Yaml {

YAML::Node originNode(const YamlOrigin &origin)
{
    if (origin.isNull())
        return absent();
    return origin.data()->node;
}

YAML::Node sequenceLike(const YAML::Node &original)
{
    YAML::Node node(YAML::NodeType::Sequence);
    const bool flow = original.IsDefined() && original.IsSequence()
        && original.Style() == YAML::EmitterStyle::Flow;
    node.SetStyle(flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
    return node;
}

YAML::Node mergeVariant(const YAML::Node &original, const QVariant &value)
{
    if (original.IsDefined() && toVariant(original) == value)
        return YAML::Clone(original);
    const bool hasOriginal = original.IsDefined();
    if (value.typeId() == QMetaType::QVariantMap && hasOriginal && original.IsMap()) {
        const QVariantMap map = value.toMap();
        YAML::Node node(YAML::NodeType::Map);
        node.SetStyle(original.Style());
        for (auto it = original.begin(); it != original.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>(""));
            if (map.contains(key))
                node[YAML::Clone(it->first)] = mergeVariant(it->second, map.value(key));
        }
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!original[it.key().toStdString()].IsDefined())
                node[it.key().toStdString()] = fromVariant(it.value());
        }
        return node;
    }
    if ((value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        && hasOriginal && original.IsSequence()) {
        const QVariantList list = value.toList();
        YAML::Node node(YAML::NodeType::Sequence);
        node.SetStyle(original.Style());
        for (int i = 0; i < list.size(); ++i) {
            if (i < int(original.size()))
                node.push_back(mergeVariant(original[i], list.at(i)));
            else
                node.push_back(fromVariant(list.at(i)));
        }
        return node;
    }
    if (value.typeId() == QMetaType::QString && hasOriginal && isQuoted(original)) {
        // Quoted as read, quoted when changed.
        YAML::Node node(value.toString().toStdString());
        node.SetTag("!");
        return node;
    }
    return fromVariant(value);
}

YAML::Node mergeJson(const YAML::Node &original, const nlohmann::ordered_json &value)
{
    if (original.IsDefined() && toJson(original) == value)
        return YAML::Clone(original);
    if (value.is_object() && original.IsDefined() && original.IsMap()) {
        YAML::Node node(YAML::NodeType::Map);
        node.SetStyle(original.Style());
        for (auto it = original.begin(); it != original.end(); ++it) {
            const std::string key = it->first.as<std::string>("");
            if (value.contains(key))
                node[YAML::Clone(it->first)] = mergeJson(it->second, value.at(key));
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!original[it.key()].IsDefined())
                node[it.key()] = fromJson(it.value());
        }
        return node;
    }
    if (value.is_array() && original.IsDefined() && original.IsSequence()) {
        YAML::Node node(YAML::NodeType::Sequence);
        node.SetStyle(original.Style());
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i < original.size())
                node.push_back(mergeJson(original[i], value[i]));
            else
                node.push_back(fromJson(value[i]));
        }
        return node;
    }
    return fromJson(value);
}

QByteArray documentText(const YAML::Node &written, const YamlOrigin &origin)
{
    QByteArray text = toText(written);
    if (!origin.isNull() && !origin.data()->sourceBytes.isEmpty()
        && text == toText(origin.data()->node))
        return origin.data()->sourceBytes;
    return text;
}

} // namespace Yaml

YamlMapWriter::YamlMapWriter(const YamlOrigin &origin)
    : YamlMapWriter(Yaml::originNode(origin))
{ }

YamlMapWriter::YamlMapWriter(const YAML::Node &original)
    : m_original(original)
{
    if (original.IsDefined() && original.IsMap()) {
        m_node = YAML::Clone(original);
    } else {
        m_node = YAML::Node(YAML::NodeType::Map);
        m_node.SetStyle(YAML::EmitterStyle::Block);
    }
}

YAML::Node YamlMapWriter::original(const char *key) const
{
    if (!m_original.IsDefined() || !m_original.IsMap())
        return Yaml::absent();
    const YAML::Node &map = m_original;
    return map[key];
}

// Records, when a set… call ends, where the next new key belongs.
class YamlMapWriter::KeyScope
{
public:
    KeyScope(YamlMapWriter *writer, const char *key)
        : m_writer(writer)
        , m_key(key)
    { }
    ~KeyScope() { m_writer->noteKey(m_key); }

private:
    YamlMapWriter *m_writer;
    const char *m_key;
};

bool YamlMapWriter::has(const char *key) const
{
    const YAML::Node &map = m_node;
    return map[key].IsDefined();
}

void YamlMapWriter::noteKey(const char *key)
{
    if (has(key))
        m_lastKey = key;
}

void YamlMapWriter::setNode(const char *key, const YAML::Node &value)
{
    KeyScope scope(this, key);
    if (has(key)) {
        m_node[key] = value;
        return;
    }
    // yaml-cpp only appends: rebuild the map with the new pair in its place.
    YAML::Node rebuilt(YAML::NodeType::Map);
    rebuilt.SetStyle(m_node.Style());
    bool inserted = false;
    if (m_lastKey.empty()) {
        rebuilt[key] = value;
        inserted = true;
    }
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        rebuilt[it->first] = it->second;
        if (!inserted && it->first.IsScalar() && it->first.Scalar() == m_lastKey) {
            rebuilt[key] = value;
            inserted = true;
        }
    }
    if (!inserted)
        rebuilt[key] = value;
    m_node = rebuilt;
}

void YamlMapWriter::setSequence(const char *key, const YAML::Node &sequence)
{
    KeyScope scope(this, key);
    if (sequence.size() > 0) {
        setNode(key, sequence);
        return;
    }
    const YAML::Node old = original(key);
    if (!old.IsDefined())
        remove(key);
    else if (!old.IsNull() && !(old.IsSequence() && old.size() == 0))
        setNode(key, sequence);
}

void YamlMapWriter::remove(const char *key)
{
    m_node.remove(key);
}

void YamlMapWriter::setString(const char *key, const QString &value, bool keepEmpty)
{
    KeyScope scope(this, key);
    const YAML::Node old = original(key);
    if (old.IsDefined()) {
        if (old.IsScalar() && QString::fromStdString(old.Scalar()) == value)
            return;
        if (old.IsNull() && value.isEmpty())
            return;
    }
    if (value.isEmpty() && !keepEmpty) {
        remove(key);
        return;
    }
    YAML::Node node = Yaml::stringNode(value);
    if (old.IsDefined() && Yaml::isQuoted(old))
        node.SetTag("!");
    setNode(key, node);
}

void YamlMapWriter::setInteger(const char *key, qint64 value)
{
    KeyScope scope(this, key);
    const YAML::Node old = original(key);
    if (old.IsDefined() && Yaml::toVariant(old) == QVariant(value))
        return;
    setNode(key, Yaml::fromVariant(value));
}

void YamlMapWriter::setNumber(const char *key, std::optional<double> value)
{
    KeyScope scope(this, key);
    const YAML::Node old = original(key);
    if (!value) {
        if (!(old.IsDefined() && old.IsNull()))
            remove(key);
        return;
    }
    if (old.IsDefined() && old.IsScalar() && !Yaml::isQuoted(old)) {
        const QVariant v = Yaml::toVariant(old);
        if ((v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
            && v.toDouble() == *value)
            return;
    }
    setNode(key, Yaml::numberNode(*value));
}

void YamlMapWriter::setStringList(const char *key, const QStringList &value)
{
    KeyScope scope(this, key);
    const YAML::Node old = original(key);
    if (value.isEmpty()) {
        if (!(old.IsDefined() && (old.IsNull() || (old.IsSequence() && old.size() == 0))))
            remove(key);
        return;
    }
    YAML::Node node = Yaml::mergeVariant(old, QVariant(value).toList());
    if (!old.IsDefined())
        node.SetStyle(YAML::EmitterStyle::Flow);
    setNode(key, node);
}

void YamlMapWriter::setVariant(const char *key, const QVariant &value)
{
    KeyScope scope(this, key);
    const YAML::Node old = original(key);
    const bool empty = !value.isValid()
        || (value.typeId() == QMetaType::QVariantMap && value.toMap().isEmpty())
        || (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty());
    if (empty && old.IsDefined() && old.IsNull())
        return; // `key:` with no value reads as empty: keep it as written
    if (empty && (!old.IsDefined() || Yaml::toVariant(old) != value)) {
        remove(key);
        return;
    }
    setNode(key, Yaml::mergeVariant(old, value));
}

void YamlMapWriter::setJson(const char *key, const nlohmann::ordered_json &value)
{
    KeyScope scope(this, key);
    setNode(key, Yaml::mergeJson(original(key), value));
}

} // namespace Flowsmith
