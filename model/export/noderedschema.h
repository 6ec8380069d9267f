#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace Flowsmith {

/// A project schema as Node-RED's json node can check it the way the simulator does.
///
/// The json node compiles msg.schema with ajv 8 in strict mode, draft-07. As published, a
/// schema with a `format` (ajv without ajv-formats knows none), a keyword ajv does not know
/// ("x-ui") or a 2020-12 `$schema` does not compile, and every message then fails. So:
/// `format`s the simulator checks become the equivalent `pattern` (in an `allOf`, beside any
/// pattern already there), formats it ignores are dropped, unknown keywords are dropped (the
/// specification ignores them), and a 2019-09/2020-12 `$schema` goes (draft-07 reads the
/// keywords project schemas use the same way).
class NodeRedSchema
{
public:
    using Json = nlohmann::ordered_json;

    /// The rewritten schema; `notes` gets one line per kind of change made.
    static Json forAjv(const Json &schema, QStringList *notes = nullptr);
    /// The JavaScript pattern equal to the simulator's check of `format`, empty if none.
    static QString formatPattern(const QString &format);
};

} // namespace Flowsmith
