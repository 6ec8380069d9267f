#pragma once

#include "model/data/jsonvalue.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// One difference between two JSON values at a path ("body.address.city", "headers.tenant",
/// "items[2]"). `before` is null-and-absent for an added value, `after` for a removed one.
struct JsonChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;
    JsonValue before;
    JsonValue after;
};

/// What a node did to a message: the changes from `before` to `after`, depth first in the
/// order keys appear (the message inspector's diff). Arrays are compared index by index.
QList<JsonChange> diffJson(const JsonValue &before, const JsonValue &after,
                           const QString &path = {});

} // namespace Flowsmith
