#include "editors/simulation/simulationworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Flowsmith {

namespace {

// Hops between progress reports: small enough that pause answers at once, large enough that
// the queued snapshots do not swamp the GUI thread.
constexpr std::uint64_t HopsPerSlice = 2000;

} // namespace

SimulationWorker::SimulationWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Flowsmith::SimulationSnapshotPtr>();
}

void SimulationWorker::start(const Flow &flow, const QString &projectFolder,
                             const QString &flowFile, const QString &source,
                             const QString &samplePath, quint64 seed,
                             const QList<Sim::Breakpoint> &breakpoints, bool run)
{
    m_reported = 0;
    FileError error;
    m_session.setSeed(seed);
    if (!m_session.load(flow, projectFolder, flowFile, &error)
        || !m_session.start(source, samplePath, &error)) {
        report(Sim::StopReason::Finished, error.toString());
        return;
    }
    setBreakpoints(breakpoints);
    if (run)
        runLoop();
    else
        step();
}

void SimulationWorker::setBreakpoints(const QList<Sim::Breakpoint> &breakpoints)
{
    QStringList errors;
    m_session.setBreakpoints(breakpoints, &errors);
    emit breakpointErrors(errors);
}

void SimulationWorker::step()
{
    if (!m_session.isStarted())
        return;
    report(m_session.step());
}

void SimulationWorker::resume()
{
    if (m_session.isStarted())
        runLoop();
}

void SimulationWorker::runLoop()
{
    Sim::StopReason reason;
    QElapsedTimer sinceReport;
    sinceReport.start();
    while ((reason = m_session.resume(HopsPerSlice)) == Sim::StopReason::Yielded) {
        if (sinceReport.elapsed() >= 100) {
            report(std::nullopt);
            sinceReport.restart();
        }
    }
    report(reason);
}

void SimulationWorker::rerunFrom(qulonglong hopIndex, const Flow &edited)
{
    QString error;
    if (!m_session.rerunFrom(std::size_t(hopIndex), edited, &error)) {
        report(Sim::StopReason::Paused, error);
        return;
    }
    m_reported = std::min<std::size_t>(m_reported, std::size_t(hopIndex));
    runLoop();
}

void SimulationWorker::report(std::optional<Sim::StopReason> reason, const QString &error)
{
    auto snapshot = std::make_shared<SimulationSnapshot>();
    const auto &hops = m_session.hops();
    m_reported = std::min(m_reported, hops.size());
    snapshot->firstHop = m_reported;
    snapshot->hops.assign(hops.begin() + qsizetype(m_reported), hops.end());
    m_reported = hops.size();
    snapshot->reason = reason;
    snapshot->error = error.isEmpty() ? m_session.feedError() : error;
    snapshot->nextNode = m_session.nextNode();
    if (const Sim::Message *message = m_session.nextMessage())
        snapshot->nextMessage = *message;
    snapshot->inputsFed = m_session.inputsFed();
    snapshot->records = std::uint64_t(m_session.records().size());
    snapshot->progress = m_session.progress();
    snapshot->finished = m_session.isFinished();
    for (const QString &node : m_session.statistics().nodes())
        snapshot->latency.insert(node, m_session.statistics().node(node));
    snapshot->slo = m_session.slo();
    if (reason)
        snapshot->recorded
            = std::make_shared<const Sim::RecordedRun>(Sim::RecordedRun::fromSession(m_session));
    emit snapshotReady(snapshot);
}

} // namespace Flowsmith
