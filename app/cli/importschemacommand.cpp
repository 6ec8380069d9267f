// flowsmith-cli import-schema: a JSON Schema, an OpenAPI or AsyncAPI document or a sample into
// the project's schemas/. Parses arguments and prints; detecting, bundling and writing are
// SchemaImportJob's, the same the studio's Import Schema dialog uses.

#include "commands.h"

#include "model/core/errorcodes.h"
#include "model/core/project.h"
#include "model/core/projectid.h"
#include "model/schemaimport/schemaimportjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: flowsmith-cli import-schema PROJECT --from FILE [--kind KIND] [--id ID]\n"
              "                                   [--name COMPONENT | --all] [--force]\n\n"
              "Writes PROJECT/schemas/<id>.schema.json from FILE, bundled so that it stands\n"
              "alone (references to other files and other parts of an API document are copied\n"
              "into its $defs), and prints each file written.\n\n"
              "  --kind KIND       %1; by default told from the file:\n"
              "                    'openapi:' or 'asyncapi:' key, '$schema' or a schema 'type',\n"
              "                    else a sample (.json, .ndjson, .csv) to infer the schema from\n"
              "  --name COMPONENT  the OpenAPI components.schemas entry or AsyncAPI message to\n"
              "                    import; needed when the document has several\n"
              "  --all             import every component, each under the id its name gives\n"
              "  --id ID           the schema's id (default: from the component or file name);\n"
              "                    lowercase letters and digits joined by '-' or '_'\n"
              "  --force           replace a schema that already exists\n\n"
              "Exit status: 0 imported, 1 a file could not be written, 2 usage or input error.\n")
               .arg(SchemaImportJob::kindNames().join(u'|'));
}

struct Options
{
    QString project;
    QString from;
    QString kind;
    QString id;
    QString name;
    bool all = false;
    bool force = false;
};

// Returns -1 to go on, else the exit status.
int parse(const QStringList &args, Options *options, QTextStream &out, QTextStream &err)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        QString *value = arg == QLatin1String("--from") ? &options->from
            : arg == QLatin1String("--kind")            ? &options->kind
            : arg == QLatin1String("--id")              ? &options->id
            : arg == QLatin1String("--name")            ? &options->name
                                                        : nullptr;
        if (value) {
            if (i + 1 >= args.size()) {
                err << tr("import-schema: %1 needs a value").arg(arg) << '\n';
                return UsageError;
            }
            *value = args.at(++i);
        } else if (arg == QLatin1String("--all")) {
            options->all = true;
        } else if (arg == QLatin1String("--force")) {
            options->force = true;
        } else if (arg.startsWith(u'-') || !options->project.isEmpty()) {
            err << tr("import-schema: unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return UsageError;
        } else {
            options->project = arg;
        }
    }
    if (options->project.isEmpty() || options->from.isEmpty()) {
        printHelp(err);
        return UsageError;
    }
    if (options->all && !options->name.isEmpty()) {
        err << tr("import-schema: --name and --all exclude each other") << '\n';
        return UsageError;
    }
    if (options->all && !options->id.isEmpty()) {
        err << tr("import-schema: --id names one schema; with --all each id comes from its "
                  "component's name")
            << '\n';
        return UsageError;
    }
    return -1;
}

} // namespace

int runImportSchemaCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    if (const int status = parse(args, &options, out, err); status >= 0)
        return status;

    std::optional<SchemaImportJob::Kind> kind;
    if (!options.kind.isEmpty()) {
        kind = SchemaImportJob::kindFromName(options.kind);
        if (!kind) {
            err << tr("import-schema: unknown kind '%1' (one of: %2)")
                       .arg(options.kind, SchemaImportJob::kindNames().join(QLatin1String(", ")))
                << '\n';
            return UsageError;
        }
    }
    QString why;
    if (!options.id.isEmpty() && !ProjectId::isValid(options.id, &why)) {
        err << tr("import-schema: --id: %1").arg(why) << '\n';
        return UsageError;
    }
    FileError error;
    const std::optional<Project> project = Project::open(options.project, &error);
    if (!project) {
        err << error.toString() << '\n';
        return UsageError;
    }
    if (!kind)
        kind = SchemaImportJob::detect(options.from, &error);
    SchemaImportJob job(project->folder());
    if (!kind || !job.open(options.from, *kind, &error)) {
        err << error.toString() << '\n';
        return UsageError;
    }

    const QStringList components = job.components();
    const QString list = components.join(QLatin1String(", "));
    QStringList chosen;
    if (!options.name.isEmpty()) {
        if (!job.hasComponents()) {
            err << tr("import-schema: --name picks a component of an OpenAPI or AsyncAPI "
                      "document; %1 is read as %2")
                       .arg(options.from, SchemaImportJob::kindName(*kind))
                << '\n';
            return UsageError;
        }
        if (!components.contains(options.name)) {
            err << tr("%1: no component named '%2'; the file has: %3")
                       .arg(options.from, options.name, list)
                << '\n';
            return UsageError;
        }
        chosen = { options.name };
    } else if (options.all || components.size() == 1) {
        chosen = components;
    } else {
        err << tr("%1: the file has %2 components; name one with --name COMPONENT or import "
                  "them all with --all: %3")
                   .arg(options.from)
                   .arg(components.size())
                   .arg(list)
            << '\n';
        return UsageError;
    }

    QList<SchemaImportJob::Entry> entries = job.defaultEntries(chosen);
    if (!options.id.isEmpty())
        entries.first().id = options.id;
    if (!options.force)
        for (const SchemaImportJob::Entry &entry : std::as_const(entries))
            if (job.exists(entry.id)) {
                err << tr("%1: the schema '%2' already exists; use --force to replace it or "
                          "--id to import it under another id")
                           .arg(QDir::toNativeSeparators(job.absolutePath(entry.id)), entry.id)
                    << '\n';
                return UsageError;
            }

    QStringList written;
    if (!job.write(entries, options.force, &written, &error)) {
        err << error.toString() << '\n';
        return error.code == ErrorCode::CannotWrite ? CheckFailed : UsageError;
    }
    for (const QString &path : std::as_const(written))
        out << path << '\n';
    return Success;
}

} // namespace Flowsmith::Cli
