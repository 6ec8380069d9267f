#pragma once

#include "simulator/nodebehaviour.h"

#include <cstdint>

namespace Flowsmith::Sim {

/// sink.http: records the request, then "calls" the system in virtual time. The answer comes
/// from the node's mock (status, body, delay, fail the first N calls) or is 200 with the
/// request body. A 5xx answer or a call slower than `timeoutMs` is retried up to `attempts`
/// calls in all, `backoffMs` apart; a 4xx answer is not retried. The answer leaves on
/// `response` (header `statusCode`); a call that still fails goes to error.catch.
class HttpSinkBehaviour : public NodeBehaviour
{
public:
    struct Policy
    {
        int attempts = 1;
        std::int64_t backoffMs = 0;
        std::int64_t timeoutMs = 0; ///< 0: no timeout
    };

    explicit HttpSinkBehaviour(Policy policy);
    void receive(const QString &port, const Message &message, NodeContext &context) override;
    void reset() override { m_calls = 0; }

private:
    Policy m_policy;
    int m_calls = 0; ///< calls so far in this run, for the mock's failTimes
};

} // namespace Flowsmith::Sim
