#pragma once

#include "model/core/project.h"
#include "model/export/exportinput.h"
#include "model/vcs/commitinfo.h"
#include "model/vcs/gatestep.h"
#include "model/vcs/remoteoptions.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Flowsmith {

class Repository;

/// The outcome of running a project's flow tests, as the caller's runner reports it.
struct GateTestOutcome
{
    int passed = 0;
    int failed = 0;
    QStringList failures; ///< "tests/x.test.yaml:12: message", one per failing case
    QStringList errors; ///< suites that could not run
};

/// Commits a project the way design §6 asks: validate (errors block), regenerate dist/ with
/// every exporter of the FlowFormats registry, run the flow tests, scan the staged files for
/// secrets (a finding blocks), summarise the change by meaning, commit, push if asked.
///
/// A flow that a runtime cannot express (a Kafka topic in Node-RED) does not block: that flow
/// is left out of that runtime's files and the gate reports a warning naming file and line.
/// The model must not link the simulator, so the caller passes the flow-test runner in. Every check
/// runs even after one failed, so that all problems show at once; the commit happens only when none
/// failed.
class CommitGate
{
public:
    struct Options
    {
        QString message;
        QString pushRemote; ///< empty: no push
        /// Stage every change inside the project folder first (the CLI); otherwise only what
        /// the user staged, plus the regenerated dist/ files.
        bool stageAll = false;
        bool regenerateDist = true;
        std::function<GateTestOutcome(const Project &project)> runTests; ///< empty: skipped
        RemoteOptions remote;
        QDate today = QDate::currentDate();
        const std::atomic_bool *cancel = nullptr; ///< checked between steps
    };

    struct Result
    {
        bool committed = false;
        bool pushed = false;
        bool cancelled = false;
        QString commitId;
        QList<GateStep> steps;
        QList<CommitFileChange> changes; ///< the staged change, by meaning
        /// True when a check failed (so nothing was committed), as opposed to a git error.
        bool checksFailed() const;
    };

    CommitGate(Repository *repository, const QString &projectFolder);

    /// Called whenever a step starts or ends, on the thread that runs the gate.
    void setStepCallback(std::function<void(const GateStep &step)> callback)
    {
        m_onStep = std::move(callback);
    }

    /// Runs the checks, then commits and pushes when they pass.
    Result run(const Options &options);
    /// Runs the checks only (for the dialog's preview); commits nothing.
    Result check(const Options &options);

private:
    Result runSteps(const Options &options, bool commit);
    void runValidate(const Options &options, GateStep *step);
    void runExport(const Options &options, const Project &project, GateStep *step);
    void runTests(const Options &options, const Project &project, GateStep *step);
    void runSecretScan(GateStep *step);
    void runDiff(GateStep *step, Result *result);
    void emitStep(const GateStep &step);
    QString repoPath(const QString &projectRelative) const;

    Repository *m_repository;
    QString m_folder;
    QString m_prefix; ///< the project folder relative to the work tree, "" or "sub/"
    std::function<void(const GateStep &)> m_onStep;
};

} // namespace Flowsmith
