#pragma once

#include "simulator/message.h"
#include "simulator/packedmessage.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace Flowsmith::Sim {

/// A message a node sent on one of its output ports during a hop.
struct TraceOutput
{
    QString port;
    PackedMessageRef message;
};

/// One hop: a node handled one message at a virtual time. `port` is the input port (empty when
/// a source was fed), `outputs` what it sent and `error` why it failed, if it did.
///
/// Messages are held packed and shared (PackedMessage): the input of a hop is the same object
/// the hop before sent, a message a node passed on unchanged is the input object again, and
/// copying an event copies pointers. Unpack them when a message is shown.
struct TraceEvent
{
    std::uint64_t seq = 0;
    std::int64_t time = 0; ///< virtual milliseconds since the run started
    std::int64_t durationMs = 0; ///< virtual time the node took (calls, retries)
    QString node;
    QString type;
    QString port;
    PackedMessageRef input;
    QList<TraceOutput> outputs;
    QString error;

    /// One NDJSON line of a trace file: keys in a fixed order, so equal runs give equal bytes.
    Json toJson() const;
    /// The same line from the live messages (a streamed trace, which keeps nothing packed).
    Json toJson(const Message &in, const QList<std::pair<QString, Message>> &out) const;
};

} // namespace Flowsmith::Sim
