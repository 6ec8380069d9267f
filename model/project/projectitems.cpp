#include "projectitems.h"

#include "model/core/flow.h"
#include "model/core/jsonloader.h"
#include "model/core/mapping.h"
#include "model/core/modelfile.h"
#include "model/core/projectid.h"
#include "model/core/schema.h"
#include "model/core/testsuite.h"
#include "model/data/csvreader.h"
#include "model/project/projectreferences.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace Flowsmith {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::ProjectItems)
};

const QStringList SampleSuffixes = { QStringLiteral("json"), QStringLiteral("ndjson"),
                                     QStringLiteral("jsonl"), QStringLiteral("csv") };

std::nullptr_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

bool exists(const Project &project, ProjectFileKind kind, const QString &id)
{
    return QFileInfo::exists(project.absolutePath(Project::pathFor(kind, id)));
}

// Whether `id` may name a new item of `kind`; samples are named by a file name whose part
// before the suffix is an id.
bool checkNewId(const Project &project, ProjectFileKind kind, const QString &id, QString *error)
{
    QString why;
    if (kind == ProjectFileKind::Sample) {
        const QFileInfo info(id);
        if (!SampleSuffixes.contains(info.suffix().toLower())) {
            fail(error,
                 Text::tr("“%1” is not a sample name: it must end in .json, .ndjson, .jsonl or "
                          ".csv.")
                     .arg(id));
            return false;
        }
        if (!ProjectId::isValid(info.completeBaseName(), &why)) {
            fail(error, Text::tr("“%1” is not a valid sample name: %2").arg(id, why));
            return false;
        }
    } else if (!ProjectId::isValid(id, &why)) {
        fail(error, Text::tr("“%1” is not a valid id: %2").arg(id, why));
        return false;
    }
    if (exists(project, kind, id)) {
        fail(error,
             Text::tr("The id “%1” is already used by %2.").arg(id, Project::pathFor(kind, id)));
        return false;
    }
    return true;
}

bool checkExisting(const Project &project, ProjectFileKind kind, const QString &id, QString *error)
{
    if (!ProjectItems::isEditableKind(kind) || id.isEmpty() || !exists(project, kind, id)) {
        fail(error, Text::tr("There is no %1 “%2”.").arg(ProjectItems::kindName(kind), id));
        return false;
    }
    return true;
}

// The bytes of an item's file with its id (where the file holds one) set to `newId`, read back
// by the model's reader. Schemas and samples are named by their file name only.
std::optional<QByteArray> withId(ProjectFileKind kind, const QByteArray &bytes, const QString &path,
                                 const QString &newId, const QString &newName, FileError *error)
{
    switch (kind) {
    case ProjectFileKind::Flow: {
        std::optional<Flow> flow = Flow::fromYaml(bytes, path, error);
        if (!flow)
            return std::nullopt;
        flow->id = newId;
        if (!newName.isEmpty())
            flow->name = newName;
        return flow->toYaml();
    }
    case ProjectFileKind::Mapping: {
        std::optional<Mapping> mapping = Mapping::fromYaml(bytes, path, error);
        if (!mapping)
            return std::nullopt;
        mapping->id = newId;
        if (!newName.isEmpty())
            mapping->name = newName;
        return mapping->toYaml();
    }
    case ProjectFileKind::TestSuite: {
        std::optional<TestSuite> suite = TestSuite::fromYaml(bytes, path, error);
        if (!suite)
            return std::nullopt;
        suite->id = newId;
        return suite->toYaml();
    }
    default:
        return bytes;
    }
}

QString copyName(const QString &name)
{
    return name.isEmpty() ? QString() : Text::tr("%1 (copy)").arg(name);
}

// The name a flow or mapping file gives, for the copy's name.
QString nameOf(ProjectFileKind kind, const QByteArray &bytes, const QString &path)
{
    FileError ignored;
    if (kind == ProjectFileKind::Flow)
        if (std::optional<Flow> flow = Flow::fromYaml(bytes, path, &ignored))
            return flow->name;
    if (kind == ProjectFileKind::Mapping)
        if (std::optional<Mapping> mapping = Mapping::fromYaml(bytes, path, &ignored))
            return mapping->name;
    return {};
}

// A sample must parse as what its suffix says, so that the simulator can read it later.
bool checkSample(const QByteArray &bytes, const QString &fileName, const QString &suffix,
                 FileError *error)
{
    Json::ParseOptions options;
    options.limitSize = false; // samples are not project files; they may be large
    if (suffix == QLatin1String("json"))
        return Json::parse(bytes, fileName, error, options).has_value();
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl")) {
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            options.firstLine = int(i) + 1;
            if (!Json::parse(lines.at(i), fileName, error, options))
                return false;
        }
        return true;
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, fileName);
    if (!reader.readHeader(error))
        return false;
    QStringList cells;
    while (reader.next(cells, error)) { }
    return error->code.isEmpty();
}

ProjectFilesCommand *created(const Project &project, const QString &text, const QString &path,
                             const QByteArray &bytes)
{
    return new ProjectFilesCommand(project.folder(), text, { { path, std::nullopt, bytes } });
}

} // namespace

bool ProjectItems::isEditableKind(ProjectFileKind kind)
{
    switch (kind) {
    case ProjectFileKind::Flow:
    case ProjectFileKind::Schema:
    case ProjectFileKind::Mapping:
    case ProjectFileKind::Sample:
    case ProjectFileKind::TestSuite:
        return true;
    default:
        return false;
    }
}

QString ProjectItems::kindName(ProjectFileKind kind)
{
    switch (kind) {
    case ProjectFileKind::Flow:
        return Text::tr("flow");
    case ProjectFileKind::Schema:
        return Text::tr("schema");
    case ProjectFileKind::Mapping:
        return Text::tr("mapping");
    case ProjectFileKind::Sample:
        return Text::tr("sample");
    case ProjectFileKind::TestSuite:
        return Text::tr("test suite");
    default:
        return Text::tr("file");
    }
}

ProjectFilesCommand *ProjectItems::newFlow(const Project &project, const QString &id,
                                           const QString &name, QString *error)
{
    if (!checkNewId(project, ProjectFileKind::Flow, id, error))
        return nullptr;
    Flow flow;
    flow.id = id;
    flow.name = name;
    const QString path = Project::pathFor(ProjectFileKind::Flow, id);
    const QByteArray bytes = flow.toYaml();
    FileError readBack;
    if (!Flow::fromYaml(bytes, path, &readBack))
        return fail(error, readBack.toString());
    return created(project, Text::tr("New Flow %1").arg(id), path, bytes);
}

ProjectFilesCommand *ProjectItems::newMapping(const Project &project, const QString &id,
                                              const QString &name, const QString &source,
                                              const QString &target, QString *error)
{
    if (!checkNewId(project, ProjectFileKind::Mapping, id, error))
        return nullptr;
    for (const QString &schema : { source, target }) {
        if (schema.isEmpty() || !exists(project, ProjectFileKind::Schema, schema))
            return fail(error, Text::tr("There is no schema “%1”.").arg(schema));
    }
    Mapping mapping;
    mapping.id = id;
    mapping.name = name;
    mapping.source = source;
    mapping.target = target;
    const QString path = Project::pathFor(ProjectFileKind::Mapping, id);
    const QByteArray bytes = mapping.toYaml();
    FileError readBack;
    if (!Mapping::fromYaml(bytes, path, &readBack))
        return fail(error, readBack.toString());
    return created(project, Text::tr("New Mapping %1").arg(id), path, bytes);
}

ProjectFilesCommand *ProjectItems::newTestSuite(const Project &project, const QString &flowId,
                                                QString *error)
{
    if (flowId.isEmpty() || !exists(project, ProjectFileKind::Flow, flowId))
        return fail(error, Text::tr("There is no flow “%1”.").arg(flowId));
    if (exists(project, ProjectFileKind::TestSuite, flowId))
        return fail(error,
                    Text::tr("The flow “%1” has a test suite already: %2.")
                        .arg(flowId, Project::pathFor(ProjectFileKind::TestSuite, flowId)));
    TestSuite suite;
    suite.id = flowId;
    suite.flow = flowId;
    const QString path = Project::pathFor(ProjectFileKind::TestSuite, flowId);
    const QByteArray bytes = suite.toYaml();
    FileError readBack;
    if (!TestSuite::fromYaml(bytes, path, &readBack))
        return fail(error, readBack.toString());
    return created(project, Text::tr("New Test Suite %1").arg(flowId), path, bytes);
}

ProjectFilesCommand *ProjectItems::newSchema(const Project &project, const QString &id,
                                             const QString &title, QString *error)
{
    if (!checkNewId(project, ProjectFileKind::Schema, id, error))
        return nullptr;
    nlohmann::ordered_json schema = nlohmann::ordered_json::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    if (!title.isEmpty())
        schema["title"] = title.toStdString();
    schema["type"] = "object";
    schema["properties"] = nlohmann::ordered_json::object();
    const QString path = Project::pathFor(ProjectFileKind::Schema, id);
    const QByteArray bytes = Json::toText(schema);
    FileError readBack;
    if (!Schema::fromJson(bytes, path, &readBack))
        return fail(error, readBack.toString());
    return created(project, Text::tr("New Schema %1").arg(id), path, bytes);
}

ProjectFilesCommand *ProjectItems::addSample(const Project &project, const QString &sourceFile,
                                             const QString &fileName, QString *error)
{
    const QString name = fileName.isEmpty() ? QFileInfo(sourceFile).fileName() : fileName;
    if (!checkNewId(project, ProjectFileKind::Sample, name, error))
        return nullptr;
    QFile file(sourceFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Text::tr("Cannot read %1: %2").arg(sourceFile, file.errorString()));
    const QByteArray bytes = file.readAll();
    FileError parseError;
    if (!checkSample(bytes, sourceFile, QFileInfo(name).suffix().toLower(), &parseError))
        return fail(error, Text::tr("%1 — the sample was not added.").arg(parseError.toString()));
    return created(project, Text::tr("Add Sample %1").arg(name),
                   Project::pathFor(ProjectFileKind::Sample, name), bytes);
}

ProjectFilesCommand *ProjectItems::rename(const Project &project, ProjectFileKind kind,
                                          const QString &id, const QString &newId, QString *error)
{
    if (!checkExisting(project, kind, id, error) || !checkNewId(project, kind, newId, error))
        return nullptr;
    if (kind == ProjectFileKind::Sample
        && QFileInfo(id).suffix().toLower() != QFileInfo(newId).suffix().toLower())
        return fail(error,
                    Text::tr("A sample keeps its kind: “%1” must end in .%2 as well.")
                        .arg(newId, QFileInfo(id).suffix()));
    const QString oldPath = Project::pathFor(kind, id);
    const QString newPath = Project::pathFor(kind, newId);
    FileError fileError;
    const std::optional<QByteArray> bytes
        = ModelFile::read(project.absolutePath(oldPath), &fileError);
    if (!bytes)
        return fail(error, fileError.toString());
    const std::optional<QByteArray> renamed
        = withId(kind, *bytes, oldPath, newId, QString(), &fileError);
    if (!renamed)
        return fail(error, fileError.toString());

    QList<ProjectFileChange> references;
    if (!ProjectReferences::rewrite(project, kind, id, newId, &references, &fileError))
        return fail(
            error,
            Text::tr("Cannot update the references to “%1”: %2").arg(id, fileError.toString()));

    QList<ProjectFileChange> changes { { newPath, std::nullopt, *renamed },
                                       { oldPath, *bytes, std::nullopt } };
    // A flow's own test suite moves with it: tests/<flow>.test.yaml.
    const QString oldSuite = Project::pathFor(ProjectFileKind::TestSuite, id);
    if (kind == ProjectFileKind::Flow && exists(project, ProjectFileKind::TestSuite, id)) {
        if (exists(project, ProjectFileKind::TestSuite, newId))
            return fail(error,
                        Text::tr("The id “%1” is already used by %2.")
                            .arg(newId, Project::pathFor(ProjectFileKind::TestSuite, newId)));
        const std::optional<QByteArray> suiteBytes
            = ModelFile::read(project.absolutePath(oldSuite), &fileError);
        if (!suiteBytes)
            return fail(error, fileError.toString());
        QByteArray updated = *suiteBytes;
        for (qsizetype i = 0; i < references.size(); ++i) {
            if (references.at(i).relativePath == oldSuite) {
                updated = *references.takeAt(i).after;
                break;
            }
        }
        const std::optional<QByteArray> moved
            = withId(ProjectFileKind::TestSuite, updated, oldSuite, newId, QString(), &fileError);
        if (!moved)
            return fail(error, fileError.toString());
        changes.append(
            { Project::pathFor(ProjectFileKind::TestSuite, newId), std::nullopt, *moved });
        changes.append({ oldSuite, *suiteBytes, std::nullopt });
    }
    changes.append(references);
    return new ProjectFilesCommand(
        project.folder(), Text::tr("Rename %1 %2 to %3").arg(kindName(kind), id, newId), changes);
}

ProjectFilesCommand *ProjectItems::duplicate(const Project &project, ProjectFileKind kind,
                                             const QString &id, const QString &newId,
                                             QString *error)
{
    if (!checkExisting(project, kind, id, error) || !checkNewId(project, kind, newId, error))
        return nullptr;
    if (kind == ProjectFileKind::Sample
        && QFileInfo(id).suffix().toLower() != QFileInfo(newId).suffix().toLower())
        return fail(error,
                    Text::tr("A sample keeps its kind: “%1” must end in .%2 as well.")
                        .arg(newId, QFileInfo(id).suffix()));
    const QString path = Project::pathFor(kind, id);
    FileError fileError;
    const std::optional<QByteArray> bytes = ModelFile::read(project.absolutePath(path), &fileError);
    if (!bytes)
        return fail(error, fileError.toString());
    const std::optional<QByteArray> copy
        = withId(kind, *bytes, path, newId, copyName(nameOf(kind, *bytes, path)), &fileError);
    if (!copy)
        return fail(error, fileError.toString());
    return created(project, Text::tr("Duplicate %1 %2 as %3").arg(kindName(kind), id, newId),
                   Project::pathFor(kind, newId), *copy);
}

ProjectFilesCommand *ProjectItems::remove(const Project &project, ProjectFileKind kind,
                                          const QString &id, QString *error)
{
    if (!checkExisting(project, kind, id, error))
        return nullptr;
    const QString path = Project::pathFor(kind, id);
    // Samples may be larger than project files; they are kept whole for undo all the same.
    QFile file(project.absolutePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return new ProjectFilesCommand(project.folder(),
                                   Text::tr("Delete %1 %2").arg(kindName(kind), id),
                                   { { path, file.readAll(), std::nullopt } });
}

} // namespace Flowsmith
