#pragma once

#include "model/core/fileerror.h"
#include "model/core/flow.h"
#include "simulator/breakpoint.h"
#include "simulator/messageexpression.h"
#include "simulator/runstatistics.h"
#include "simulator/simulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace Flowsmith::Sim {

class SampleReader;

/// Why step() or resume() returned.
enum class StopReason {
    Stepped, ///< one hop ran
    Breakpoint, ///< the next hop is at a breakpoint whose condition holds
    Paused, ///< requestPause()
    Yielded, ///< the hop budget given to resume() ran out (the caller reports progress)
    Finished, ///< every input ran to completion
    Cancelled ///< requestCancel()
};

/// An interactive run of one flow (the studio's simulation panel): inputs fed one at a time
/// from a sample file or a list, run hop by hop or until a breakpoint, every hop kept in
/// memory with the input message it belongs to, per-node latency percentiles and the SLO check.
///
/// Time travel: rerunFrom() replays the run deterministically (same seed, same inputs) up to a
/// past hop, then continues with a node config taken from an edited flow. Because the replay
/// reproduces every earlier hop byte for byte, the message entering that hop, the queue of
/// messages in flight and the state of the other nodes are exactly those of the original run.
///
/// Not thread-safe except requestPause() and requestCancel(), which a GUI thread may call while
/// a worker thread runs resume().
class SimulationSession
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim)

public:
    SimulationSession();
    ~SimulationSession();

    /// Loads `flow`; mappings and schemas come from `projectFolder`, errors name `flowFile`.
    bool load(const Flow &flow, const QString &projectFolder, const QString &flowFile,
              FileError *error);
    QStringList sources() const { return m_simulation->sources(); }
    void setSeed(std::uint64_t seed) { m_seed = seed; }
    void setMocks(const QHash<QString, SinkMock> &mocks) { m_mocks = mocks; }

    /// Starts a run feeding `source` from a sample file (streamed, design §5).
    bool start(const QString &source, const QString &samplePath, FileError *error);
    /// Starts a run feeding `source` the given messages.
    bool start(const QString &source, QList<Message> inputs, FileError *error);

    /// Replaces the breakpoints; conditions that do not compile are listed in `errors` and
    /// their breakpoints left out.
    void setBreakpoints(const QList<Breakpoint> &breakpoints, QStringList *errors = nullptr);

    /// Runs exactly one hop.
    StopReason step();
    /// Runs until a breakpoint, the end, a pause or cancel request, or `maxHops` hops. The hop
    /// it starts at never stops it, so resuming from a breakpoint moves on.
    StopReason resume(std::uint64_t maxHops = std::numeric_limits<std::uint64_t>::max());
    void requestPause() { m_pauseRequested = true; }
    void requestCancel() { m_cancelRequested = true; }

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    /// The node and message the next hop runs (where a paused run stands); empty when idle.
    QString nextNode() const;
    const Message *nextMessage() const;

    /// Every hop so far, oldest first; hops()[i].seq == i + 1.
    const std::vector<TraceEvent> &hops() const { return m_simulation->trace(); }
    /// Which input message (0-based, in feed order) hop `index` belongs to.
    std::uint64_t inputOf(std::size_t index) const { return m_hopInput.at(index); }
    std::uint64_t inputsFed() const { return m_inputsFed; }
    /// The messages fed so far, in feed order (what "Save as Test Case" records).
    const QList<Message> &fedInputs() const { return m_fedInputs; }
    QString source() const { return m_source; }
    const QHash<QString, SinkMock> &mocks() const { return m_mocks; }
    /// Share of the sample file read so far, 0..1 (1 for list inputs once all were fed).
    double progress() const;
    /// Why the sample file stopped early (a syntax error with file, line and column), if it did.
    QString feedError() const { return m_feedError; }
    const QList<SinkRecord> &records() const { return m_simulation->records(); }
    const QList<FailedMessage> &failures() const { return m_simulation->failures(); }
    const RunStatistics &statistics() const { return m_statistics; }
    SloVerdict slo() const { return m_statistics.slo(m_flow.slo); }
    /// The flow as it runs now (after rerunFrom(), the edited one).
    const Flow &flow() const { return m_flow; }

    /// Time travel: goes back to just before hop `index` (0-based into hops()), replays the run
    /// to there, then rebuilds every node whose config differs in `edited` and stops, so that
    /// step() or resume() continue with the edited nodes from that hop. Edges and added or
    /// removed nodes are not taken over (they need a new run).
    bool rerunFrom(std::size_t index, const Flow &edited, QString *error);

private:
    bool openFeed(FileError *error);
    /// Posts the next input when nothing is in flight; false when there is nothing left.
    bool ensureInFlight();
    void runHop();
    bool atBreakpoint() const;
    bool applyEdits(const Flow &edited, QString *error);

    std::unique_ptr<Simulation> m_simulation;
    Flow m_baseFlow; ///< as loaded; replays start from it
    Flow m_flow;
    QString m_folder;
    QString m_flowFile;
    std::uint64_t m_seed = 0;
    QHash<QString, SinkMock> m_mocks;

    QString m_source;
    QString m_samplePath;
    QList<Message> m_inputs;
    std::unique_ptr<SampleReader> m_reader;
    std::uint64_t m_inputsFed = 0;
    QList<Message> m_fedInputs;
    bool m_started = false;
    bool m_finished = false;
    bool m_feedExhausted = false;
    QString m_feedError;
    bool m_positionShown = false; ///< a stop showed where the run stands; resume moves on

    QHash<QString, QList<MessageExpression>> m_breakpoints; ///< null expression: always
    std::vector<std::uint64_t> m_hopInput;
    RunStatistics m_statistics;
    /// Edited flows and the hop index from which each applies, for replays.
    std::vector<std::pair<std::size_t, Flow>> m_edits;

    std::atomic<bool> m_pauseRequested { false };
    std::atomic<bool> m_cancelRequested { false };
};

} // namespace Flowsmith::Sim
