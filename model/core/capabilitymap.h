#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowsmith {

/// A business capability: what the business does (order capture, invoicing…), who owns it,
/// which systems and flows serve it and how mature its integration is (1 = ad hoc … 5 =
/// optimised, after the background article's maturity model).
struct Capability
{
    QString id;
    QString name;
    QString description;
    QString owner;
    int maturity = 0; ///< 0 = not assessed
    QStringList systems;
    QStringList flows;
    QString gaps; ///< what is missing, in the reviewer's words
    QList<Capability> children;
    SourcePosition position;
    YamlOrigin origin;
};

struct ReviewNote
{
    QString capability; ///< id
    QString author;
    QString date; ///< yyyy-MM-dd
    QString text;
    SourcePosition position;
    YamlOrigin origin;
};

/// capabilities.yaml: the capability tree and the architects' review notes.
class CapabilityMap
{
public:
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QList<Capability> capabilities;
    QList<ReviewNote> reviews;
    YamlOrigin origin;

    const Capability *capability(const QString &id) const; ///< searched through the whole tree

    static std::optional<CapabilityMap> fromYaml(const QByteArray &bytes, const QString &fileName,
                                                 FileError *error);
    QByteArray toYaml() const;
    static std::optional<CapabilityMap> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const;
};

} // namespace Flowsmith
