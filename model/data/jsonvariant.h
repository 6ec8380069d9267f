#pragma once

#include "model/data/jsonvalue.h"

#include <QVariant>

namespace Flowsmith {

/// Converts a node's config value (QString, qint64, double, bool, QVariantList, QVariantMap,
/// invalid for null) to JSON. Map keys keep the QVariantMap's order (sorted), which is fine
/// for config, never for message bodies.
JsonValue toJson(const QVariant &value);

/// The JSON as a compact single line, the way traces and NDJSON output write it.
QByteArray toCompactBytes(const JsonValue &value);

/// Equal as JSON values: object key order does not matter, 1 equals 1.0.
bool jsonEquals(const JsonValue &a, const JsonValue &b);

} // namespace Flowsmith
