#pragma once

#include "simulator/runstatistics.h"
#include "simulator/simulationsession.h"
#include "simulator/testing/testrecorder.h"
#include "simulator/traceevent.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Flowsmith {

/// What the simulation worker reports to the GUI thread when a run stops or makes progress:
/// a copy, so the GUI never touches the engine while the worker runs it.
struct SimulationSnapshot
{
    /// Hops from `firstHop` on (0-based); the GUI drops what it had from there (time travel
    /// rewinds) and appends these.
    std::size_t firstHop = 0;
    std::vector<Sim::TraceEvent> hops;
    std::optional<Sim::StopReason> reason; ///< empty for a progress report
    QString nextNode;
    std::optional<Sim::Message> nextMessage;
    std::uint64_t inputsFed = 0;
    std::uint64_t records = 0;
    double progress = 0.0;
    bool finished = false;
    QHash<QString, Sim::NodeLatency> latency;
    Sim::SloVerdict slo;
    QString error; ///< a command failed (bad file, an edit that does not compile)
    /// At a stop: what the run fed and produced so far, for "Save as Test Case…".
    std::shared_ptr<const Sim::RecordedRun> recorded;
};

using SimulationSnapshotPtr = std::shared_ptr<const SimulationSnapshot>;

} // namespace Flowsmith

Q_DECLARE_METATYPE(Flowsmith::SimulationSnapshotPtr)
