#include "simulator/nodes/httpsinkbehaviour.h"

#include "simulator/nodecontext.h"
#include "simulator/sinkmock.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

HttpSinkBehaviour::HttpSinkBehaviour(Policy policy)
    : m_policy(policy)
{ }

void HttpSinkBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    context.record(message);
    static const SinkMock echo;
    const SinkMock &mock = context.mock() ? *context.mock() : echo;
    const int attempts = std::max(1, m_policy.attempts);
    std::int64_t elapsed = 0;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        const bool injectedFailure = m_calls++ < mock.failTimes;
        const int status = injectedFailure ? 503 : mock.status;
        const bool timedOut = m_policy.timeoutMs > 0 && mock.delayMs > m_policy.timeoutMs;
        elapsed += timedOut ? m_policy.timeoutMs : mock.delayMs;
        if (!timedOut && status < 400) {
            Message response = context.derive(message);
            if (mock.body)
                response.body = *mock.body;
            for (auto it = mock.headers.begin(); it != mock.headers.end(); ++it)
                response.headers[it.key()] = it.value();
            response.headers["statusCode"] = status;
            context.send(QStringLiteral("response"), std::move(response), elapsed);
            return;
        }
        const bool retryable = timedOut || status >= 500;
        if (!retryable || attempt == attempts) {
            const QString why = timedOut
                ? QCoreApplication::translate("Flowsmith::Sim", "timed out after %1 ms")
                      .arg(m_policy.timeoutMs)
                : QCoreApplication::translate("Flowsmith::Sim", "HTTP %1").arg(status);
            context.fail(message,
                         QCoreApplication::translate("Flowsmith::Sim",
                                                     "the call failed: %1 (attempt %2 of %3)")
                             .arg(why)
                             .arg(attempt)
                             .arg(attempts),
                         elapsed);
            return;
        }
        elapsed += m_policy.backoffMs;
    }
}

} // namespace Flowsmith::Sim
