#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Flowsmith {

/// One schema taken out of a larger document: an OpenAPI component or an AsyncAPI message
/// payload. `schema` is a self-contained JSON Schema (2020-12) whose references all point
/// into its own `$defs`.
struct ImportedSchema
{
    QString name; ///< the component's or message's key in the document
    nlohmann::ordered_json schema;
};

} // namespace Flowsmith
