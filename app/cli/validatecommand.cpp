// flowsmith-cli validate PROJECT [--format text|json|sarif] [--output FILE]
// Parses arguments and prints; the checking is ProjectValidator's, the same the studio uses.

#include "commands.h"

#include "model/validation/problemreport.h"
#include "model/validation/problemsummary.h"
#include "model/validation/projectvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

/// The project folder PROJECT names: the folder itself, or the folder of its flowsmith.yaml.
QString projectFolder(const QString &argument)
{
    const QFileInfo info(argument);
    if (info.isFile() && info.fileName() == QLatin1String("flowsmith.yaml"))
        return info.absolutePath();
    return argument;
}

bool writeOutput(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << path << ": " << tr("cannot write: %1").arg(file.errorString()) << '\n';
        return false;
    }
    return true;
}

} // namespace

int runValidateCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a Flowsmith project: every flow, mapping, schema, test suite and the "
           "capability map.\nExit status: 0 no errors (warnings allowed), 1 errors found, 2 "
           "usage error or PROJECT is not a project folder."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("The project folder (or its flowsmith.yaml)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default), json or sarif."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Write the report to FILE instead of stdout."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(helpOption);

    // The parser takes the first argument as the program name.
    if (!parser.parse(QStringList { QStringLiteral("flowsmith-cli validate") } + args)) {
        err << "flowsmith-cli validate: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        // helpText() names the binary as invoked; users type the subcommand.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("flowsmith-cli validate"));
        QTextStream(stdout) << help;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "flowsmith-cli validate: "
            << (positional.isEmpty() ? tr("missing PROJECT") : tr("too many arguments")) << '\n'
            << tr("Usage: flowsmith-cli validate PROJECT [--format text|json|sarif] "
                  "[--output FILE]")
            << '\n';
        return UsageError;
    }
    const std::optional<ReportFormat> format
        = ProblemReport::formatFromName(parser.value(formatOption));
    if (!format) {
        err << "flowsmith-cli validate: "
            << tr("unknown format '%1' (use text, json or sarif)").arg(parser.value(formatOption))
            << '\n';
        return UsageError;
    }

    const QString argument = positional.first();
    const QString folder = projectFolder(argument);
    if (!QFileInfo(QDir(folder).filePath(QStringLiteral("flowsmith.yaml"))).isFile()) {
        err << argument << ": " << tr("no flowsmith.yaml") << '\n';
        return UsageError;
    }

    const ProblemList problems = ProjectValidator().validate(QDir(folder).absolutePath());
    ProblemReport report(problems);
    report.setProjectRoot(QDir(folder).absolutePath());
    report.setToolVersion(QCoreApplication::applicationVersion());
    // Paths in text are relative to the caller's working directory so that they are links.
    if (QDir::cleanPath(folder) != QLatin1String("."))
        report.setPathPrefix(QDir::cleanPath(folder) + u'/');
    err.flush();
    if (!writeOutput(parser.value(outputOption), report.write(*format), err))
        return UsageError;
    return ProblemCounts::of(problems).errors > 0 ? CheckFailed : Success;
}

} // namespace Flowsmith::Cli
