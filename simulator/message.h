#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>

namespace Flowsmith::Sim {

using Json = nlohmann::ordered_json;

/// A message on a wire (design §3): a JSON body and named JSON headers. `id` is unique within a
/// run and `parent` names the message it was made from (0 for a message a source injected), so
/// a trace can show where every message came from.
struct Message
{
    std::uint64_t id = 0;
    std::uint64_t parent = 0;
    Json body;
    Json headers = Json::object();
};

} // namespace Flowsmith::Sim
