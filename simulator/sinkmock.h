#pragma once

#include "simulator/message.h"

#include <QString>

#include <optional>

namespace Flowsmith::Sim {

/// What a called system answers in a simulation (a test case's `mocks:` entry for a sink).
/// Without a mock a sink.http answers 200 with the request body.
struct SinkMock
{
    int status = 200;
    std::optional<Json> body; ///< unset: echo the request body
    Json headers = Json::object();
    std::int64_t delayMs = 0;
    int failTimes = 0; ///< the first N calls fail with 503 before the mock answers

    /// From `{status, body, headers, delayMs, failTimes}`; unknown keys are ignored.
    static SinkMock fromJson(const Json &json);
};

} // namespace Flowsmith::Sim
