#include "model/vcs/commitgate.h"

#include "model/export/flowformats.h"
#include "model/validation/projectvalidator.h"
#include "model/vcs/repository.h"
#include "model/vcs/secretallowlist.h"
#include "model/vcs/secretscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::CommitGate", text);
}

QString problemLine(const Problem &problem)
{
    const char *severity = problem.severity == Severity::Error ? "error"
        : problem.severity == Severity::Warning                ? "warning"
                                                               : "note";
    QString where = problem.file;
    if (problem.position.isValid())
        where += QStringLiteral(":%1:%2").arg(problem.position.line).arg(problem.position.column);
    return QStringLiteral("%1: %2 %3: %4")
        .arg(where, QLatin1String(severity), problem.code, problem.message);
}

} // namespace

bool CommitGate::Result::checksFailed() const
{
    for (const GateStep &step : steps) {
        if (step.state == GateStep::Failed && step.id != GateStep::Commit
            && step.id != GateStep::Push)
            return true;
    }
    return false;
}

CommitGate::CommitGate(Repository *repository, const QString &projectFolder)
    : m_repository(repository)
    , m_folder(QFileInfo(projectFolder).absoluteFilePath())
{
    const QString root = QFileInfo(repository->workDir()).canonicalFilePath();
    const QString folder = QFileInfo(projectFolder).canonicalFilePath();
    const QString relative = QDir(root).relativeFilePath(folder);
    if (!relative.isEmpty() && relative != QLatin1String("."))
        m_prefix = relative + u'/';
}

QString CommitGate::repoPath(const QString &projectRelative) const
{
    return m_prefix + projectRelative;
}

void CommitGate::emitStep(const GateStep &step)
{
    if (m_onStep)
        m_onStep(step);
}

CommitGate::Result CommitGate::run(const Options &options)
{
    return runSteps(options, true);
}

CommitGate::Result CommitGate::check(const Options &options)
{
    return runSteps(options, false);
}

CommitGate::Result CommitGate::runSteps(const Options &options, bool commit)
{
    Result result;
    QList<GateStep::Id> ids = { GateStep::Validate, GateStep::Export, GateStep::Test,
                                GateStep::SecretScan, GateStep::Diff };
    if (commit) {
        ids << GateStep::Commit;
        if (!options.pushRemote.isEmpty())
            ids << GateStep::Push;
    }
    for (const GateStep::Id id : ids)
        result.steps << GateStep { id, GateStep::Pending, {}, {} };

    FileError openError;
    const std::optional<Project> project = Project::open(m_folder, &openError);
    bool failed = false;
    for (GateStep &step : result.steps) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            step.state = GateStep::Skipped;
            step.summary = tr("cancelled");
            emitStep(step);
            continue;
        }
        const bool isAction = step.id == GateStep::Commit || step.id == GateStep::Push;
        if (isAction && failed) {
            step.state = GateStep::Skipped;
            step.summary = step.id == GateStep::Commit ? tr("blocked by the failed checks")
                                                       : tr("nothing committed");
            emitStep(step);
            continue;
        }
        step.state = GateStep::Running;
        emitStep(step);
        switch (step.id) {
        case GateStep::Validate:
            runValidate(options, &step);
            if (options.stageAll) {
                // Everything the user changed in the project goes into this commit.
                QStringList paths;
                for (const FileStatus &status : m_repository->status()) {
                    if (status.path.startsWith(m_prefix))
                        paths << status.path;
                }
                QString error;
                if (!paths.isEmpty() && !m_repository->stage(paths, &error)) {
                    step.state = GateStep::Failed;
                    step.details << error;
                }
            }
            break;
        case GateStep::Export:
            if (!project) {
                step.state = GateStep::Failed;
                step.summary = openError.toString();
            } else if (!options.regenerateDist) {
                step.state = GateStep::Skipped;
                step.summary = tr("not asked for");
            } else {
                runExport(options, *project, &step);
            }
            break;
        case GateStep::Test:
            if (!project) {
                step.state = GateStep::Failed;
                step.summary = openError.toString();
            } else {
                runTests(options, *project, &step);
            }
            break;
        case GateStep::SecretScan:
            runSecretScan(&step);
            break;
        case GateStep::Diff:
            runDiff(&step, &result);
            break;
        case GateStep::Commit: {
            QString error;
            const std::optional<QString> id = m_repository->commit(options.message, &error);
            if (id) {
                step.state = GateStep::Passed;
                step.summary
                    = tr("committed %1 on %2").arg(id->left(7), m_repository->currentBranch());
                result.committed = true;
                result.commitId = *id;
            } else {
                step.state = GateStep::Failed;
                step.summary = error;
                failed = true;
            }
            break;
        }
        case GateStep::Push: {
            QString error;
            if (m_repository->push(options.pushRemote, options.remote, &error)) {
                step.state = GateStep::Passed;
                step.summary
                    = tr("pushed %1 to %2").arg(m_repository->currentBranch(), options.pushRemote);
                result.pushed = true;
            } else {
                step.state = GateStep::Failed;
                step.summary = tr("%1 — the local commit is kept").arg(error);
            }
            break;
        }
        }
        if (step.state == GateStep::Failed)
            failed = true;
        emitStep(step);
    }
    return result;
}

void CommitGate::runValidate(const Options &options, GateStep *step)
{
    const ProblemList problems = ProjectValidator(options.today).validate(m_folder);
    int errors = 0;
    int warnings = 0;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Error)
            ++errors;
        else if (problem.severity == Severity::Warning)
            ++warnings;
        if (problem.severity != Severity::Note)
            step->details << problemLine(problem);
    }
    step->state = errors ? GateStep::Failed : warnings ? GateStep::Warning : GateStep::Passed;
    step->summary = tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
}

void CommitGate::runExport(const Options &, const Project &project, GateStep *step)
{
    QList<ExportProblem> loadProblems;
    const ExportInput full = ExportInput::fromProject(project, &loadProblems);
    bool failed = false;
    for (const ExportProblem &problem : std::as_const(loadProblems)) {
        if (problem.severity == ExportProblem::Error)
            failed = true;
        step->details << problem.toString();
    }
    if (failed) {
        step->state = GateStep::Failed;
        step->summary = tr("the project could not be read for export");
        return;
    }
    QStringList written;
    int skipped = 0;
    int warnings = 0;
    const QString distDir = QDir(project.folder()).filePath(QStringLiteral("dist"));
    for (FlowFormat *format : FlowFormats::instance().formats()) {
        if (!format->capabilities().testFlag(FlowFormat::Write))
            continue;
        ExportInput input = full;
        QSet<QString> leftOut;
        // Leave out the flows this runtime cannot express, one round at a time, until the
        // rest exports; each left-out flow is a warning that names its file and line.
        while (!input.flows.isEmpty()) {
            format->generate(input);
            QSet<QString> failing;
            bool wholeExportFailed = false;
            for (const ExportProblem &problem : format->problems()) {
                if (problem.severity != ExportProblem::Error)
                    continue;
                if (problem.file.isEmpty()) {
                    wholeExportFailed = true;
                    step->details << tr("%1: %2").arg(format->name(), problem.message);
                    continue;
                }
                failing.insert(problem.file);
                step->details << tr("%1: warning: not exported to %2: %3")
                                     .arg(problem.toString().section(u':', 0, 1), format->name(),
                                          problem.message);
            }
            if (wholeExportFailed) {
                step->state = GateStep::Failed;
                step->summary = tr("%1 export failed").arg(format->name());
                return;
            }
            if (failing.isEmpty())
                break;
            skipped += int(failing.size());
            leftOut += failing;
            input.flows.removeIf(
                [&](const ExportFlow &flow) { return failing.contains(flow.relativePath); });
        }
        if (input.flows.isEmpty())
            continue;
        const QStringList files = format->write(input, distDir);
        for (const ExportProblem &problem : format->problems()) {
            // A left-out flow has its warning already.
            if (problem.severity == ExportProblem::Warning && !leftOut.contains(problem.file)) {
                ++warnings;
                step->details << tr("%1: warning: %2")
                                     .arg(problem.toString().section(u':', 0, 1), problem.message);
            }
        }
        if (files.isEmpty() && format->hasErrors()) {
            step->state = GateStep::Failed;
            step->summary = format->errorString();
            return;
        }
        for (const QString &file : files)
            written << repoPath(QStringLiteral("dist/") + file);
    }
    QString error;
    if (!written.isEmpty() && !m_repository->stage(written, &error)) {
        step->state = GateStep::Failed;
        step->summary = error;
        return;
    }
    step->state = skipped || warnings ? GateStep::Warning : GateStep::Passed;
    step->summary = tr("%1 file(s) written and staged; %2 flow export(s) left out")
                        .arg(written.size())
                        .arg(skipped);
}

void CommitGate::runTests(const Options &options, const Project &project, GateStep *step)
{
    if (!options.runTests) {
        step->state = GateStep::Skipped;
        step->summary = tr("no test runner");
        return;
    }
    const GateTestOutcome outcome = options.runTests(project);
    step->details << outcome.errors << outcome.failures;
    step->state = outcome.failed || !outcome.errors.isEmpty() ? GateStep::Failed : GateStep::Passed;
    step->summary = tr("%1 passed, %2 failed").arg(outcome.passed).arg(outcome.failed);
}

void CommitGate::runSecretScan(GateStep *step)
{
    QString error;
    const QList<CommitFileChange> changes = m_repository->stagedChanges(&error);
    const SecretScanner scanner;
    const SecretAllowList allowed = SecretAllowList::load(m_folder);
    int scanned = 0;
    int findings = 0;
    int allowedFindings = 0;
    QStringList blockedPaths;
    for (const CommitFileChange &change : changes) {
        if (change.status == CommitFileChange::Deleted)
            continue;
        const std::optional<QByteArray> contents = m_repository->stagedContent(change.path, &error);
        if (!contents)
            continue;
        ++scanned;
        for (const SecretFinding &finding : scanner.scan(*contents, change.path)) {
            if (allowed.allows(finding)) {
                ++allowedFindings;
                continue;
            }
            step->details << finding.toString() + QStringLiteral("  [") + finding.fingerprint
                    + u']';
            if (finding.severity == SecretFinding::Error) {
                ++findings;
                if (!blockedPaths.contains(change.path))
                    blockedPaths << change.path;
            }
        }
    }
    // A blocked file leaves the index, so the secret is not committed by a later plain
    // `git commit` either; the work tree keeps it for the user to fix.
    if (!blockedPaths.isEmpty() && !m_repository->unstage(blockedPaths, &error))
        step->details << error;
    step->state = findings ? GateStep::Failed : GateStep::Passed;
    if (findings) {
        step->summary = tr("%1 possible secret(s) in the staged files: remove them, or add a "
                           "reviewed fingerprint to %2; unstaged %3")
                            .arg(findings)
                            .arg(QString::fromLatin1(SecretAllowList::FileName),
                                 blockedPaths.join(QStringLiteral(", ")));
    } else if (allowedFindings) {
        step->summary = tr("%1 staged file(s) clean, %2 finding(s) allowed by %3")
                            .arg(scanned)
                            .arg(allowedFindings)
                            .arg(QString::fromLatin1(SecretAllowList::FileName));
    } else {
        step->summary = tr("%1 staged file(s) clean").arg(scanned);
    }
}

void CommitGate::runDiff(GateStep *step, Result *result)
{
    QString error;
    result->changes = m_repository->stagedChanges(&error);
    // The summary goes to screens and CI logs: it must not repeat a secret the scan found.
    const SecretScanner scanner;
    for (CommitFileChange &change : result->changes) {
        for (FlowChange &flowChange : change.flowChanges) {
            for (std::optional<QVariant> *value : { &flowChange.oldValue, &flowChange.newValue }) {
                if (!*value || (*value)->typeId() != QMetaType::QString)
                    continue;
                // With its key, so that a password-like field is judged as in the file.
                const QString key = flowChange.field.section(u'.', -1);
                const QString probe = key + QStringLiteral(": ") + (*value)->toString();
                **value = scanner.redactLine(probe).mid(key.size() + 2);
            }
        }
        for (QString &line : change.mappingChanges)
            line = scanner.redactLine(line);
    }
    int flows = 0;
    for (const CommitFileChange &change : std::as_const(result->changes)) {
        if (change.kind == ProjectFileKind::Flow)
            ++flows;
        step->details << change.describe();
    }
    if (result->changes.isEmpty()) {
        step->state = GateStep::Failed;
        step->summary = error.isEmpty() ? tr("nothing staged to commit") : error;
        return;
    }
    step->state = GateStep::Passed;
    step->summary = tr("%1 file(s), %2 flow(s) changed").arg(result->changes.size()).arg(flows);
}

} // namespace Flowsmith
