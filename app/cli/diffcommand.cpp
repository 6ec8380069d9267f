// flowsmith-cli diff: the semantic diff of two flow files (design §5, issue 8).

#include "commands.h"
#include "vcscommands.h"

#include "model/core/flow.h"
#include "model/vcs/flowdiff.h"
#include "model/vcs/flowversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

} // namespace

int runDiffCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares two versions of a flow by meaning: nodes added, removed, moved, renamed "
           "or retyped, config fields changed, edges added or removed, flow properties, "
           "governance and SLOs.\nExit status: 0 equal, 1 different, 2 usage or input error."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The old flow file."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The new flow file."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    parser.addOption(formatOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList { QStringLiteral("flowsmith-cli diff") } + args)) {
        err << "flowsmith-cli diff: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("flowsmith-cli diff"));
        QTextStream(stdout) << help;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(formatOption);
    if (positional.size() != 2
        || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err << "flowsmith-cli diff: "
            << (positional.size() != 2 ? tr("expected two flow files")
                                       : tr("unknown format '%1' (use text or json)").arg(format))
            << '\n'
            << tr("Usage: flowsmith-cli diff OLD NEW [--format text|json]") << '\n';
        return UsageError;
    }

    std::optional<Flow> flows[2];
    for (int i = 0; i < 2; ++i) {
        FileError error;
        flows[i] = loadFlowVersion(positional.at(i), &error);
        if (!flows[i]) {
            err << error.toString() << '\n';
            return UsageError;
        }
    }
    const FlowDiff diff = FlowDiff::compare(*flows[0], *flows[1]);
    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented);
    else
        out << diff.toText();
    return diff.isEmpty() ? Success : CheckFailed;
}

} // namespace Flowsmith::Cli
