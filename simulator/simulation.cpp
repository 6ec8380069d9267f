#include "simulator/simulation.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/data/jsonvariant.h"
#include "simulator/nodebehaviour.h"
#include "simulator/projectresources.h"
#include "simulator/simulationerror.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace Flowsmith::Sim {

namespace {

/// Equal down to the JSON type and the bits of every number: 1 and 1.0 differ, because they
/// print differently in a trace.
bool identical(const Json &a, const Json &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Json::value_t::object: {
        if (a.size() != b.size())
            return false;
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
            if (i.key() != j.key() || !identical(i.value(), j.value()))
                return false;
        return true;
    }
    case Json::value_t::array: {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!identical(a[i], b[i]))
                return false;
        return true;
    }
    case Json::value_t::number_float: {
        const double x = a.get<double>();
        const double y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    default:
        return a == b;
    }
}

} // namespace

struct NodeState
{
    struct Target
    {
        int node = -1;
        QString port;
    };

    FlowNode node;
    std::unique_ptr<NodeBehaviour> behaviour;
    QHash<QString, QList<Target>> outgoing; ///< output port -> connected inputs
    double faultProbability = 0.0;
    std::int64_t faultLatencyMs = 0; ///< fixed, or the low end of a uniform range
    std::int64_t faultLatencyMaxMs = 0; ///< above faultLatencyMs: latency drawn per message
    std::int64_t faultTimeoutMs = 0; ///< a latency above it fails the message as timed out

    /// Reads `fault: {probability, latencyMs: n | {min, max}, timeoutMs}` from the config.
    void readFault()
    {
        const QVariantMap fault = node.config.value(QStringLiteral("fault")).toMap();
        faultProbability = fault.value(QStringLiteral("probability"), 0.0).toDouble();
        const QVariant latency = fault.value(QStringLiteral("latencyMs"), 0);
        if (latency.typeId() == QMetaType::QVariantMap) {
            const QVariantMap range = latency.toMap();
            faultLatencyMs
                = std::max<qint64>(0, range.value(QStringLiteral("min"), 0).toLongLong());
            faultLatencyMaxMs = range.value(QStringLiteral("max"), 0).toLongLong();
        } else {
            faultLatencyMs = std::max<qint64>(0, latency.toLongLong());
            faultLatencyMaxMs = 0;
        }
        faultTimeoutMs = fault.value(QStringLiteral("timeoutMs"), 0).toLongLong();
    }
    NodeStats stats;
};

Json SinkRecord::toJson() const
{
    Json json = Json::object();
    json["sink"] = sink.toStdString();
    json["body"] = message.body;
    json["headers"] = message.headers;
    return json;
}

Simulation::Simulation() = default;
Simulation::~Simulation() = default;

bool Simulation::load(const Flow &flow, const QString &projectFolder, const QString &flowFile,
                      FileError *error)
{
    m_nodes.clear();
    m_nodeIndex.clear();
    m_catchNodes.clear();
    m_flowId = flow.id;
    m_resources = std::make_unique<ProjectResources>(projectFolder);
    for (const FlowNode &node : flow.nodes) {
        auto state = std::make_unique<NodeState>();
        state->node = node;
        QString message;
        state->behaviour = NodeBehaviour::create(node, *m_resources, &message);
        if (!state->behaviour) {
            if (error)
                *error = FileError { QStringLiteral("SIM020"), flowFile, node.position,
                                     tr("node '%1' (%2): %3").arg(node.id, node.type, message) };
            return false;
        }
        state->readFault();
        if (node.type == QLatin1String("error.catch"))
            m_catchNodes.append(int(m_nodes.size()));
        m_nodeIndex.insert(node.id, int(m_nodes.size()));
        m_nodes.push_back(std::move(state));
    }
    for (const FlowEdge &edge : flow.edges) {
        const int from = m_nodeIndex.value(edge.from.node, -1);
        const int to = m_nodeIndex.value(edge.to.node, -1);
        if (from < 0 || to < 0) {
            if (error)
                *error = FileError { QStringLiteral("SIM021"), flowFile, edge.position,
                                     tr("the edge %1 -> %2 names a node the flow does not have")
                                         .arg(edge.from.toString(), edge.to.toString()) };
            return false;
        }
        const QString fromPort = edge.from.port.isEmpty() ? QStringLiteral("out") : edge.from.port;
        const QString toPort = edge.to.port.isEmpty() ? QStringLiteral("in") : edge.to.port;
        m_nodes[from]->outgoing[fromPort].append({ to, toPort });
    }
    reset();
    return true;
}

QStringList Simulation::sources() const
{
    QStringList ids;
    for (const auto &state : m_nodes)
        if (state->node.type.startsWith(QLatin1String("source.")))
            ids.append(state->node.id);
    return ids;
}

QString Simulation::defaultSource() const
{
    const QStringList ids = sources();
    return ids.size() == 1 ? ids.first() : QString();
}

void Simulation::setSeed(std::uint64_t seed)
{
    m_seed = seed;
    m_random.seed(seed);
}

void Simulation::reset()
{
    m_random.seed(m_seed);
    m_now = 0;
    m_nextMessageId = 1;
    m_nextSeq = 1;
    m_hops = 0;
    m_queue = {};
    m_trace.clear();
    m_records.clear();
    m_failures.clear();
    for (auto &state : m_nodes) {
        state->behaviour->reset();
        state->stats = NodeStats {};
    }
}

NodeStats Simulation::stats(const QString &node) const
{
    const int index = m_nodeIndex.value(node, -1);
    return index < 0 ? NodeStats {} : m_nodes[index]->stats;
}

QList<SinkRecord> Simulation::records(const QString &sink) const
{
    QList<SinkRecord> result;
    for (const SinkRecord &record : m_records)
        if (record.sink == sink)
            result.append(record);
    return result;
}

bool Simulation::inject(const QString &source, Message message, QString *error)
{
    if (!post(source, std::move(message), error))
        return false;
    run();
    return true;
}

bool Simulation::post(const QString &source, Message message, QString *error)
{
    const int index = m_nodeIndex.value(source, -1);
    if (index < 0 || !m_nodes[index]->node.type.startsWith(QLatin1String("source."))) {
        if (error)
            *error = tr("the flow '%1' has no source node '%2'").arg(m_flowId, source);
        return false;
    }
    message.id = m_nextMessageId++;
    message.parent = 0;
    if (!message.headers.is_object())
        message.headers = Json::object();
    m_hopsSinceInject = 0;
    enqueue(index, QString(), std::move(message), 0);
    return true;
}

void Simulation::enqueue(int node, const QString &port, Message message, std::int64_t delayMs,
                         PackedMessageRef packed)
{
    m_queue.push(Delivery { m_now + delayMs, m_nextSeq++, node, port, std::move(message),
                            std::move(packed) });
}

void Simulation::run()
{
    while (step()) { }
}

bool Simulation::step()
{
    if (m_queue.empty())
        return false;
    if (++m_hopsSinceInject > m_hopLimit) {
        // A cycle in the flow (validation reports it as FS106) would otherwise run forever.
        const Delivery &stuck = m_queue.top();
        m_failures.append(FailedMessage { m_nodes[stuck.node]->node.id,
                                          tr("more than %1 hops for one input message; the "
                                             "flow probably has a cycle")
                                              .arg(m_hopLimit),
                                          stuck.message, m_now, false });
        m_queue = {};
        return false;
    }
    // priority_queue::top is const; the copy is cheap next to what a node does with it.
    Delivery delivery = m_queue.top();
    m_queue.pop();
    process(std::move(delivery));
    return true;
}

QString Simulation::nextNode() const
{
    return m_queue.empty() ? QString() : m_nodes[m_queue.top().node]->node.id;
}

QString Simulation::nextPort() const
{
    return m_queue.empty() ? QString() : m_queue.top().port;
}

const Message *Simulation::nextMessage() const
{
    return m_queue.empty() ? nullptr : &m_queue.top().message;
}

const FlowNode *Simulation::node(const QString &id) const
{
    const int index = m_nodeIndex.value(id, -1);
    return index < 0 ? nullptr : &m_nodes[index]->node;
}

bool Simulation::replaceNode(const FlowNode &node, QString *error)
{
    const int index = m_nodeIndex.value(node.id, -1);
    if (index < 0) {
        if (error)
            *error = tr("the flow '%1' has no node '%2'").arg(m_flowId, node.id);
        return false;
    }
    NodeState &state = *m_nodes[index];
    if (node.type != state.node.type) {
        if (error)
            *error = tr("node '%1' changed its type; run the flow again").arg(node.id);
        return false;
    }
    QString message;
    std::unique_ptr<NodeBehaviour> behaviour = NodeBehaviour::create(node, *m_resources, &message);
    if (!behaviour) {
        if (error)
            *error = tr("node '%1' (%2): %3").arg(node.id, node.type, message);
        return false;
    }
    state.behaviour = std::move(behaviour);
    state.node = node;
    state.readFault();
    return true;
}

void Simulation::process(Delivery delivery)
{
    m_now = std::max(m_now, delivery.time);
    NodeState &state = *m_nodes[delivery.node];
    TraceEvent event;
    event.seq = ++m_hops;
    event.time = m_now;
    event.node = state.node.id;
    event.type = state.node.type;
    event.port = delivery.port;
    if (m_keepTrace)
        event.input
            = delivery.packed ? std::move(delivery.packed) : PackedMessage::pack(delivery.message);
    m_liveOutputs.clear();
    m_current = delivery.node;
    m_event = &event;
    m_input = &delivery.message;

    bool faulted = false;
    if (state.faultProbability > 0.0) {
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        faulted = uniform(m_random) < state.faultProbability;
    }
    // A latency range draws after the fault, and only when configured, so flows without one
    // keep the random sequence (and the traces) they always had.
    m_hopLatencyMs = state.faultLatencyMs;
    if (state.faultLatencyMaxMs > state.faultLatencyMs) {
        std::uniform_int_distribution<std::int64_t> range(state.faultLatencyMs,
                                                          state.faultLatencyMaxMs);
        m_hopLatencyMs = range(m_random);
    }
    if (faulted) {
        fail(delivery.message, tr("injected fault"), m_hopLatencyMs);
    } else if (state.faultTimeoutMs > 0 && m_hopLatencyMs > state.faultTimeoutMs) {
        fail(delivery.message, tr("timed out after %1 ms").arg(state.faultTimeoutMs),
             state.faultTimeoutMs);
    } else {
        try {
            state.behaviour->receive(delivery.port, delivery.message, *this);
        } catch (const SimulationError &e) {
            fail(delivery.message, e.message, 0);
        } catch (const std::exception &e) {
            fail(delivery.message, QString::fromUtf8(e.what()), 0);
        }
    }

    m_event = nullptr;
    m_input = nullptr;
    m_current = -1;
    ++state.stats.messages;
    state.stats.errors += event.error.isEmpty() ? 0 : 1;
    state.stats.totalDurationMs += event.durationMs;
    state.stats.maxDurationMs = std::max(state.stats.maxDurationMs, event.durationMs);
    if (m_traceDevice) {
        QByteArray line = toCompactBytes(event.toJson(delivery.message, m_liveOutputs));
        line.append('\n');
        m_traceDevice->write(line);
    }
    if (m_keepTrace)
        m_trace.push_back(std::move(event));
}

Message Simulation::derive(const Message &from)
{
    Message message;
    message.id = m_nextMessageId++;
    message.parent = from.id;
    message.body = from.body;
    message.headers = from.headers;
    return message;
}

void Simulation::send(const QString &port, Message message, std::int64_t delayMs)
{
    Q_ASSERT(m_current >= 0);
    NodeState &state = *m_nodes[m_current];
    delayMs += m_hopLatencyMs;
    PackedMessageRef packed;
    if (m_event) {
        m_event->durationMs = std::max(m_event->durationMs, delayMs);
        if (m_keepTrace) {
            // A node that passes its message on (filter, choice, validate) sends a copy of its
            // input: the trace keeps the input's packed form instead of a second one.
            const bool passedOn = m_event->input && m_input && message.id == m_input->id
                && identical(message.body, m_input->body)
                && identical(message.headers, m_input->headers);
            packed = passedOn ? m_event->input : PackedMessage::pack(message);
            m_event->outputs.append(TraceOutput { port, packed });
        }
        if (m_traceDevice)
            m_liveOutputs.append({ port, message });
    }
    const auto it = state.outgoing.constFind(port);
    if (it == state.outgoing.cend())
        return; // an unconnected port drops the message, as a runtime does
    const QList<NodeState::Target> &targets = *it;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (i + 1 == targets.size())
            enqueue(targets[i].node, targets[i].port, std::move(message), delayMs, packed);
        else
            enqueue(targets[i].node, targets[i].port, message, delayMs, packed);
    }
}

void Simulation::fail(const Message &message, const QString &error, std::int64_t delayMs)
{
    Q_ASSERT(m_current >= 0);
    const FlowNode &node = m_nodes[m_current]->node;
    if (m_event) {
        m_event->error = error;
        m_event->durationMs = std::max(m_event->durationMs, delayMs);
    }
    // A message that already went through error.catch and fails again is not caught again:
    // that would loop.
    const bool alreadyCaught = message.headers.contains("error");
    const bool caught = !m_catchNodes.isEmpty() && !alreadyCaught;
    m_failures.append(FailedMessage { node.id, error, message, m_now + delayMs, caught });
    if (!caught)
        return;
    for (int catchNode : std::as_const(m_catchNodes)) {
        Message failed = derive(message);
        failed.headers["error"] = Json { { "message", error.toStdString() },
                                         { "node", node.id.toStdString() },
                                         { "type", node.type.toStdString() } };
        enqueue(catchNode, QString(), std::move(failed), delayMs);
    }
}

void Simulation::record(const Message &message)
{
    Q_ASSERT(m_current >= 0);
    const FlowNode &node = m_nodes[m_current]->node;
    SinkRecord record { node.id, node.type, message, m_now };
    if (m_recordHandler)
        m_recordHandler(record);
    if (m_keepRecords)
        m_records.append(std::move(record));
}

const SinkMock *Simulation::mock() const
{
    if (m_current < 0)
        return nullptr;
    const auto it = m_mocks.constFind(m_nodes[m_current]->node.id);
    return it == m_mocks.cend() ? nullptr : &*it;
}

} // namespace Flowsmith::Sim
