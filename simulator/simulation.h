#pragma once

#include "model/core/fileerror.h"
#include "simulator/message.h"
#include "simulator/nodecontext.h"
#include "simulator/sinkmock.h"
#include "simulator/traceevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <queue>
#include <vector>

class QIODevice;

namespace Flowsmith {
class Flow;
struct FlowNode;
} // namespace Flowsmith

namespace Flowsmith::Sim {

class ProjectResources;
struct NodeState;

/// What a sink received: the message it would have sent, when, and which sink.
struct SinkRecord
{
    QString sink;
    QString type;
    Message message;
    std::int64_t time = 0;

    /// {"sink": ID, "body": …, "headers": {…}}, the line `flowsmith-cli simulate` prints.
    Json toJson() const;
};

/// What one node did in a run: messages handled, failures, virtual time spent (the studio's
/// per-node statistics and the SLO check read it).
struct NodeStats
{
    std::uint64_t messages = 0;
    std::uint64_t errors = 0;
    std::int64_t totalDurationMs = 0;
    std::int64_t maxDurationMs = 0;
};

/// A message that failed in a node; `caught` when an error.catch node took it.
struct FailedMessage
{
    QString node;
    QString error;
    Message message;
    std::int64_t time = 0;
    bool caught = false;
};

/// Runs one flow on messages with the node semantics of design §3. Deterministic: time is
/// virtual (nodes take no time except calls, mocks' delays and retries' backoff) and the one
/// random generator (faults) is seeded, so the same input and seed give the same trace, byte
/// for byte. Each injected message runs to completion before the next, which keeps sink
/// output in input order and memory flat however long the input.
///
/// A node may carry `fault: {probability: p, latencyMs: n, timeoutMs: t}` in its config: each
/// message then fails there with probability p (drawn from the seeded generator) and takes
/// n ms. `latencyMs: {min: a, max: b}` draws the latency per message, uniformly in [a, b]; a
/// latency above `timeoutMs` fails the message as timed out after t ms.
class Simulation : private NodeContext
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim)

public:
    Simulation();
    ~Simulation() override;

    /// Builds the node behaviours; mappings and schemas are read from `projectFolder`. Errors
    /// name `flowFile` and the node's line.
    bool load(const Flow &flow, const QString &projectFolder, const QString &flowFile,
              FileError *error);

    QString flowId() const { return m_flowId; }
    /// The nodes a message can be fed to (source.*), in flow order.
    QStringList sources() const;
    /// The single source, or empty when there are none or several.
    QString defaultSource() const;
    bool hasNode(const QString &id) const { return m_nodeIndex.contains(id); }

    void setSeed(std::uint64_t seed);
    void setMocks(const QHash<QString, SinkMock> &mocks) { m_mocks = mocks; }
    /// Streams every hop as one NDJSON line to `device` (not owned).
    void setTraceDevice(QIODevice *device) { m_traceDevice = device; }
    /// Keep hops in memory (interactive runs); off for large headless runs.
    void setKeepTrace(bool keep) { m_keepTrace = keep; }
    void setKeepRecords(bool keep) { m_keepRecords = keep; }
    /// Hops one input message may cause before the run stops it as a loop (a failure).
    void setHopLimit(std::uint64_t limit) { m_hopLimit = limit; }
    /// Called for every sink record as it happens.
    void setRecordHandler(std::function<void(const SinkRecord &)> handler)
    {
        m_recordHandler = std::move(handler);
    }

    /// Back to time 0: generator re-seeded, node state, records, trace and failures cleared.
    void reset();

    /// Feeds `message` to source node `source` and runs until no message is in flight.
    bool inject(const QString &source, Message message, QString *error);
    /// Queues `message` at source node `source` without running it: step() runs it one hop at a
    /// time (interactive runs). Like inject(), it starts a fresh hop budget for the loop check.
    bool post(const QString &source, Message message, QString *error);
    /// Runs the next hop. False when nothing is in flight (or the hop limit stopped a loop).
    bool step();
    bool idle() const { return m_queue.empty(); }
    /// What step() would run next: the node's id, its input port and the message; empty and
    /// nullptr when idle.
    QString nextNode() const;
    QString nextPort() const;
    const Message *nextMessage() const;
    /// Rebuilds the behaviour and fault settings of the node with `node.id` from `node` (its
    /// config edited); its state starts fresh while the rest of the run is kept. Time travel
    /// uses it to continue a replayed run with an edited node.
    bool replaceNode(const FlowNode &node, QString *error);
    /// The config the node runs with (after replaceNode(), the replaced one).
    const FlowNode *node(const QString &id) const;

    const QList<SinkRecord> &records() const { return m_records; }
    QList<SinkRecord> records(const QString &sink) const;
    const std::vector<TraceEvent> &trace() const { return m_trace; }
    const QList<FailedMessage> &failures() const { return m_failures; }
    void clearFailures() { m_failures.clear(); }
    std::int64_t now() const override { return m_now; }
    std::uint64_t hopCount() const { return m_hops; }
    /// Per node since the last reset(); a node that saw nothing has all zeros.
    NodeStats stats(const QString &node) const;

private:
    struct Delivery
    {
        std::int64_t time = 0;
        std::uint64_t seq = 0;
        int node = -1;
        QString port;
        Message message;
        PackedMessageRef packed; ///< the traced form, shared with the hop that sent it
    };
    struct Later
    {
        bool operator()(const Delivery &a, const Delivery &b) const
        {
            return a.time != b.time ? a.time > b.time : a.seq > b.seq;
        }
    };

    void run();
    void process(Delivery delivery);
    void enqueue(int node, const QString &port, Message message, std::int64_t delayMs,
                 PackedMessageRef packed = {});

    // NodeContext
    Message derive(const Message &from) override;
    void send(const QString &port, Message message, std::int64_t delayMs) override;
    void fail(const Message &message, const QString &error, std::int64_t delayMs) override;
    void record(const Message &message) override;
    std::mt19937_64 &random() override { return m_random; }
    const SinkMock *mock() const override;

    QString m_flowId;
    std::vector<std::unique_ptr<NodeState>> m_nodes;
    QHash<QString, int> m_nodeIndex;
    QList<int> m_catchNodes;
    std::unique_ptr<ProjectResources> m_resources;

    QHash<QString, SinkMock> m_mocks;
    std::uint64_t m_seed = 0;
    std::mt19937_64 m_random;
    std::int64_t m_now = 0;
    std::uint64_t m_nextMessageId = 1;
    std::uint64_t m_nextSeq = 1;
    std::uint64_t m_hops = 0;
    std::uint64_t m_hopLimit = 1'000'000;
    std::uint64_t m_hopsSinceInject = 0;
    std::priority_queue<Delivery, std::vector<Delivery>, Later> m_queue;

    int m_current = -1;
    std::int64_t m_hopLatencyMs = 0; ///< the fault latency of the hop being processed
    TraceEvent *m_event = nullptr;
    const Message *m_input = nullptr; ///< the message of the hop being processed
    QList<std::pair<QString, Message>> m_liveOutputs; ///< what it sent, for a streamed trace

    QIODevice *m_traceDevice = nullptr;
    bool m_keepTrace = true;
    bool m_keepRecords = true;
    std::function<void(const SinkRecord &)> m_recordHandler;
    std::vector<TraceEvent> m_trace;
    QList<SinkRecord> m_records;
    QList<FailedMessage> m_failures;
};

} // namespace Flowsmith::Sim
