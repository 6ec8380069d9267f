#pragma once

#include <nlohmann/json.hpp>

namespace Flowsmith {

/// A JSON value with its keys in the order they were written (messages, schemas, samples).
/// `Flowsmith::Json` names the reader's namespace (model/core/jsonloader.h), hence the longer
/// name; the simulator calls the same type `Sim::Json`.
using JsonValue = nlohmann::ordered_json;

} // namespace Flowsmith
