#include "simulator/simulationsession.h"

#include "simulator/samplereader.h"
#include "simulator/simulationerror.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

SimulationSession::SimulationSession()
    : m_simulation(std::make_unique<Simulation>())
{ }

SimulationSession::~SimulationSession() = default;

bool SimulationSession::load(const Flow &flow, const QString &projectFolder,
                             const QString &flowFile, FileError *error)
{
    auto simulation = std::make_unique<Simulation>();
    if (!simulation->load(flow, projectFolder, flowFile, error))
        return false;
    m_simulation = std::move(simulation);
    m_baseFlow = flow;
    m_flow = flow;
    m_folder = projectFolder;
    m_flowFile = flowFile;
    m_started = false;
    m_finished = false;
    m_edits.clear();
    m_hopInput.clear();
    m_statistics.clear();
    return true;
}

bool SimulationSession::start(const QString &source, const QString &samplePath, FileError *error)
{
    m_source = source;
    m_samplePath = samplePath;
    m_inputs.clear();
    return openFeed(error);
}

bool SimulationSession::start(const QString &source, QList<Message> inputs, FileError *error)
{
    m_source = source;
    m_samplePath.clear();
    m_inputs = std::move(inputs);
    return openFeed(error);
}

bool SimulationSession::openFeed(FileError *error)
{
    if (!m_simulation->sources().contains(m_source)) {
        if (error)
            *error = FileError { QStringLiteral("SIM030"),
                                 m_flowFile,
                                 {},
                                 tr("the flow has no source node '%1'").arg(m_source) };
        return false;
    }
    m_reader.reset();
    if (!m_samplePath.isEmpty()) {
        m_reader = std::make_unique<SampleReader>();
        if (!m_reader->open(m_samplePath, error)) {
            m_reader.reset();
            return false;
        }
    }
    m_simulation->setSeed(m_seed);
    m_simulation->setMocks(m_mocks);
    m_simulation->setKeepTrace(true);
    m_simulation->reset();
    m_inputsFed = 0;
    m_fedInputs.clear();
    m_hopInput.clear();
    m_statistics.clear();
    m_started = true;
    m_finished = false;
    m_feedExhausted = false;
    m_feedError.clear();
    m_positionShown = false;
    m_pauseRequested = false;
    m_cancelRequested = false;
    return true;
}

void SimulationSession::setBreakpoints(const QList<Breakpoint> &breakpoints, QStringList *errors)
{
    m_breakpoints.clear();
    for (const Breakpoint &breakpoint : breakpoints) {
        MessageExpression condition;
        if (!breakpoint.condition.trimmed().isEmpty()) {
            QString error;
            condition = MessageExpression::compile(breakpoint.condition, &error);
            if (condition.isNull()) {
                if (errors)
                    *errors << tr("breakpoint on '%1': %2").arg(breakpoint.node, error);
                continue;
            }
        }
        m_breakpoints[breakpoint.node].append(condition);
    }
}

bool SimulationSession::ensureInFlight()
{
    if (!m_started || m_finished)
        return false;
    if (!m_simulation->idle())
        return true;
    while (!m_feedExhausted) {
        Message message;
        bool have = false;
        if (m_reader) {
            FileError error;
            have = m_reader->next(message, &error);
            if (!have && !error.code.isEmpty()) {
                // A bad line ends the feed; the run keeps what it did and says why.
                m_feedError = error.toString();
                m_feedExhausted = true;
                break;
            }
        } else if (qsizetype(m_inputsFed) < m_inputs.size()) {
            message = m_inputs.at(qsizetype(m_inputsFed));
            have = true;
        }
        if (!have) {
            m_feedExhausted = true;
            break;
        }
        ++m_inputsFed;
        m_fedInputs.append(message);
        QString error;
        if (m_simulation->post(m_source, std::move(message), &error))
            return true;
    }
    m_finished = true;
    return false;
}

void SimulationSession::runHop()
{
    const std::uint64_t input = m_inputsFed == 0 ? 0 : m_inputsFed - 1;
    const std::size_t before = m_simulation->trace().size();
    m_simulation->step();
    const auto &trace = m_simulation->trace();
    for (std::size_t i = before; i < trace.size(); ++i) {
        m_hopInput.push_back(input);
        m_statistics.addHop(trace[i], input);
    }
}

bool SimulationSession::atBreakpoint() const
{
    const auto it = m_breakpoints.constFind(m_simulation->nextNode());
    if (it == m_breakpoints.cend())
        return false;
    const Message *message = m_simulation->nextMessage();
    for (const MessageExpression &condition : *it) {
        if (condition.isNull())
            return true;
        try {
            if (message && condition.test(*message))
                return true;
        } catch (const SimulationError &) {
            // A condition that fails on this message (e.g. a type error) does not hold.
        }
    }
    return false;
}

StopReason SimulationSession::step()
{
    if (!ensureInFlight())
        return StopReason::Finished;
    runHop();
    m_positionShown = true;
    return ensureInFlight() ? StopReason::Stepped : StopReason::Finished;
}

StopReason SimulationSession::resume(std::uint64_t maxHops)
{
    std::uint64_t hops = 0;
    while (true) {
        if (m_cancelRequested) {
            m_cancelRequested = false;
            m_finished = true;
            return StopReason::Cancelled;
        }
        if (m_pauseRequested) {
            m_pauseRequested = false;
            m_positionShown = true;
            return StopReason::Paused;
        }
        if (!ensureInFlight())
            return StopReason::Finished;
        // The hop a resume starts at was already shown as the stop; a fresh run may stop at once.
        if ((hops > 0 || !m_positionShown) && atBreakpoint()) {
            m_positionShown = true;
            return StopReason::Breakpoint;
        }
        if (hops == maxHops) {
            m_positionShown = true;
            return StopReason::Yielded;
        }
        runHop();
        ++hops;
    }
}

QString SimulationSession::nextNode() const
{
    return m_simulation->nextNode();
}

const Message *SimulationSession::nextMessage() const
{
    return m_simulation->nextMessage();
}

double SimulationSession::progress() const
{
    if (m_reader)
        return m_reader->progress();
    return m_inputs.isEmpty() ? 1.0 : double(m_inputsFed) / double(m_inputs.size());
}

bool SimulationSession::applyEdits(const Flow &edited, QString *error)
{
    for (const FlowNode &node : edited.nodes) {
        const FlowNode *running = m_simulation->node(node.id);
        if (!running || running->config == node.config)
            continue;
        if (!m_simulation->replaceNode(node, error))
            return false;
    }
    for (FlowNode &node : m_flow.nodes)
        if (const FlowNode *running = m_simulation->node(node.id))
            node.config = running->config;
    return true;
}

bool SimulationSession::rerunFrom(std::size_t index, const Flow &edited, QString *error)
{
    if (!m_started || index >= hops().size()) {
        if (error)
            *error = tr("there is no hop %1 to run again from").arg(index + 1);
        return false;
    }
    // Refuse an edit that cannot run before the replay throws the current run away.
    {
        Simulation probe;
        FileError probeError;
        if (!probe.load(edited, m_folder, m_flowFile, &probeError)) {
            if (error)
                *error = probeError.message;
            return false;
        }
    }
    // Edits made at or after `index` are superseded by this one.
    std::vector<std::pair<std::size_t, Flow>> edits;
    for (auto &edit : m_edits)
        if (edit.first < index)
            edits.push_back(std::move(edit));
    edits.emplace_back(index, edited);

    auto simulation = std::make_unique<Simulation>();
    FileError loadError;
    if (!simulation->load(m_baseFlow, m_folder, m_flowFile, &loadError)) {
        if (error)
            *error = loadError.message;
        return false;
    }
    m_simulation = std::move(simulation);
    m_flow = m_baseFlow;
    FileError feedError;
    if (!openFeed(&feedError)) {
        if (error)
            *error = feedError.toString();
        return false;
    }
    std::size_t next = 0;
    while (true) {
        const std::size_t at = hops().size();
        while (next < edits.size() && edits[next].first == at) {
            if (!applyEdits(edits[next].second, error))
                return false;
            ++next;
        }
        if (at >= index)
            break;
        if (!ensureInFlight()) {
            if (error)
                *error = tr("the replay ended before hop %1").arg(index + 1);
            return false;
        }
        runHop();
    }
    m_edits = std::move(edits);
    m_positionShown = true; // resuming runs the edited hop rather than stopping before it
    return true;
}

} // namespace Flowsmith::Sim
