#pragma once

#include "model/core/mapping.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// Reads the JSONata text of a mapping back into rules: the graphical ⇄ text view of the
/// mapper. An object constructor `{"target": value, …}` gives one rule per key (nested
/// objects give dotted targets); a value that is a path is a `from`; a call of a library
/// function on a path (as the compiler writes it) is that function; `[items[filter].{…}]`
/// is a forEach with its nested rules; anything else stays an `expr` rule, verbatim. So the
/// compiler's output reads back into the rules it came from, and text → rules → text is
/// stable.
class MappingTextParser
{
public:
    /// False when the text is not an object constructor; `error` says why.
    static bool parse(const QString &text, QList<MappingRule> *rules, QString *error);
};

} // namespace Flowsmith
