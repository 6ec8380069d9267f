// flowsmith-cli new: creates a project folder, as the studio's New Project does
// (model/project/newproject.h).

#include "commands.h"
#include "model/project/examplelocator.h"
#include "model/project/newproject.h"

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
    out << tr("Usage: flowsmith-cli new PROJECT_DIR [--name NAME] [--id ID]\n"
              "           [--template ID|FOLDER | --from-nodered FILE | --from-openapi FILE |\n"
              "            --from-asyncapi FILE] [--entries ID,ID…] [--commit | --no-git]\n\n"
              "Creates PROJECT_DIR (which must not exist or be empty) with flowsmith.yaml and\n"
              "the project folders, as its own git repository with the semantic merge driver\n"
              "registered (unless it lies inside a repository already, or --no-git).\n"
              "  --name NAME            the project's name (default: the folder's name)\n"
              "  --id ID                its id (default: derived from the name)\n"
              "  --template ID|FOLDER   copy a bundled example (%1) or a project folder\n"
              "  --from-nodered FILE    import a Node-RED flows.json; credentials are not copied\n"
              "                         but mapped to secret references (listed as warnings)\n"
              "  --from-openapi FILE    import the schemas and one flow per operation\n"
              "  --from-asyncapi FILE   import the schemas and one flow per channel\n"
              "  --entries ID,ID…       only these operations or channels (default: all)\n"
              "  --commit               one initial commit of everything (signed \"Flowsmith\"\n"
              "                         when git has no identity configured)\n"
              "  --no-git               no repository\n\n"
              "Nothing is left behind when it fails.\n"
              "Exit status: 0 created, 2 usage or input error.\n")
               .arg(ExampleLocator::exampleIds().join(u'|'));
}

} // namespace

int runNewCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    NewProjectRequest request;
    QString entries;
    QString templateArg;
    int starts = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        if (arg == QLatin1String("--no-git")) {
            request.initGit = false;
            continue;
        }
        if (arg == QLatin1String("--commit")) {
            request.initialCommit = true;
            continue;
        }
        QString *value = nullptr;
        if (arg == QLatin1String("--name"))
            value = &request.name;
        else if (arg == QLatin1String("--id"))
            value = &request.id;
        else if (arg == QLatin1String("--entries"))
            value = &entries;
        else if (arg == QLatin1String("--template")) {
            value = &templateArg;
            request.start = ProjectStart::Template;
        } else if (arg == QLatin1String("--from-nodered")) {
            value = &request.source;
            request.start = ProjectStart::NodeRed;
        } else if (arg == QLatin1String("--from-openapi")) {
            value = &request.source;
            request.start = ProjectStart::OpenApi;
        } else if (arg == QLatin1String("--from-asyncapi")) {
            value = &request.source;
            request.start = ProjectStart::AsyncApi;
        }
        if (arg.startsWith(QLatin1String("--template")) || arg.startsWith(QLatin1String("--from-")))
            ++starts;
        if (value) {
            if (i + 1 >= args.size()) {
                err << tr("new: %1 needs a value").arg(arg) << '\n';
                return UsageError;
            }
            *value = args.at(++i);
        } else if (arg.startsWith(u'-') || !request.folder.isEmpty()) {
            err << tr("new: unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return UsageError;
        } else {
            request.folder = arg;
        }
    }
    if (request.folder.isEmpty()) {
        printHelp(err);
        return UsageError;
    }
    if (starts > 1) {
        err << tr("new: give at most one of --template, --from-nodered, --from-openapi and "
                  "--from-asyncapi")
            << '\n';
        return UsageError;
    }
    if (!entries.isEmpty()) {
        if (request.start != ProjectStart::OpenApi && request.start != ProjectStart::AsyncApi) {
            err << tr("new: --entries needs --from-openapi or --from-asyncapi") << '\n';
            return UsageError;
        }
        request.entries = entries.split(u',', Qt::SkipEmptyParts);
        for (QString &entry : request.entries)
            entry = entry.trimmed();
    }
    if (request.start == ProjectStart::Template) {
        // A bundled example by id, else a project folder.
        request.source = ExampleLocator::example(templateArg);
        if (request.source.isEmpty()) {
            if (!QFileInfo(templateArg).isDir()) {
                err << tr("new: no example '%1' (there are: %2) and no such folder")
                           .arg(templateArg, ExampleLocator::exampleIds().join(", "))
                    << '\n';
                return UsageError;
            }
            request.source = templateArg;
        }
    }
    if (request.name.isEmpty())
        request.name = QFileInfo(QDir::cleanPath(request.folder)).fileName();

    QString error;
    const auto result = NewProject::create(request, &error);
    if (!result) {
        err << tr("new: %1").arg(error) << '\n';
        return UsageError;
    }
    for (const QString &warning : result->warnings)
        err << tr("warning: %1").arg(warning) << '\n';
    out << tr("Created %1%2")
               .arg(result->folder,
                    result->gitInitialised ? tr(" (a new git repository)") : QString())
        << '\n';
    for (const QString &file : result->files)
        out << "  " << file << '\n';
    return Success;
}

} // namespace Flowsmith::Cli
