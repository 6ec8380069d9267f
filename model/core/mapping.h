#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Flowsmith {

/// One rule of a mapping (design §2). Exactly one of `from` (a source path, optionally with a
/// `function` from the mapper's library: {name: formatDate, picture: …}), `expr` (hand-written
/// JSONata, kept verbatim) or `forEach` (a source array, with nested `rules` per element) says
/// where the value comes from.
struct MappingRule
{
    QString target;
    QString from;
    QString expr;
    QVariantMap function;
    QString forEach;
    QString filter; ///< forEach only: JSONata condition on the element
    QList<MappingRule> rules;
    SourcePosition position;
    YamlOrigin origin;
};

/// A field mapping from one schema to another (mappings/<id>.map.yaml).
class Mapping
{
public:
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString id;
    QString name;
    QString source; ///< schema id
    QString target; ///< schema id
    QList<MappingRule> rules;
    YamlOrigin origin;

    static std::optional<Mapping> fromYaml(const QByteArray &bytes, const QString &fileName,
                                           FileError *error);
    QByteArray toYaml() const;
    static std::optional<Mapping> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const;
};

} // namespace Flowsmith
