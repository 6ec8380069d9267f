#pragma once

#include "model/core/fileerror.h"
#include "model/data/jsonvalue.h"

#include <QVariant>

#include <optional>

namespace Flowsmith {

/// Converts a node's config value (QString, qint64, double, bool, QVariantList, QVariantMap,
/// invalid for null) to JSON. Map keys keep the QVariantMap's order (sorted), which is fine
/// for config, never for message bodies.
JsonValue toJson(const QVariant &value);

/// The other way: integers stay qint64 (beyond its range, double), null becomes an invalid
/// QVariant, objects QVariantMap and arrays QVariantList, as the flow model keeps config.
QVariant toVariant(const JsonValue &value);

/// Reads JSON a user typed (a config field, a literal in a rule, a value for a merge conflict)
/// with the product's one JSON reader, so that depth, size and number limits are the same as
/// for files. `where` names the place in errors ("config of node validate-order").
std::optional<QVariant> parseJsonText(const QString &text, const QString &where, FileError *error);

/// The error of parseJsonText for a one-field editor: "line 1, column 7: JSON syntax error: …"
/// (the line only when the text has several).
QString describeTextError(const FileError &error, const QString &text);

/// A config value as one line of JSON text: `42`, `"a"`, `[1,2]`; empty for an invalid value.
QString toCompactText(const QVariant &value);

/// The JSON as a compact single line, the way traces and NDJSON output write it.
QByteArray toCompactBytes(const JsonValue &value);

/// Equal as JSON values: object key order does not matter, 1 equals 1.0.
bool jsonEquals(const JsonValue &a, const JsonValue &b);

} // namespace Flowsmith
