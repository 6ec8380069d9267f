// flowsmith-cli commit: the commit gate of design §6, headless.

#include "vcscommands.h"

#include "commands.h"
#include "model/core/project.h"
#include "model/vcs/commitgate.h"
#include "model/vcs/keychaincredentialstore.h"
#include "model/vcs/repository.h"
#include "simulator/testing/gateoptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: flowsmith-cli commit PROJECT -m MESSAGE [--push REMOTE] [--no-dist]\n\n"
              "Stages every change inside PROJECT, then runs the commit gate: validates the\n"
              "project (errors block), regenerates dist/ with every exporter (flows a runtime\n"
              "cannot express are left out of its files, with a warning), runs the flow tests,\n"
              "scans the staged files for secrets (a finding blocks) and prints the change by\n"
              "meaning. Then commits with the git identity (user.name, user.email) and, with\n"
              "--push, pushes the branch to REMOTE. https tokens come from the system keychain\n"
              "(service \"flowsmith\", key = the remote's host), ssh keys from ssh-agent.\n\n"
              "Exit status: 0 committed (and pushed), 1 the gate failed or the push failed\n"
              "(the local commit is kept), 2 usage or input error.\n");
}

} // namespace

int runCommitCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString projectPath;
    QString message;
    QString remote;
    bool regenerate = true;
    bool hasMessage = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        if (arg == QLatin1String("--no-dist")) {
            regenerate = false;
            continue;
        }
        if (arg == QLatin1String("-m") || arg == QLatin1String("--message")
            || arg == QLatin1String("--push")) {
            if (i + 1 >= args.size()) {
                err << "flowsmith-cli commit: " << tr("%1 needs a value").arg(arg) << '\n';
                return UsageError;
            }
            if (arg == QLatin1String("--push")) {
                remote = args.at(++i);
            } else {
                message = args.at(++i);
                hasMessage = true;
            }
        } else if (arg.startsWith(u'-') || !projectPath.isEmpty()) {
            err << "flowsmith-cli commit: " << tr("unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return UsageError;
        } else {
            projectPath = arg;
        }
    }
    if (projectPath.isEmpty() || !hasMessage || message.trimmed().isEmpty()) {
        err << "flowsmith-cli commit: "
            << (projectPath.isEmpty() ? tr("missing PROJECT") : tr("missing -m MESSAGE")) << '\n';
        printHelp(err);
        return UsageError;
    }

    FileError openError;
    if (!Project::open(projectPath, &openError)) {
        err << openError.toString() << '\n';
        return UsageError;
    }
    QString error;
    std::optional<Repository> repository = Repository::open(projectPath, &error);
    if (!repository) {
        err << projectPath << ": " << error << '\n';
        return UsageError;
    }
    if (!repository->identity().isValid()) {
        err << repository->workDir() << "/.git/config: "
            << tr("no git identity; run git config user.name \"…\" and git config user.email …")
            << '\n';
        return UsageError;
    }

    KeychainCredentialStore keychain;
    CommitGate::Options options = Sim::commitGateOptions();
    options.message = message;
    options.pushRemote = remote;
    options.stageAll = true;
    options.regenerateDist = regenerate;
    options.remote.credentials = &keychain;

    CommitGate gate(&*repository, projectPath);
    gate.setStepCallback([&](const GateStep &step) {
        if (step.state == GateStep::Running) {
            err << "… " << GateStep::title(step.id) << '\n';
            err.flush();
            return;
        }
        QTextStream &stream = step.state == GateStep::Failed ? err : out;
        stream << (step.state == GateStep::Failed ? "✗ " : "✓ ") << GateStep::title(step.id) << ": "
               << GateStep::stateName(step.state);
        if (!step.summary.isEmpty())
            stream << " — " << step.summary;
        stream << '\n';
        for (const QString &detail : step.details)
            stream << "    " << detail << '\n';
        stream.flush();
    });
    const CommitGate::Result result = gate.run(options);
    if (!result.committed)
        return result.checksFailed() ? CheckFailed : UsageError;
    if (!remote.isEmpty() && !result.pushed)
        return CheckFailed;
    return Success;
}

} // namespace Flowsmith::Cli
