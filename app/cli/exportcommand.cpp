// flowsmith-cli export: writes a project's runtime files through the FlowFormats registry.

#include "exportcommands.h"

#include "commands.h"
#include "model/core/project.h"
#include "model/export/flowformats.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: flowsmith-cli export PROJECT --target %1 --out DIR\n\n"
              "Writes the project's flows for a runtime below DIR (DIR/<target>/…), each file\n"
              "atomically. Nothing is written when a node cannot be expressed in the target.\n\n"
              "Exit status: 0 exported, 1 export errors (listed as file:line: message),\n"
              "2 usage or input error.\n")
               .arg(FlowFormats::instance().ids(FlowFormat::Write).join(u'|'));
}

} // namespace

int runExportCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString projectPath;
    QString target;
    QString outDir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        QString *option = arg == QLatin1String("--target") ? &target
            : arg == QLatin1String("--out")                ? &outDir
                                                           : nullptr;
        if (option) {
            if (i + 1 >= args.size()) {
                err << tr("export: %1 needs a value").arg(arg) << '\n';
                return UsageError;
            }
            *option = args.at(++i);
        } else if (arg.startsWith(u'-') || !projectPath.isEmpty()) {
            err << tr("export: unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return UsageError;
        } else {
            projectPath = arg;
        }
    }
    if (projectPath.isEmpty() || target.isEmpty() || outDir.isEmpty()) {
        printHelp(err);
        return UsageError;
    }
    FlowFormat *format = FlowFormats::instance().format(target, FlowFormat::Write);
    if (!format || !format->capabilities().testFlag(FlowFormat::Write)) {
        err << tr("export: unknown target '%1' (one of: %2)")
                   .arg(target, FlowFormats::instance().ids(FlowFormat::Write).join(", "))
            << '\n';
        return UsageError;
    }

    FileError error;
    std::optional<Project> project = Project::open(projectPath, &error);
    if (!project) {
        err << error.toString() << '\n';
        return UsageError;
    }
    QList<ExportProblem> problems;
    const ExportInput input = ExportInput::fromProject(*project, &problems);

    const QStringList written = problems.isEmpty() ? format->write(input, outDir) : QStringList();
    problems += format->problems();
    bool failed = written.isEmpty();
    for (ExportProblem problem : problems) {
        if (problem.severity == ExportProblem::Warning)
            problem.message = tr("warning: %1").arg(problem.message);
        else
            failed = true;
        err << problem.toString() << '\n';
    }
    if (failed)
        return CheckFailed;
    for (const QString &file : written)
        out << file << '\n';
    return Success;
}

} // namespace Flowsmith::Cli
