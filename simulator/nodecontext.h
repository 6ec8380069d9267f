#pragma once

#include "simulator/message.h"

#include <QString>

#include <cstdint>
#include <random>

namespace Flowsmith::Sim {

struct SinkMock;

/// What a node behaviour may do while it handles one message. The engine implements it; a
/// behaviour never sees the graph, so it can be tested alone.
class NodeContext
{
public:
    virtual ~NodeContext() = default;

    /// A new message made from `from`: same body and headers, a fresh id, `from` as parent.
    virtual Message derive(const Message &from) = 0;
    /// Sends `message` on an output port, `delayMs` virtual milliseconds from now.
    virtual void send(const QString &port, Message message, std::int64_t delayMs = 0) = 0;
    /// The message fails `delayMs` from now and goes to the flow's error.catch nodes.
    virtual void fail(const Message &message, const QString &error, std::int64_t delayMs = 0) = 0;
    /// A sink records what it would send.
    virtual void record(const Message &message) = 0;

    virtual std::int64_t now() const = 0;
    virtual std::mt19937_64 &random() = 0;
    /// The mock for the current node, or nullptr.
    virtual const SinkMock *mock() const = 0;
};

} // namespace Flowsmith::Sim
