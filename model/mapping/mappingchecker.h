#pragma once

#include "model/core/fileerror.h"
#include "model/core/mapping.h"
#include "model/core/schema.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// One finding of the line checks on a mapping.
struct MappingFinding
{
    enum class Kind {
        TypeMismatch, ///< a string into a number without a conversion, and the like
        Cardinality, ///< an array into a scalar, a scalar into an array
        RequiredUnmapped, ///< a required target field no rule writes
        EnumNotCovered, ///< a value that can reach an enum target is not one of its values
        UnknownSourcePath, ///< a source path that is not in the source schema
    };

    Kind kind = Kind::TypeMismatch;
    QList<int> rulePath; ///< the rule (as MappingDocument addresses it); empty: the mapping
    QString targetPath; ///< full target path ("lines.quantity"), for the editor's lines
    SourcePosition position; ///< the rule's place in its file, when it has one
    QString message;
};

/// The check on every line of a mapping (issue 5): the rules against the source and target
/// schemas. Cheap and file-free, so the mapper runs it after each edit and the validation
/// rules FS125…FS129 run it per mapping file. A missing schema skips the checks that need it.
class MappingChecker
{
public:
    static QList<MappingFinding> check(const Mapping &mapping, const Schema *source,
                                       const Schema *target);
};

} // namespace Flowsmith
