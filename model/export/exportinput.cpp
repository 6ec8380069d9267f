#include "model/export/exportinput.h"

#include "model/core/jsonloader.h"
#include "model/mapping/mappingcompiler.h"

#include <QFile>

#include <algorithm>

namespace Flowsmith {

namespace {

ExportProblem problemFrom(const FileError &error, const QString &relativePath)
{
    return { ExportProblem::Error, relativePath, error.position, {}, error.message };
}

} // namespace

ExportInput ExportInput::fromProject(const Project &project, QList<ExportProblem> *problems)
{
    ExportInput input;
    input.manifest = project.manifest();
    auto report = [problems](ExportProblem problem) {
        if (problems)
            problems->append(std::move(problem));
    };

    for (const ProjectFile &file : project.files(ProjectFileKind::Flow)) {
        FileError error;
        std::optional<Flow> flow = Flow::load(project.absolutePath(file.relativePath), &error);
        if (!flow) {
            report(problemFrom(error, file.relativePath));
            continue;
        }
        input.flows.append({ file.relativePath, std::move(*flow) });
    }
    std::sort(input.flows.begin(), input.flows.end(),
              [](const ExportFlow &a, const ExportFlow &b) { return a.flow.id < b.flow.id; });

    for (const ProjectFile &file : project.files(ProjectFileKind::Schema)) {
        QFile in(project.absolutePath(file.relativePath));
        if (in.open(QIODevice::ReadOnly))
            input.schemas.insert(file.id, in.readAll());
    }

    for (const ProjectFile &file : project.files(ProjectFileKind::Mapping)) {
        FileError error;
        std::optional<Mapping> mapping
            = Mapping::load(project.absolutePath(file.relativePath), &error);
        if (!mapping) {
            report(problemFrom(error, file.relativePath));
            continue;
        }
        input.mappingSchemas.insert(file.id, { mapping->source, mapping->target });
        const MappingCompiler::Result compiled
            = MappingCompiler::compile(*mapping, file.relativePath);
        if (compiled.expression.isEmpty()) {
            report(problemFrom(compiled.error, file.relativePath));
            continue;
        }
        input.mappingExpressions.insert(file.id, compiled.expression);
    }
    return input;
}

std::optional<nlohmann::ordered_json> ExportInput::schemaJson(const QString &id) const
{
    const auto bytes = schemas.constFind(id);
    if (bytes == schemas.cend() || bytes->isEmpty())
        return std::nullopt;
    return Json::parse(*bytes, id, nullptr);
}

} // namespace Flowsmith
