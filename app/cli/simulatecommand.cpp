// flowsmith-cli simulate: runs one flow on a sample file, headless (design §5).

#include "simulatorcommands.h"

#include "model/core/flow.h"
#include "model/core/jsonloader.h"
#include "model/core/project.h"
#include "model/data/jsonvariant.h"
#include "simulator/samplereader.h"
#include "simulator/simulation.h"
#include "simulator/testing/testrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: flowsmith-cli simulate PROJECT --flow ID --input FILE [--source NODE]\n"
              "                                [--trace FILE] [--seed N] [--mocks FILE]\n"
              "                                [--record-test NAME [--record-sinks A,B]]\n\n"
              "Runs a flow on sample data. The input is .json (one message or an array of\n"
              "bodies), .ndjson or .csv (both streamed). Prints one NDJSON line per message a\n"
              "sink received: {\"sink\": ID, \"body\": …, \"headers\": {…}}, in input order.\n\n"
              "  --flow ID      the flow to run (flows/ID.flow.yaml)\n"
              "  --input FILE   the sample file (relative paths: the current folder, then the "
              "project)\n"
              "  --source NODE  the source node to feed (needed when the flow has several)\n"
              "  --trace FILE   write every hop as NDJSON to FILE\n"
              "  --seed N       seed of the random generator (faults); default 0\n"
              "  --mocks FILE   JSON object: sink id -> {status, body, delayMs, failTimes}\n"
              "  --record-test NAME  append the run as a test case NAME to tests/ID.test.yaml\n"
              "                 (inputs, mocks and what every sink received)\n"
              "  --record-sinks A,B  expect only what these sinks received\n\n"
              "Exit status: 0 the run completed, 2 usage or input error.\n");
}

struct Options
{
    QString project;
    QString flow;
    QString input;
    QString source;
    QString trace;
    QString mocks;
    QString recordTest;
    QStringList recordSinks;
    quint64 seed = 0;
};

// Returns an error text, empty on success.
QString parse(const QStringList &args, Options &options, bool *help)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            *help = true;
            return {};
        }
        auto value = [&](QString &target) {
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QLatin1String("--flow"))
            ok = value(options.flow);
        else if (arg == QLatin1String("--input"))
            ok = value(options.input);
        else if (arg == QLatin1String("--source"))
            ok = value(options.source);
        else if (arg == QLatin1String("--trace"))
            ok = value(options.trace);
        else if (arg == QLatin1String("--mocks"))
            ok = value(options.mocks);
        else if (arg == QLatin1String("--record-test"))
            ok = value(options.recordTest);
        else if (arg == QLatin1String("--record-sinks")) {
            QString text;
            ok = value(text);
            options.recordSinks = text.split(u',', Qt::SkipEmptyParts);
            for (QString &sink : options.recordSinks)
                sink = sink.trimmed();
        } else if (arg == QLatin1String("--seed")) {
            QString text;
            ok = value(text);
            bool number = false;
            options.seed = text.toULongLong(&number);
            if (ok && !number)
                return tr("--seed needs a non-negative integer, not '%1'").arg(text);
        } else if (arg.startsWith(u'-'))
            return tr("unknown option '%1'").arg(arg);
        else if (options.project.isEmpty())
            options.project = arg;
        else
            return tr("unexpected argument '%1'").arg(arg);
        if (!ok)
            return tr("%1 needs a value").arg(arg);
    }
    if (options.project.isEmpty())
        return tr("missing PROJECT");
    if (options.flow.isEmpty())
        return tr("missing --flow ID");
    if (options.input.isEmpty())
        return tr("missing --input FILE");
    if (!options.recordSinks.isEmpty() && options.recordTest.isEmpty())
        return tr("--record-sinks needs --record-test NAME");
    if (!options.recordTest.isEmpty() && options.recordTest.trimmed().isEmpty())
        return tr("--record-test needs a name");
    return {};
}

QString resolveInput(const QString &input, const QString &projectFolder)
{
    if (QFileInfo::exists(input) || QDir::isAbsolutePath(input))
        return input;
    const QString inProject = QDir(projectFolder).filePath(input);
    return QFileInfo::exists(inProject) ? inProject : input;
}

} // namespace

int runSimulateCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    bool help = false;
    const QString usage = parse(args, options, &help);
    if (help) {
        printHelp(out);
        return 0;
    }
    if (!usage.isEmpty()) {
        err << "flowsmith-cli simulate: " << usage << '\n';
        printHelp(err);
        return 2;
    }

    FileError error;
    const auto project = Project::open(options.project, &error);
    if (!project) {
        err << error.toString() << '\n';
        return 2;
    }
    const auto flowFile = project->file(ProjectFileKind::Flow, options.flow);
    if (!flowFile) {
        err << options.project << ": " << tr("the project has no flow '%1'").arg(options.flow)
            << '\n';
        return 2;
    }
    const auto flow = Flow::load(project->absolutePath(flowFile->relativePath), &error);
    if (!flow) {
        err << error.toString() << '\n';
        return 2;
    }
    Sim::Simulation simulation;
    simulation.setSeed(options.seed);
    simulation.setKeepTrace(false);
    simulation.setKeepRecords(false);
    if (!simulation.load(*flow, project->folder(), flowFile->relativePath, &error)) {
        err << error.toString() << '\n';
        return 2;
    }
    const QString source = options.source.isEmpty() ? simulation.defaultSource() : options.source;
    if (source.isEmpty()) {
        err << flowFile->relativePath << ": "
            << tr("the flow has several sources (%1); choose one with --source")
                   .arg(simulation.sources().join(QLatin1String(", ")))
            << '\n';
        return 2;
    }
    if (!simulation.sources().contains(source)) {
        err << flowFile->relativePath << ": " << tr("the flow has no source node '%1'").arg(source)
            << '\n';
        return 2;
    }

    QHash<QString, Sim::SinkMock> mocks;
    if (!options.mocks.isEmpty()) {
        QFile file(resolveInput(options.mocks, project->folder()));
        if (!file.open(QIODevice::ReadOnly)) {
            err << file.fileName() << ": " << file.errorString() << '\n';
            return 2;
        }
        const auto json
            = Flowsmith::Json::parse(file.readAll(), file.fileName(), &error, { 1, false });
        if (!json || !json->is_object()) {
            err << (json
                        ? file.fileName() + QStringLiteral(": ") + tr("mocks must be a JSON object")
                        : error.toString())
                << '\n';
            return 2;
        }
        for (auto it = json->begin(); it != json->end(); ++it)
            mocks.insert(QString::fromStdString(it.key()), Sim::SinkMock::fromJson(it.value()));
        simulation.setMocks(mocks);
    }

    // A recording keeps what the run fed and produced; a plain run streams and forgets.
    const bool recording = !options.recordTest.isEmpty();
    Sim::RecordedRun recorded;
    recorded.flow = options.flow;
    recorded.source = source;
    recorded.mocks = mocks;
    recorded.sinks = Sim::RecordedRun::sinksOf(*flow);
    if (recording) {
        for (const QString &sink : std::as_const(options.recordSinks))
            if (!recorded.sinks.contains(sink)) {
                err << flowFile->relativePath << ": "
                    << tr("--record-sinks: the flow has no sink '%1' (its sinks: %2)")
                           .arg(sink, recorded.sinks.join(QLatin1String(", ")))
                    << '\n';
                return 2;
            }
    }

    Sim::SampleReader reader;
    if (!reader.open(resolveInput(options.input, project->folder()), &error)) {
        err << error.toString() << '\n';
        return 2;
    }

    std::unique_ptr<QSaveFile> trace;
    if (!options.trace.isEmpty()) {
        trace = std::make_unique<QSaveFile>(options.trace);
        if (!trace->open(QIODevice::WriteOnly)) {
            err << options.trace << ": " << trace->errorString() << '\n';
            return 2;
        }
        simulation.setTraceDevice(trace.get());
    }

    // stdout through stdio: one buffered write per record keeps a million lines fast.
    simulation.setRecordHandler([&](const Sim::SinkRecord &record) {
        if (recording)
            recorded.records.append(record);
        QByteArray line = toCompactBytes(record.toJson());
        line.append('\n');
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    });

    const bool progress = isatty(fileno(stderr));
    qint64 count = 0;
    qsizetype failuresReported = 0;
    Sim::Message message;
    while (reader.next(message, &error)) {
        if (recording)
            recorded.inputs.append(message);
        QString injectError;
        if (!simulation.inject(source, std::move(message), &injectError)) {
            err << injectError << '\n';
            return 2;
        }
        ++count;
        // Failures nothing caught are worth a line; caught ones are the flow's business.
        const auto &failures = simulation.failures();
        for (; failuresReported < failures.size(); ++failuresReported) {
            const auto &failure = failures.at(failuresReported);
            if (!failure.caught) {
                const FlowNode *node = flow->node(failure.node);
                err << flowFile->relativePath << ':' << (node ? node->position.line : 0) << ": "
                    << tr("message %1 failed in node '%2': %3")
                           .arg(count)
                           .arg(failure.node, failure.error)
                    << '\n';
            }
        }
        if (failures.size() > 1000) {
            // Long runs keep only what has not been reported yet.
            simulation.clearFailures();
            failuresReported = 0;
        }
        if (progress && count % 10000 == 0) {
            err << '\r' << tr("%1 messages").arg(count);
            err.flush();
        }
    }
    std::fflush(stdout);
    if (progress && count >= 10000)
        err << '\r' << tr("%1 messages").arg(count) << '\n';
    if (!error.code.isEmpty()) {
        err << error.toString() << '\n';
        return 2;
    }
    if (trace && !trace->commit()) {
        err << options.trace << ": " << trace->errorString() << '\n';
        return 2;
    }
    if (recording) {
        QString written;
        if (!Sim::TestRecorder(project->folder())
                 .record(recorded, options.recordTest, options.recordSinks, &error, &written)) {
            err << error.toString() << '\n';
            return 2;
        }
        err << tr("recorded test case '%1' in %2").arg(options.recordTest.trimmed(), written)
            << '\n';
    }
    return 0;
}

} // namespace Flowsmith::Cli
