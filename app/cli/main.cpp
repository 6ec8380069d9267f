// flowsmith-cli: the headless twin of the studio (design §5).

#include "commands.h"
#include "simulatorcommands.h"
#if defined(FLOWSMITH_HAVE_DIFFCOMMAND) || defined(FLOWSMITH_HAVE_MERGECOMMAND)
#include "vcscommands.h"
#endif
#ifdef FLOWSMITH_HAVE_EXPORTCOMMAND
#include "exportcommands.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Flowsmith::Cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command commands[] = {
    { "validate", "check a project; exit 1 on any error", runValidateCommand },
    { "simulate", "run a flow on sample data; NDJSON of what the sinks received",
      runSimulateCommand },
    { "test", "run the project's flow tests (tests/*.test.yaml)", runTestCommand },
    { "eval", "evaluate one JSONata expression", runEvalCommand },
#ifdef FLOWSMITH_HAVE_EXPORTCOMMAND
    { "export", "write the runtime files of a project (Node-RED flows.json)", runExportCommand },
#endif
#ifdef FLOWSMITH_HAVE_DIFFCOMMAND
    { "diff", "semantic diff of two flow files; exit 1 when they differ", runDiffCommand },
#endif
#ifdef FLOWSMITH_HAVE_MERGECOMMAND
    { "merge-driver", "git merge driver: merges flow files by meaning into OURS",
      runMergeDriverCommand },
#endif
};

void printUsage(QTextStream &out)
{
    out << "Usage: flowsmith-cli COMMAND [ARGS…]\n"
           "       flowsmith-cli COMMAND --help\n"
           "       flowsmith-cli --version\n\n"
           "Commands:\n";
    for (const Command &command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << command.summary
            << '\n';
    out << "\nExit status: 0 success, 1 the check failed, 2 usage or input error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowsmith-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Flowsmith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSMITH_VERSION));

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(out);
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out << "flowsmith-cli " << FLOWSMITH_VERSION << '\n';
        return Success;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            out.flush();
            return command.run(args);
        }
    }
    err << "flowsmith-cli: unknown command '" << name << "'\n\n";
    printUsage(err);
    return UsageError;
}
