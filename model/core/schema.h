#pragma once

#include "fileerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith {

/// One field of a schema's tree, as the mapping editor shows it.
struct SchemaField
{
    QString name; ///< property name; empty for the root
    QString path; ///< JSONata path from the root: "customer.email", "items.sku"
    QStringList
        types; ///< JSON Schema types ("string", "object", "null"…); of the elements when isArray
    QString format; ///< "email", "date-time"…
    bool required = false;
    QString description;
    QStringList enumValues; ///< as JSON text: "\"paid\"", "1"
    QList<SchemaField> children; ///< properties (of the elements when isArray)
    bool isArray
        = false; ///< the field holds an array; `types` and `children` describe its elements

    const SchemaField *child(const QString &name) const;
};

/// A JSON Schema file (schemas/<id>.schema.json, draft-07 or 2020-12) read into a field tree.
/// Local references (`#/definitions/…`, `#/$defs/…`, any `#/` pointer) are resolved, a
/// reference cycle ends that branch. `raw` is the file as read, in its key order: the studio
/// edits schemas as text, so saving an unchanged schema gives back its exact bytes.
class Schema
{
public:
    QString id; ///< from the file name, or `$id`'s last segment
    QString title;
    QString description;
    QString dialect; ///< `$schema`
    SchemaField root;
    nlohmann::ordered_json raw;

    /// A field by its path ("customer.email"), or null.
    const SchemaField *field(const QString &path) const;

    static std::optional<Schema> fromJson(const QByteArray &bytes, const QString &fileName,
                                          FileError *error);
    /// The bytes read when `raw` is unchanged, else `raw.dump(2)` and a newline.
    QByteArray toJson() const;
    static std::optional<Schema> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const;

private:
    nlohmann::ordered_json m_rawAsRead;
    QByteArray m_bytesAsRead;
};

} // namespace Flowsmith
