// flowsmith-cli: the headless twin of the studio (design §5).

#include "commands.h"
#include "exportcommands.h"
#include "simulatorcommands.h"
#include "vcscommands.h"

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
    { "new",
      QT_TRANSLATE_NOOP("Cli",
                        "create a project: empty, from an example, a Node-RED flows.json or "
                        "an API description"),
      runNewCommand },
    { "validate", QT_TRANSLATE_NOOP("Cli", "check a project; exit 1 on any error"),
      runValidateCommand },
    { "simulate",
      QT_TRANSLATE_NOOP("Cli", "run a flow on sample data; NDJSON of what the sinks received"),
      runSimulateCommand },
    { "test", QT_TRANSLATE_NOOP("Cli", "run the project's flow tests (tests/*.test.yaml)"),
      runTestCommand },
    { "eval", QT_TRANSLATE_NOOP("Cli", "evaluate one JSONata expression"), runEvalCommand },
    { "export",
      QT_TRANSLATE_NOOP("Cli", "write a project's runtime files (Node-RED, Camel, k8s, API docs)"),
      runExportCommand },
    { "import", QT_TRANSLATE_NOOP("Cli", "read a Node-RED flows.json into a project"),
      runImportCommand },
    { "import-schema",
      QT_TRANSLATE_NOOP("Cli",
                        "write schemas/<id>.schema.json from JSON Schema, OpenAPI, "
                        "AsyncAPI or a sample"),
      runImportSchemaCommand },
    { "diff", QT_TRANSLATE_NOOP("Cli", "semantic diff of two flow files; exit 1 when they differ"),
      runDiffCommand },
    { "merge-driver",
      QT_TRANSLATE_NOOP("Cli", "git merge driver: merges flow files by meaning into OURS"),
      runMergeDriverCommand },
    { "commit",
      QT_TRANSLATE_NOOP("Cli", "commit gate: validate, regenerate dist/, test, scan, commit"),
      runCommitCommand },
};

void printUsage(QTextStream &out)
{
    out << "Usage: flowsmith-cli COMMAND [ARGS…]\n"
           "       flowsmith-cli COMMAND --help\n"
           "       flowsmith-cli --version\n\n"
           "Commands:\n";
    for (const Command &command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(15)
            << QCoreApplication::translate("Cli", command.summary) << '\n';
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
