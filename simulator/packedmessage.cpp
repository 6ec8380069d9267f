#include "simulator/packedmessage.h"

#include <cstring>
#include <vector>

namespace Flowsmith::Sim {

PackedMessage::PackedMessage(const Message &message)
    : m_id(message.id)
    , m_parent(message.parent)
{
    // Encoded into a reused scratch buffer, then copied once into an exact-size block: a
    // vector grown while encoding would keep up to half its capacity unused for the whole run.
    thread_local std::vector<std::uint8_t> scratch;
    scratch.clear();
    Json::to_msgpack(message.body, scratch);
    m_headersAt = std::uint32_t(scratch.size());
    Json::to_msgpack(message.headers, scratch);
    m_size = std::uint32_t(scratch.size());
    m_bytes = std::make_unique_for_overwrite<std::uint8_t[]>(m_size);
    std::memcpy(m_bytes.get(), scratch.data(), m_size);
    if (scratch.capacity() > 1 << 20)
        std::vector<std::uint8_t>().swap(scratch); // one huge message must not pin its buffer
}

PackedMessageRef PackedMessage::pack(const Message &message)
{
    return std::make_shared<const PackedMessage>(message);
}

Json PackedMessage::body() const
{
    return Json::from_msgpack(m_bytes.get(), m_bytes.get() + m_headersAt);
}

Json PackedMessage::headers() const
{
    return Json::from_msgpack(m_bytes.get() + m_headersAt, m_bytes.get() + m_size);
}

Message PackedMessage::unpack() const
{
    Message message;
    message.id = m_id;
    message.parent = m_parent;
    message.body = body();
    message.headers = headers();
    return message;
}

} // namespace Flowsmith::Sim
