#pragma once

#include "model/core/mapping.h"
#include "model/core/schema.h"

#include <QSet>
#include <QString>

namespace Flowsmith {

/// How much of a target schema a mapping writes: the figure in the mapper's header. Leaf
/// fields count (fields without children, and arrays); a field is mapped when a rule writes
/// it or one of its ancestors with a single value, and the fields of a forEach target count
/// by the forEach's nested rules.
struct MappingCoverage
{
    int fields = 0;
    int mapped = 0;
    int required = 0;
    int requiredMapped = 0;
    QSet<QString> mappedPaths; ///< full target paths written ("lines.quantity"), any depth

    /// 0…100; 100 when there is nothing to map.
    int percentMapped() const { return fields ? mapped * 100 / fields : 100; }
    int percentRequired() const { return required ? requiredMapped * 100 / required : 100; }

    static MappingCoverage compute(const Mapping &mapping, const Schema &target);
};

} // namespace Flowsmith
