#pragma once

#include "model/core/mapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// One line of the mapper: from source fields to a target field, for one rule. Paths are full
/// schema paths (forEach scopes resolved, predicates such as `name[use="official"]` dropped),
/// so that both trees can find their items.
struct MappingLine
{
    QList<int> rulePath;
    QStringList sourcePaths; ///< empty for a constant; several for a concatenation
    QString targetPath;
    bool forEach = false;
    bool expression = false; ///< the rule is hand-written: its sources were read from the text
};

/// The lines a mapping draws: one per rule (forEach rules and their nested rules each get one).
class MappingLines
{
public:
    static QList<MappingLine> collect(const Mapping &mapping);

    /// A path as the schema tree knows it: `name[use="official"][0].given[0]` → `name.given`;
    /// empty when it is not a path at all.
    static QString schemaPath(const QString &path);

    /// The paths an expression reads, roughly: dotted names outside strings that are not
    /// function names or variables (what a line can be drawn from).
    static QStringList pathsIn(const QString &expression);
};

} // namespace Flowsmith
