#pragma once

#include "model/core/fileerror.h"
#include "model/core/mapping.h"

#include <QString>

namespace Flowsmith {

/// Compiles a mapping to one JSONata expression (design §2): an object constructor whose keys
/// are the rule targets (dotted targets nest), `from` paths with their library function
/// applied, `expr` verbatim, and `forEach` rules as array mappings `[items[filter].{…}]`.
/// The result runs unchanged in Node-RED and Camel, which is why the studio exports it.
///
/// Library functions (`function: {name: …}`): formatDate {picture, timezone}, parseDate
/// {picture}, toNumber, toString, toBoolean, uppercase, lowercase, trim, concat {from: [a, b],
/// separator}, default {value}, constant {value}, substring {start, length}, replace {pattern,
/// replacement}, split {separator}, round {precision}, formatNumber {picture},
/// lookup {table, default}, sum, count, join {separator}, pad {width, character},
/// ifElse {cases: [{when, then}], else} (JSONata conditions and values, the input as $value).
class MappingCompiler
{
public:
    struct Result
    {
        QString expression; ///< empty on failure
        FileError error; ///< names the rule's line when a rule cannot be compiled
    };

    static Result compile(const Mapping &mapping, const QString &fileName = {});

    /// A source path as JSONata: plain names stay, odd ones are back-quoted; anything that is
    /// already an expression (brackets, calls) is kept verbatim.
    static QString pathExpression(const QString &path);
};

} // namespace Flowsmith
