#include "projectvalidator.h"

#include "flowvalidator.h"
#include "problemsummary.h"
#include "projectsnapshot.h"
#include "ruleregistry.h"
#include "validationcontext.h"

#include "model/core/project.h"
#include "model/core/schema.h"

#include <QDir>

#include <algorithm>

namespace Flowsmith {

namespace {

/// A file that did not load is an error under its FileError code, placed in that file.
Problem loadProblem(const FileError &error, const QString &file)
{
    Problem problem;
    problem.code = error.code.isEmpty() ? QStringLiteral("FS000") : error.code;
    problem.severity = Severity::Error;
    problem.message = error.message;
    problem.file = file;
    problem.position = error.position;
    return problem;
}

template<typename Model, typename Loaded>
void loadAll(const Project &project, ProjectFileKind kind, QList<Loaded> &loaded,
             ProblemList &problems)
{
    // In path order, so that "first" and "also used by" mean the same on every machine.
    QList<ProjectFile> files = project.files(kind);
    std::sort(files.begin(), files.end(), [](const ProjectFile &a, const ProjectFile &b) {
        return a.relativePath < b.relativePath;
    });
    for (const ProjectFile &file : files) {
        FileError error;
        if (std::optional<Model> model
            = Model::load(project.absolutePath(file.relativePath), &error))
            loaded.append({ file.relativePath, std::move(*model) });
        else
            problems.append(loadProblem(error, file.relativePath));
    }
}

} // namespace

ProjectValidator::ProjectValidator(QDate today)
    : m_today(today)
{ }

ProblemList ProjectValidator::validate(const QString &folder) const
{
    FileError error;
    // Absolute, so that file paths stay right whatever the working directory does later.
    const std::optional<Project> project = Project::open(QDir(folder).absolutePath(), &error);
    if (!project)
        return { loadProblem(error, QStringLiteral("flowsmith.yaml")) };
    return validate(*project);
}

ProblemList ProjectValidator::validate(const Project &project) const
{
    ProblemList problems;
    ProjectSnapshot snapshot;
    snapshot.project = &project;

    loadAll<Flow>(project, ProjectFileKind::Flow, snapshot.flows, problems);
    loadAll<Mapping>(project, ProjectFileKind::Mapping, snapshot.mappings, problems);
    loadAll<TestSuite>(project, ProjectFileKind::TestSuite, snapshot.testSuites, problems);
    // Most rules need only a schema's id (its file name); the mapping line checks read the
    // fields. Loading reports a broken file.
    loadAll<Schema>(project, ProjectFileKind::Schema, snapshot.schemas, problems);

    const QList<ProjectFile> capabilityFiles = project.files(ProjectFileKind::Capabilities);
    if (!capabilityFiles.isEmpty()) {
        snapshot.capabilitiesFile = capabilityFiles.first().relativePath;
        FileError error;
        snapshot.capabilities
            = CapabilityMap::load(project.absolutePath(snapshot.capabilitiesFile), &error);
        if (!snapshot.capabilities)
            problems.append(loadProblem(error, snapshot.capabilitiesFile));
    }

    const ValidationContext context = ValidationContext::fromProject(
        project, snapshot.capabilities ? &*snapshot.capabilities : nullptr, m_today);
    const FlowValidator flowValidator(context);
    for (const FlowFile &file : snapshot.flows)
        problems += flowValidator.validate(file.flow, file.file);
    for (const auto &rule : RuleRegistry::instance().rules())
        rule->checkProject(snapshot, context, problems);

    sortProblems(problems);
    return problems;
}

} // namespace Flowsmith
