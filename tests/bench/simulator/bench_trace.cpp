// Memory held by the in-memory trace of an interactive run (issue 6: "every message at every
// hop … kept compactly in memory"): a SimulationSession runs N orders through the reference
// flow, keeping every hop, then the studio's worker copies the hops for the GUI thread as it
// does for each report. Prints resident memory growth, never asserts.
//   build/tests/bench/simulator/bench_trace [COUNT]   (default 10000)

#include "tests/bench/common/referenceflow.h"

#include "model/core/flow.h"
#include "simulator/simulationsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <unordered_set>
#include <vector>

using namespace Flowsmith;

namespace {

/// Current and peak resident set from /proc (KiB): the figure a user's task manager shows.
std::pair<long, long> residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    long current = 0;
    long peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                current = line.mid(6).trimmed().split(' ').first().toLong();
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return { current, peak };
}

double mib(long kib)
{
    return double(kib) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::uint64_t count
        = app.arguments().size() > 1 ? app.arguments().at(1).toULongLong() : 10'000;

    FileError error;
    const auto flow = Flow::fromYaml(QByteArray(Bench::referenceFlow),
                                     QStringLiteral("reference.flow.yaml"), &error);
    if (!flow) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    QTemporaryDir project;
    Sim::SimulationSession session;
    if (!session.load(*flow, project.path(), QStringLiteral("reference.flow.yaml"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    QList<Sim::Message> inputs;
    for (std::uint64_t i = 0; i < count; ++i) {
        Sim::Message input;
        input.body = Bench::referenceOrder<Sim::Json>(i);
        inputs.append(std::move(input));
    }
    if (!session.start(QStringLiteral("receive"), std::move(inputs), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    const auto [before, peakBefore] = residentKiB();
    QElapsedTimer timer;
    timer.start();
    session.resume();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto [afterRun, peakRun] = residentKiB();
    const std::size_t hops = session.hops().size();

    // Distinct messages the trace holds and their packed bytes (a hop's input is the message
    // the hop before sent, so most are shared).
    std::unordered_set<const Sim::PackedMessage *> messages;
    std::size_t packedBytes = 0;
    auto count_ = [&](const Sim::PackedMessageRef &message) {
        if (message && messages.insert(message.get()).second)
            packedBytes += message->packedSize();
    };
    for (const Sim::TraceEvent &event : session.hops()) {
        count_(event.input);
        for (const Sim::TraceOutput &output : event.outputs)
            count_(output.message);
    }

    // The studio's worker hands the GUI thread a copy of the hops (SimulationSnapshot).
    const std::vector<Sim::TraceEvent> guiCopy = session.hops();
    const auto [afterCopy, peakCopy] = residentKiB();

    std::printf("inputs %llu, hops %zu, sink records %lld, %.2f s (%.0f hops/s)\n",
                static_cast<unsigned long long>(count), hops,
                static_cast<long long>(session.records().size()), seconds, double(hops) / seconds);
    std::printf("distinct messages in the trace %zu, packed %.1f MiB (%.0f bytes each)\n",
                messages.size(), double(packedBytes) / 1048576.0,
                double(packedBytes) / double(std::max<std::size_t>(messages.size(), 1)));
    std::printf("resident before the run      %8.1f MiB\n", mib(before));
    std::printf("run (trace + sink records)  +%8.1f MiB  (%.0f bytes per hop)\n",
                mib(afterRun - before), double(afterRun - before) * 1024.0 / double(hops));
    std::printf("GUI copy of the hops        +%8.1f MiB  (%.0f bytes per hop)\n",
                mib(afterCopy - afterRun), double(afterCopy - afterRun) * 1024.0 / double(hops));
    std::printf("peak resident               %8.1f MiB\n", mib(std::max(peakRun, peakCopy)));
    return guiCopy.size() == hops ? 0 : 1;
}
