// flowsmith-cli merge-driver: git's three-way merge of a flow file, by meaning (issue 8).
//
//   .gitattributes:  flows/*.flow.yaml merge=flowsmith
//   git config merge.flowsmith.driver "flowsmith-cli merge-driver %O %A %B"

#include "commands.h"
#include "vcscommands.h"

#include "model/core/flow.h"
#include "model/vcs/flowmerge.h"
#include "model/vcs/flowversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

} // namespace

int runMergeDriverCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A git merge driver for flow files: merges BASE, OURS and THEIRS by node, edge "
           "and field and writes the result into OURS.\nConfigure it with\n"
           "  git config merge.flowsmith.driver \"flowsmith-cli merge-driver %O %A %B %P\"\n"
           "and the .gitattributes line\n  flows/*.flow.yaml merge=flowsmith\n"
           "Exit status: 0 clean merge, 1 conflicts remain (listed on stderr; OURS keeps our "
           "side of each), 2 usage or input error (OURS untouched)."));
    parser.addPositionalArgument(QStringLiteral("BASE"), tr("The common ancestor (%O)."));
    parser.addPositionalArgument(QStringLiteral("OURS"),
                                 tr("Our version (%A); receives the result."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), tr("Their version (%B)."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 tr("Optional: the file's name in the repository (%P), used in "
                                    "messages."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList { QStringLiteral("flowsmith-cli merge-driver") } + args)) {
        err << "flowsmith-cli merge-driver: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("flowsmith-cli merge-driver"));
        QTextStream(stdout) << help;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 && positional.size() != 4) {
        err << "flowsmith-cli merge-driver: " << tr("expected BASE, OURS and THEIRS") << '\n'
            << tr("Usage: flowsmith-cli merge-driver BASE OURS THEIRS [NAME]") << '\n';
        return UsageError;
    }

    std::optional<Flow> flows[3];
    for (int i = 0; i < 3; ++i) {
        FileError error;
        flows[i] = loadFlowVersion(positional.at(i), &error);
        if (!flows[i]) {
            err << error.toString() << '\n';
            return UsageError;
        }
    }
    const FlowMerge merge = FlowMerge::merge(*flows[0], *flows[1], *flows[2]);
    const QString ours = positional.at(1);
    FileError error;
    if (!merge.result().save(ours, &error)) {
        err << error.toString() << '\n';
        return UsageError;
    }
    const QString name = positional.size() == 4 ? positional.at(3) : ours;
    for (const MergeConflict &conflict : merge.conflicts())
        err << name << ": " << conflict.toText() << '\n';
    return merge.isClean() ? Success : CheckFailed;
}

} // namespace Flowsmith::Cli
