#pragma once

#include "editors/simulation/simulationsnapshot.h"
#include "model/core/flow.h"
#include "simulator/breakpoint.h"
#include "simulator/simulationsession.h"

#include <QObject>

namespace Flowsmith {

/// Runs a SimulationSession in a worker thread for the simulation panel. Commands are slots
/// (invoke them queued); every stop and, during long runs, every few thousand hops, it emits a
/// snapshot. Pause and stop are plain thread-safe calls so that they reach a running loop.
class SimulationWorker : public QObject
{
    Q_OBJECT

public:
    explicit SimulationWorker(QObject *parent = nullptr);

    /// Thread-safe: the running resume() stops at the next hop.
    void requestPause() { m_session.requestPause(); }
    void requestCancel() { m_session.requestCancel(); }

public slots:
    void start(const Flowsmith::Flow &flow, const QString &projectFolder, const QString &flowFile,
               const QString &source, const QString &samplePath, quint64 seed,
               const QList<Flowsmith::Sim::Breakpoint> &breakpoints, bool run);
    void setBreakpoints(const QList<Flowsmith::Sim::Breakpoint> &breakpoints);
    void step();
    void resume();
    void rerunFrom(qulonglong hopIndex, const Flowsmith::Flow &edited);

signals:
    void snapshotReady(const Flowsmith::SimulationSnapshotPtr &snapshot);
    /// Breakpoint conditions that do not compile.
    void breakpointErrors(const QStringList &errors);

private:
    void report(std::optional<Sim::StopReason> reason, const QString &error = {});
    void runLoop();

    Sim::SimulationSession m_session;
    std::size_t m_reported = 0; ///< hops already sent to the GUI
};

} // namespace Flowsmith
