// flowsmith-cli import: reads a runtime's flow file into a project through the FlowFormats
// registry (the importers beside the exporters).

#include "exportcommands.h"

#include "commands.h"
#include "model/core/nodecatalog.h"
#include "model/core/project.h"
#include "model/export/flowformats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    out << tr("Usage: flowsmith-cli import --from %1 FILE --into PROJECT\n\n"
              "Reads FILE into the project: one flow file per tab below PROJECT/flows/, and\n"
              "the addresses the flows call as systems in flowsmith.yaml. Nodes without a\n"
              "Flowsmith equivalent are kept whole as foreign nodes; credentials are never\n"
              "copied and are listed as warnings to map to secret references. Existing flow\n"
              "files are never overwritten: an imported flow gets a free id instead.\n\n"
              "Exit status: 0 imported, 1 import errors, 2 usage or input error.\n")
               .arg(FlowFormats::instance().ids(FlowFormat::Read).join(u'|'));
}

} // namespace

int runImportCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString from;
    QString into;
    QString file;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        QString *option = arg == QLatin1String("--from") ? &from
            : arg == QLatin1String("--into")             ? &into
                                                         : nullptr;
        if (option) {
            if (i + 1 >= args.size()) {
                err << tr("import: %1 needs a value").arg(arg) << '\n';
                return UsageError;
            }
            *option = args.at(++i);
        } else if (arg.startsWith(u'-') || !file.isEmpty()) {
            err << tr("import: unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return UsageError;
        } else {
            file = arg;
        }
    }
    if (from.isEmpty() || into.isEmpty() || file.isEmpty()) {
        printHelp(err);
        return UsageError;
    }
    FlowFormat *format = FlowFormats::instance().format(from, FlowFormat::Read);
    if (!format) {
        err << tr("import: unknown format '%1' (one of: %2)")
                   .arg(from, FlowFormats::instance().ids(FlowFormat::Read).join(", "))
            << '\n';
        return UsageError;
    }
    FileError error;
    std::optional<Project> project = Project::open(into, &error);
    if (!project) {
        err << error.toString() << '\n';
        return UsageError;
    }

    ImportedFlows imported = format->read(file);
    for (ExportProblem problem : format->problems()) {
        if (problem.severity == ExportProblem::Warning)
            problem.message = tr("warning: %1").arg(problem.message);
        err << problem.toString() << '\n';
    }
    if (format->hasErrors())
        return UsageError;

    // Systems: one with the same address is reused, a taken id gets a suffix.
    ProjectManifest manifest = project->manifest();
    QHash<QString, QString> systemIds;
    for (SystemInfo system : imported.systems) {
        const QString importedId = system.id;
        QString id;
        for (const SystemInfo &existing : manifest.systems)
            if (existing.baseUrl == system.baseUrl)
                id = existing.id;
        if (id.isEmpty()) {
            id = system.id;
            for (int n = 2; manifest.system(id); ++n)
                id = system.id + u'-' + QString::number(n);
            system.id = id;
            manifest.systems.append(system);
        }
        systemIds.insert(importedId, id);
    }

    // Until the catalog knows foreign nodes, flows that keep Node-RED nodes cannot be opened.
    bool foreign = false;
    for (const Flow &flow : std::as_const(imported.flows))
        for (const FlowNode &node : flow.nodes)
            foreign |= node.type == QLatin1String("foreign.nodered");
    if (foreign && !NodeCatalog::instance().type(QStringLiteral("foreign.nodered")))
        err << tr("import: warning: this build's node catalog has no 'foreign.nodered' type; "
                  "the flows that keep Node-RED nodes will not open until it has")
            << '\n';

    QStringList written;
    for (Flow &flow : imported.flows) {
        const QString base = flow.id;
        for (int n = 2; QFileInfo::exists(
                 project->absolutePath(Project::pathFor(ProjectFileKind::Flow, flow.id)));
             ++n)
            flow.id = base + u'-' + QString::number(n);
        for (FlowNode &node : flow.nodes) {
            const QString system = node.config.value(QStringLiteral("system")).toString();
            if (systemIds.contains(system))
                node.config.insert(QStringLiteral("system"), systemIds.value(system));
        }
        const QString relative = Project::pathFor(ProjectFileKind::Flow, flow.id);
        const QString path = project->absolutePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !flow.save(path, &error)) {
            err << error.toString() << '\n';
            return CheckFailed;
        }
        written.append(relative);
    }
    if (manifest.systems.size() != project->manifest().systems.size()) {
        if (!manifest.save(project->absolutePath(QStringLiteral("flowsmith.yaml")), &error)) {
            err << error.toString() << '\n';
            return CheckFailed;
        }
        written.append(QStringLiteral("flowsmith.yaml"));
    }
    for (const QString &path : written)
        out << path << '\n';
    return Success;
}

} // namespace Flowsmith::Cli
