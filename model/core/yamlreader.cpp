#include "model/core/yamlreader.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlorigindata.h"
#include "model/core/yamlvalue.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::YamlReader", text);
}

} // namespace

YamlReader::YamlReader(const QString &fileName, FileError *error)
    : m_fileName(fileName)
    , m_error(error)
{ }

bool YamlReader::fail(QLatin1StringView code, SourcePosition position, const QString &message)
{
    if (!m_failed)
        ModelFile::fail(m_error, code, m_fileName, position, message);
    m_failed = true;
    return false;
}

bool YamlReader::fail(QLatin1StringView code, const YAML::Node &at, const QString &message)
{
    return fail(code, position(at), message);
}

SourcePosition YamlReader::position(const YAML::Node &node)
{
    return Yaml::positionOf(node);
}

YamlOrigin YamlReader::origin(const YAML::Node &node, const QByteArray &sourceBytes)
{
    return YamlOrigin(std::make_shared<const YamlOriginData>(node, sourceBytes));
}

QString YamlReader::kindOf(const YAML::Node &node)
{
    if (node.IsMap())
        return tr("a mapping");
    if (node.IsSequence())
        return tr("a list");
    if (node.IsNull())
        return tr("empty");
    return tr("'%1'").arg(QString::fromStdString(node.Scalar()));
}

bool YamlReader::expectMap(const YAML::Node &node, const QString &what)
{
    if (node.IsMap())
        return true;
    return fail(ErrorCode::WrongType, node,
                tr("%1 must be a mapping of keys to values, not %2").arg(what, kindOf(node)));
}

bool YamlReader::readHeader(const YAML::Node &root, int supportedVersion, int *version)
{
    if (!root.IsMap())
        return fail(ErrorCode::WrongType,
                    root.IsDefined() && !root.IsNull() ? position(root) : SourcePosition { 1, 1 },
                    tr("expected a mapping starting with 'flowsmith: %1', found %2")
                        .arg(supportedVersion)
                        .arg(kindOf(root)));
    const YAML::Node versionNode = root["flowsmith"];
    const auto read = integer(root, "flowsmith", true);
    if (!read)
        return false;
    if (*read > supportedVersion)
        return fail(ErrorCode::NewerFormat, versionNode,
                    tr("written by a newer Flowsmith (format %1); this version reads format %2")
                        .arg(*read)
                        .arg(supportedVersion));
    if (*read < 1)
        return fail(ErrorCode::InvalidValue, versionNode,
                    tr("format version %1 does not exist; this version reads format %2")
                        .arg(*read)
                        .arg(supportedVersion));
    *version = int(*read);
    return true;
}

YAML::Node YamlReader::value(const YAML::Node &map, const char *key, bool required)
{
    if (m_failed || !map.IsDefined() || !map.IsMap())
        return Yaml::absent();
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            fail(ErrorCode::MissingKey, node.IsDefined() ? node : map,
                 tr("missing required key '%1'").arg(QLatin1String(key)));
        return Yaml::absent();
    }
    return node;
}

QString YamlReader::string(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = value(map, key, required);
    if (!node.IsDefined())
        return {};
    if (!node.IsScalar()) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be text, not %2").arg(QLatin1String(key), kindOf(node)));
        return {};
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<qint64> YamlReader::integer(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = value(map, key, required);
    if (!node.IsDefined())
        return std::nullopt;
    const QVariant v
        = node.IsScalar() && !Yaml::isQuoted(node) ? Yaml::toVariant(node) : QVariant();
    if (v.typeId() != QMetaType::LongLong) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be a whole number, not %2").arg(QLatin1String(key), kindOf(node)));
        return std::nullopt;
    }
    return v.toLongLong();
}

std::optional<double> YamlReader::number(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = value(map, key, required);
    if (!node.IsDefined())
        return std::nullopt;
    const QVariant v
        = node.IsScalar() && !Yaml::isQuoted(node) ? Yaml::toVariant(node) : QVariant();
    if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Double) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be a number, not %2").arg(QLatin1String(key), kindOf(node)));
        return std::nullopt;
    }
    return v.toDouble();
}

QStringList YamlReader::stringList(const YAML::Node &map, const char *key)
{
    const YAML::Node node = value(map, key, false);
    if (!node.IsDefined())
        return {};
    if (!node.IsSequence()) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be a list, not %2").arg(QLatin1String(key), kindOf(node)));
        return {};
    }
    QStringList list;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar()) {
            fail(ErrorCode::WrongType, item,
                 tr("the entries of '%1' must be text, not %2")
                     .arg(QLatin1String(key), kindOf(item)));
            return {};
        }
        list.append(QString::fromStdString(item.Scalar()));
    }
    return list;
}

QVariantMap YamlReader::variantMap(const YAML::Node &map, const char *key)
{
    const YAML::Node node = mapping(map, key, false);
    if (!node.IsDefined())
        return {};
    return Yaml::toVariant(node).toMap();
}

YAML::Node YamlReader::sequence(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = value(map, key, required);
    if (!node.IsDefined())
        return Yaml::absent();
    if (!node.IsSequence()) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be a list, not %2").arg(QLatin1String(key), kindOf(node)));
        return Yaml::absent();
    }
    return node;
}

YAML::Node YamlReader::mapping(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = value(map, key, required);
    if (!node.IsDefined())
        return Yaml::absent();
    if (!node.IsMap()) {
        fail(ErrorCode::WrongType, node,
             tr("'%1' must be a mapping of keys to values, not %2")
                 .arg(QLatin1String(key), kindOf(node)));
        return Yaml::absent();
    }
    return node;
}

} // namespace Flowsmith
