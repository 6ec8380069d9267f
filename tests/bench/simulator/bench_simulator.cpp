// Messages per second and peak memory of the simulator on the reference flow of issue 6:
// source → filter → map of 10 fields → choice with 3 cases → sinks.

#include "tests/bench/common/referenceflow.h"

#include "model/core/flow.h"
#include "simulator/simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Flowsmith;

namespace {

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<std::uint64_t> counts;
    for (const QString &argument : app.arguments().mid(1))
        counts.append(argument.toULongLong());
    if (counts.isEmpty())
        counts = { 100'000, 1'000'000 };

    FileError error;
    const auto flow = Flow::fromYaml(QByteArray(Bench::referenceFlow),
                                     QStringLiteral("reference.flow.yaml"), &error);
    if (!flow) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    QTemporaryDir project;

    std::printf("%12s %12s %14s %14s %16s\n", "messages", "seconds", "messages/s", "received",
                "peak RSS (MiB)");
    double firstPerMessage = 0;
    for (const std::uint64_t count : counts) {
        Sim::Simulation simulation;
        if (!simulation.load(*flow, project.path(), QStringLiteral("reference.flow.yaml"),
                             &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 2;
        }
        simulation.setKeepTrace(false);
        simulation.setKeepRecords(false);
        std::uint64_t received = 0;
        simulation.setRecordHandler([&](const Sim::SinkRecord &) { ++received; });

        QElapsedTimer timer;
        timer.start();
        QString message;
        for (std::uint64_t i = 0; i < count; ++i) {
            Sim::Message input;
            input.body = Bench::referenceOrder<Sim::Json>(i);
            if (!simulation.inject(QStringLiteral("receive"), std::move(input), &message)) {
                std::fprintf(stderr, "message %llu: %s\n", static_cast<unsigned long long>(i),
                             qPrintable(message));
                return 1;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double perMessage = seconds / double(count);
        if (firstPerMessage == 0)
            firstPerMessage = perMessage;
        std::printf("%12llu %12.2f %14.0f %14llu %16.1f   time per message ×%.2f of the first\n",
                    static_cast<unsigned long long>(count), seconds, double(count) / seconds,
                    static_cast<unsigned long long>(received), double(peakRssKiB()) / 1024.0,
                    perMessage / firstPerMessage);
    }
    return 0;
}
