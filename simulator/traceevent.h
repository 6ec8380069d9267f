#pragma once

#include "simulator/message.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace Flowsmith::Sim {

/// A message a node sent on one of its output ports during a hop.
struct TraceOutput
{
    QString port;
    Message message;
};

/// One hop: a node handled one message at a virtual time. `port` is the input port (empty when
/// a source was fed), `outputs` what it sent and `error` why it failed, if it did.
struct TraceEvent
{
    std::uint64_t seq = 0;
    std::int64_t time = 0; ///< virtual milliseconds since the run started
    std::int64_t durationMs = 0; ///< virtual time the node took (calls, retries)
    QString node;
    QString type;
    QString port;
    Message input;
    QList<TraceOutput> outputs;
    QString error;

    /// One NDJSON line of a trace file: keys in a fixed order, so equal runs give equal bytes.
    Json toJson() const;
};

} // namespace Flowsmith::Sim
