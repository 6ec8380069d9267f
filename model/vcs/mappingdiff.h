#pragma once

#include "model/core/mapping.h"

#include <QStringList>

namespace Flowsmith {

/// The difference between two versions of a mapping, rule by rule: rules are matched by their
/// target path (forEach rules nest: "lines.sku"), so reordering is no change. One line per
/// change: `+ rule lines.qty: from quantity`, `- rule …`, `~ rule total: from a → expr b`, and
/// `~ mapping: source "a" → "b"` for the mapping's own fields.
QStringList diffMappings(const Mapping &oldMapping, const Mapping &newMapping);

} // namespace Flowsmith
