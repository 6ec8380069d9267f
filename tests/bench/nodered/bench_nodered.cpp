// Node-RED against our simulator (issue 7): the reference flow of the simulator issue
// (source → filter → map of 10 fields → choice with 3 cases → sinks, as in
// tests/bench/simulator) exported to flows.json and run in a real Node-RED 4 (embedded, the
// conformance harness) and in our simulator, in one run, on the same orders. Prints both
// rates and the ratio (goal: at least 50×), by wall clock and by CPU time, because the build
// machines are shared and the wall clock counts the neighbours too. It asserts no times: it
// fails only when a runtime cannot run or the two disagree on how many messages arrive.
//
//   bench_nodered            2,000 messages (what CTest runs)
//   bench_nodered --full     100,000 messages
//   bench_nodered N          N messages

#include "tests/bench/common/referenceflow.h"
#include "tests/conformance/nodered/noderedruntime.h"

#include "model/core/flow.h"
#include "model/core/project.h"
#include "model/export/noderedformat.h"
#include "simulator/simulation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Flowsmith;
using Flowsmith::Test::Json;
using Flowsmith::Test::NodeRedRuntime;

namespace {

const char manifest[] = R"(flowsmith: 1
name: Node-RED benchmark
)";

// The orders of tests/bench/simulator; 210 of them cycle through every combination of
// status, country and line count.
constexpr int distinctOrders = 210;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::uint64_t count = 2000;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument == QLatin1String("--full"))
            count = 100'000;
        else if (argument.toULongLong() > 0)
            count = argument.toULongLong();
        else {
            std::fprintf(stderr, "usage: bench_nodered [--full | COUNT]\n");
            return 2;
        }
    }

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project"));
    if (!writeFile(project + QStringLiteral("/flowsmith.yaml"), manifest)
        || !writeFile(project + QStringLiteral("/flows/reference.flow.yaml"),
                      Bench::referenceFlow)) {
        std::fprintf(stderr, "cannot write the benchmark project\n");
        return 2;
    }
    FileError error;
    const auto opened = Project::open(project, &error);
    const auto flow = Flow::load(project + QStringLiteral("/flows/reference.flow.yaml"), &error);
    if (!opened || !flow) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }

    // Node-RED.
    QList<ExportProblem> problems;
    const ExportInput input = ExportInput::fromProject(*opened, &problems);
    NodeRedFormat format;
    const QList<ExportedFile> files = format.generate(input);
    if (format.hasErrors() || files.isEmpty()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(format.errorString()));
        return 1;
    }
    const QString flowsPath = dir.filePath(QStringLiteral("flows.json"));
    if (!writeFile(flowsPath, files.first().contents))
        return 2;
    QString message;
    if (!NodeRedRuntime::ensureInstalled(&message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    Json sinks = Json::object();
    for (const FlowNode &node : flow->nodes)
        if (node.type.startsWith(QLatin1String("sink.")))
            sinks[NodeRedFormat::nodeId(flow->id, node.id).toStdString()] = node.id.toStdString();
    Json inputs = Json::array();
    for (int i = 0; i < distinctOrders; ++i)
        inputs.push_back(Json { { "body", Bench::referenceOrder<Json>(std::uint64_t(i)) } });
    const Json plan {
        { "flows", flowsPath.toStdString() },
        { "mode", "bench" },
        { "count", count },
        { "cases",
          Json::array(
              { Json { { "name", "reference" },
                       { "source",
                         NodeRedFormat::nodeId(flow->id, QStringLiteral("receive")).toStdString() },
                       { "sinks", sinks },
                       { "inputs", inputs } } }) }
    };
    std::vector<Json> lines;
    if (!NodeRedRuntime::run(plan, &lines, &message, 3'600'000)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    Json red;
    for (const Json &line : lines)
        if (line.value("bench", false))
            red = line;
    if (red.is_null()) {
        std::fprintf(stderr, "Node-RED did not run the benchmark: %s\n",
                     lines.back().dump().c_str());
        return 1;
    }

    // Our simulator, on the same orders in the same order.
    Sim::Simulation simulation;
    if (!simulation.load(*flow, project, QStringLiteral("flows/reference.flow.yaml"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    simulation.setKeepTrace(false);
    simulation.setKeepRecords(false);
    std::uint64_t received = 0;
    simulation.setRecordHandler([&](const Sim::SinkRecord &) { ++received; });
    std::vector<Json> bodies;
    for (const Json &entry : inputs)
        bodies.push_back(entry["body"]);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (std::uint64_t i = 0; i < count; ++i) {
        Sim::Message in;
        in.body = bodies[i % bodies.size()];
        if (!simulation.inject(QStringLiteral("receive"), std::move(in), &message)) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 1;
        }
    }
    const double ourSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double ourCpu = cpuSeconds() - cpuStart;

    const double redSeconds = red["seconds"].get<double>();
    const double redCpu = red.value("cpuSeconds", redSeconds);
    const auto redReceived = red["received"].get<std::uint64_t>();
    std::printf("Node-RED %s, reference flow, %llu messages\n",
                qPrintable(NodeRedRuntime::installedVersion()),
                static_cast<unsigned long long>(count));
    std::printf("%-12s %10s %14s %12s %14s %10s\n", "runtime", "wall s", "messages/s", "CPU s",
                "messages/CPU s", "received");
    std::printf("%-12s %10.3f %14.0f %12.3f %14.0f %10llu\n", "Node-RED", redSeconds,
                double(count) / redSeconds, redCpu, double(count) / redCpu,
                static_cast<unsigned long long>(redReceived));
    std::printf("%-12s %10.3f %14.0f %12.3f %14.0f %10llu\n", "simulator", ourSeconds,
                double(count) / ourSeconds, ourCpu, double(count) / ourCpu,
                static_cast<unsigned long long>(received));
    std::printf("ratio (simulator / Node-RED): %.1fx by wall clock, %.1fx by CPU time "
                "(goal: at least 50x)\n",
                redSeconds / ourSeconds, redCpu / ourCpu);
    if (redReceived != received) {
        std::fprintf(stderr, "the runtimes disagree: Node-RED's sinks received %llu, ours %llu\n",
                     static_cast<unsigned long long>(redReceived),
                     static_cast<unsigned long long>(received));
        return 1;
    }
    return 0;
}
