#pragma once

// Private to the model (sees yaml-cpp).

#include "model/core/fileerror.h"
#include "model/core/yamlorigin.h"

#include <QStringList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Flowsmith {

/// Typed reading of a parsed YAML file. The first problem wins: it becomes the FileError
/// (code, file, 1-based line and column) and later calls return defaults, so readers can
/// read on and check ok() once at the end.
class YamlReader
{
public:
    YamlReader(const QString &fileName, FileError *error);

    bool ok() const { return !m_failed; }
    const QString &fileName() const { return m_fileName; }

    bool fail(QLatin1StringView code, const YAML::Node &at, const QString &message);
    bool fail(QLatin1StringView code, SourcePosition position, const QString &message);
    static SourcePosition position(const YAML::Node &node);

    /// The root must be a map whose `flowsmith:` version this build reads.
    bool readHeader(const YAML::Node &root, int supportedVersion, int *version);
    bool expectMap(const YAML::Node &node, const QString &what);

    // Fields of a map. A missing or null key gives the default, or FS008 when required;
    // a value of the wrong kind gives FS007 at the value.
    QString string(const YAML::Node &map, const char *key, bool required = false);
    std::optional<qint64> integer(const YAML::Node &map, const char *key, bool required = false);
    std::optional<double> number(const YAML::Node &map, const char *key, bool required = false);
    QStringList stringList(const YAML::Node &map, const char *key);
    QVariantMap variantMap(const YAML::Node &map, const char *key);
    /// The sequence under `key`, or an undefined node when absent (iterates as empty).
    YAML::Node sequence(const YAML::Node &map, const char *key, bool required = false);
    YAML::Node mapping(const YAML::Node &map, const char *key, bool required = false);

    static YamlOrigin origin(const YAML::Node &node, const QByteArray &sourceBytes = {});

private:
    YAML::Node value(const YAML::Node &map, const char *key, bool required);
    static QString kindOf(const YAML::Node &node);

    QString m_fileName;
    FileError *m_error;
    bool m_failed = false;
};

} // namespace Flowsmith
