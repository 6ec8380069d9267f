#pragma once

#include "model/core/mapping.h"
#include "model/core/schema.h"

#include <QString>
#include <QStringList>

namespace Flowsmith {

/// What a rule's value is, as far as the line checks can tell without running it.
struct ValueShape
{
    QStringList types; ///< JSON Schema types; empty: unknown (a hand-written expression)
    bool isArray = false;
    bool known = false;
};

// Schema lookups the line checks, the coverage figure and auto-map share.
namespace SchemaTypes {

/// True for a plain path of names ("customer.email", "`first name`.x"): the paths that can be
/// looked up in a schema. Paths with predicates or calls are expressions.
bool isPlainPath(const QString &path);

/// The names of a plain path, with back-quotes removed.
QStringList pathSegments(const QString &path);

/// The field at `path` below `scope` (a schema's root or an array field whose elements are the
/// scope of a forEach), or null.
const SchemaField *resolve(const SchemaField &scope, const QString &path);

/// The shape a `from` rule produces: the source field's, changed by the rule's function.
ValueShape ruleShape(const MappingRule &rule, const SchemaField *sourceField);

/// The JSON type of a QVariant value as JSON Schema names it.
QString jsonType(const QVariant &value);

/// True when a value of `from` types can go where `to` types are asked for: integer is a
/// number, null and unknown fit anything.
bool typesCompatible(const QStringList &from, const QStringList &to);

/// Every field of the tree below `root`, depth first (not the root itself).
QList<const SchemaField *> allFields(const SchemaField &root);

} // namespace SchemaTypes
} // namespace Flowsmith
