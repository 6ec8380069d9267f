#pragma once

#include "simulator/message.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace Flowsmith::Sim {

class PackedMessage;
/// How a trace holds a message: shared and immutable, so a hop's input is the very object the
/// previous hop sent and a copy of the trace (the studio's GUI snapshot) costs a pointer.
using PackedMessageRef = std::shared_ptr<const PackedMessage>;

/// A message kept in an interactive run's trace: id and parent as numbers, body and headers as
/// MessagePack in one exact-size buffer. A JSON tree costs several times its text in nodes,
/// strings and vectors; the packed form costs about its text, and only the message inspector
/// needs the tree back, one hop at a time. Unpacking gives the same values in the same key
/// order, so a trace line written from it has the bytes of the live message.
class PackedMessage
{
public:
    explicit PackedMessage(const Message &message);
    PackedMessage(const PackedMessage &) = delete;
    PackedMessage &operator=(const PackedMessage &) = delete;

    static PackedMessageRef pack(const Message &message);

    std::uint64_t id() const { return m_id; }
    std::uint64_t parent() const { return m_parent; }
    Json body() const;
    Json headers() const;
    Message unpack() const;
    /// Bytes of packed body and headers (the figure the trace benchmark reports).
    std::size_t packedSize() const { return m_size; }

private:
    std::uint64_t m_id = 0;
    std::uint64_t m_parent = 0;
    std::unique_ptr<std::uint8_t[]> m_bytes;
    std::uint32_t m_size = 0;
    std::uint32_t m_headersAt = 0; ///< where the headers start; the body comes first
};

} // namespace Flowsmith::Sim
