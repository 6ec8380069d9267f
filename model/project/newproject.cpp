// NewProject: a project folder built in a staging folder beside the target and renamed into
// place, so that a failure at any step leaves nothing behind (issue 15 item 1).

#include "model/project/newproject.h"

#include "model/core/flow.h"
#include "model/core/modelfile.h"
#include "model/core/project.h"
#include "model/core/projectid.h"
#include "model/export/flowformats.h"
#include "model/project/noderedcredentials.h"
#include "model/schemaimport/schemaimportjob.h"
#include "model/vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace Flowsmith::NewProject {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::NewProject", text);
}

const QStringList &projectFolders()
{
    static const QStringList folders
        = { QStringLiteral("flows"), QStringLiteral("schemas"), QStringLiteral("mappings"),
            QStringLiteral("samples"), QStringLiteral("tests") };
    return folders;
}

bool isEmptyDir(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                              | QDir::System);
}

/// Every file below `root` except .git, relative with '/', sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir dir(root);
    while (it.hasNext()) {
        const QString relative = dir.relativeFilePath(it.next());
        if (relative == QLatin1String(".git") || relative.startsWith(QLatin1String(".git/")))
            continue;
        files.append(relative);
    }
    files.sort();
    return files;
}

bool copyTemplate(const QString &from, const QString &to, QString *error)
{
    for (const QString &relative : filesBelow(from)) {
        const QString target = to + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).absolutePath())
            || !QFile::copy(from + u'/' + relative, target)) {
            *error = tr("%1: cannot copy into the new project").arg(from + u'/' + relative);
            return false;
        }
        // Installed examples are read-only; the copy belongs to the user.
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    FileError fileError;
    if (!ModelFile::write(path, bytes, &fileError)) {
        *error = fileError.toString();
        return false;
    }
    return true;
}

/// source.http/source.topic → quality.validate, the skeleton of one API entry.
Flow skeletonFlow(const ApiEntry &entry)
{
    Flow flow;
    flow.id = entry.id;
    flow.name = entry.summary.isEmpty() ? entry.label : entry.summary;
    FlowNode source;
    source.id = QStringLiteral("receive");
    source.at = QPointF(120, 120);
    if (entry.kind == QLatin1String("http")) {
        source.type = QStringLiteral("source.http");
        source.name = entry.method + u' ' + entry.path;
        source.config.insert(QStringLiteral("method"), entry.method);
        source.config.insert(QStringLiteral("path"), entry.path);
    } else {
        source.type = QStringLiteral("source.topic");
        source.name = entry.path;
        source.config.insert(QStringLiteral("protocol"),
                             entry.protocol.isEmpty() ? QStringLiteral("kafka") : entry.protocol);
        source.config.insert(QStringLiteral("topic"), entry.path);
    }
    flow.nodes.append(source);
    if (!entry.schemaId.isEmpty()) {
        FlowNode validate;
        validate.id = QStringLiteral("validate");
        validate.type = QStringLiteral("quality.validate");
        validate.name = tr("Validate %1").arg(entry.schemaId);
        validate.at = QPointF(380, 120);
        validate.config.insert(QStringLiteral("schema"), entry.schemaId);
        flow.nodes.append(validate);
        FlowEdge edge;
        edge.from = { source.id, QStringLiteral("out") };
        edge.to = { validate.id, QStringLiteral("in") };
        flow.edges.append(edge);
    }
    return flow;
}

bool importApi(const NewProjectRequest &request, const QString &staging, NewProjectResult *result,
               QString *error)
{
    const auto kind = request.start == ProjectStart::OpenApi ? SchemaImportJob::Kind::OpenApi
                                                             : SchemaImportJob::Kind::AsyncApi;
    SchemaImportJob job(staging);
    FileError fileError;
    QStringList written;
    if (!job.open(request.source, kind, &fileError)
        || !job.write(job.defaultEntries(job.components()), false, &written, &fileError)) {
        *error = fileError.toString();
        return false;
    }
    const auto entries = apiEntries(request.source, request.start, error);
    if (!entries)
        return false;
    QSet<QString> known;
    for (const ApiEntry &entry : *entries)
        known.insert(entry.id);
    for (const QString &wanted : request.entries)
        if (!known.contains(wanted)) {
            *error = tr("%1: no operation or channel '%2' (there are: %3)")
                         .arg(request.source, wanted, QStringList(known.values()).join(", "));
            return false;
        }
    for (const ApiEntry &entry : *entries) {
        if (!request.entries.isEmpty() && !request.entries.contains(entry.id))
            continue;
        if (entry.schemaId.isEmpty())
            result->warnings.append(
                tr("%1: '%2' has no schema of its own; its flow has no validate step")
                    .arg(request.source, entry.label));
        const Flow flow = skeletonFlow(entry);
        if (!flow.save(staging + u'/' + Project::pathFor(ProjectFileKind::Flow, flow.id),
                       &fileError)) {
            *error = fileError.toString();
            return false;
        }
    }
    return true;
}

bool importNodeRed(const NewProjectRequest &request, const QString &staging,
                   ProjectManifest *manifest, NewProjectResult *result, QString *error)
{
    FileError fileError;
    const auto bytes = ModelFile::read(request.source, &fileError);
    const auto found
        = bytes ? NodeRedCredentials::scan(*bytes, request.source, &fileError) : std::nullopt;
    if (!found) {
        *error = fileError.toString();
        return false;
    }
    FlowFormat *format
        = FlowFormats::instance().format(QStringLiteral("nodered"), FlowFormat::Read);
    if (!format) {
        *error = tr("this build has no Node-RED importer");
        return false;
    }
    ImportedFlows imported = format->read(request.source);
    if (format->hasErrors()) {
        *error = format->errorString();
        return false;
    }
    for (const ExportProblem &problem : format->problems())
        result->warnings.append(problem.toString());

    // Each credential's node, and the nodes that use it (a broker's clients), refer to the
    // secret by name; imported nodes are told apart by their name and canvas position.
    for (const NodeRedCredentials::Found &f : *found) {
        const QString ref = request.secretRefs.value(f.credential.key, f.credential.secretRef);
        result->warnings.append(
            tr("%1:%2: node '%3' (%4): %5 not copied; the project refers to the secret "
               "'%6' instead")
                .arg(request.source)
                .arg(f.credential.line)
                .arg(f.credential.nodeId, f.credential.nodeName, f.credential.what, ref));
    }
    for (Flow &flow : imported.flows) {
        for (FlowNode &node : flow.nodes) {
            for (const NodeRedCredentials::Found &f : *found)
                if (f.concerns(node.name, node.at)
                    && !node.config.contains(QStringLiteral("credentialsRef")))
                    node.config.insert(
                        QStringLiteral("credentialsRef"),
                        request.secretRefs.value(f.credential.key, f.credential.secretRef));
            node.config = NodeRedCredentials::scrub(node.config).toMap();
        }
        const QString path = staging + u'/' + Project::pathFor(ProjectFileKind::Flow, flow.id);
        if (!flow.save(path, &fileError)) {
            *error = fileError.toString();
            return false;
        }
    }
    for (SystemInfo &system : imported.systems)
        system.baseUrl = NodeRedCredentials::stripUserInfo(system.baseUrl);
    manifest->systems = imported.systems;
    return true;
}

} // namespace

QString idFromName(const QString &name)
{
    return ProjectId::fromName(name);
}

QString checkFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("no folder given");
    const QFileInfo info(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir() || info.isSymLink())
            return tr("%1 exists and is not a folder").arg(info.filePath());
        if (!isEmptyDir(info.filePath()))
            return tr("%1 is not empty").arg(info.filePath());
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return tr("%1 does not exist").arg(parent.filePath());
    if (!parent.isWritable())
        return tr("%1 is not writable").arg(parent.filePath());
    return {};
}

std::optional<QList<FoundCredential>> nodeRedCredentials(const QString &file, QString *error)
{
    FileError fileError;
    const auto bytes = ModelFile::read(file, &fileError);
    const auto found = bytes ? NodeRedCredentials::scan(*bytes, file, &fileError) : std::nullopt;
    if (!found) {
        if (error)
            *error = fileError.toString();
        return std::nullopt;
    }
    QList<FoundCredential> credentials;
    for (const NodeRedCredentials::Found &f : *found)
        credentials.append(f.credential);
    return credentials;
}

std::optional<NewProjectResult> create(const NewProjectRequest &request, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    const QString folder = QDir::cleanPath(QFileInfo(request.folder).absoluteFilePath());
    if (const QString problem = checkFolder(request.folder); !problem.isEmpty()) {
        why = problem;
        return std::nullopt;
    }
    const QString name = request.name.trimmed();
    if (name.isEmpty()) {
        why = tr("the project needs a name");
        return std::nullopt;
    }
    const QString id = request.id.isEmpty() ? idFromName(name) : request.id;
    QString idProblem;
    if (id.isEmpty()) {
        why = tr("the name '%1' gives no id; give one").arg(name);
        return std::nullopt;
    }
    if (!ProjectId::isValid(id, &idProblem)) {
        why = tr("'%1' cannot be the project's id: %2").arg(id, idProblem);
        return std::nullopt;
    }
    if (request.start != ProjectStart::Empty && !QFileInfo::exists(request.source)) {
        why = tr("%1: no such file or folder").arg(request.source);
        return std::nullopt;
    }
    if (request.start == ProjectStart::Template
        && !QFileInfo::exists(request.source + QStringLiteral("/flowsmith.yaml"))) {
        why = tr("%1: not a project folder (no flowsmith.yaml)").arg(request.source);
        return std::nullopt;
    }

    const QFileInfo target(folder);
    // Removed again on every early return: nothing is left of a failed New Project.
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                          + QStringLiteral(".flowsmith-new-XXXXXX"));
    if (!staging.isValid()) {
        why = tr("%1: cannot create a folder (%2)")
                  .arg(target.absolutePath(), staging.errorString());
        return std::nullopt;
    }
    const QString root = staging.path();
    // QTemporaryDir makes it private (0700); a project folder is an ordinary folder.
    QFile::setPermissions(root,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    NewProjectResult result;
    result.folder = folder;

    FileError fileError;
    ProjectManifest manifest;
    if (request.start == ProjectStart::Template) {
        if (!copyTemplate(request.source, root, &why))
            return std::nullopt;
        const auto copied
            = ProjectManifest::load(root + QStringLiteral("/flowsmith.yaml"), &fileError);
        if (!copied) {
            why = fileError.toString();
            return std::nullopt;
        }
        manifest = *copied;
    }
    manifest.id = id;
    manifest.name = name;
    for (const QString &sub : projectFolders())
        if (!QDir(root).mkpath(sub)) {
            why = tr("%1: cannot create the folder").arg(folder + u'/' + sub);
            return std::nullopt;
        }
    if (request.start == ProjectStart::NodeRed
        && !importNodeRed(request, root, &manifest, &result, &why))
        return std::nullopt;
    if ((request.start == ProjectStart::OpenApi || request.start == ProjectStart::AsyncApi)
        && !importApi(request, root, &result, &why))
        return std::nullopt;
    if (!manifest.save(root + QStringLiteral("/flowsmith.yaml"), &fileError)) {
        why = fileError.toString();
        return std::nullopt;
    }
    // git keeps no empty folders: a placeholder keeps the layout in the repository.
    for (const QString &sub : projectFolders())
        if (isEmptyDir(root + u'/' + sub)
            && !writeFile(root + u'/' + sub + QStringLiteral("/.gitkeep"), {}, &why))
            return std::nullopt;

    if (request.initGit) {
        QString ignored;
        if (const auto outer = Repository::open(target.absolutePath(), &ignored)) {
            // The user chose a folder inside a repository: it stays the project's repository;
            // only the project's own ignore and attribute files are added, its config is not
            // touched without asking.
            if (!writeFile(root + QStringLiteral("/.gitignore"), Repository::defaultGitignore(),
                           &why)
                || !writeFile(root + QStringLiteral("/.gitattributes"),
                              Repository::defaultGitattributes(), &why))
                return std::nullopt;
            result.warnings.append(
                tr("%1 lies inside the git repository %2: no new repository was created; "
                   "register the merge driver there with git config merge.flowsmith.driver "
                   "\"flowsmith-cli merge-driver %O %A %B %P\"")
                    .arg(folder, outer->workDir()));
            if (request.initialCommit)
                result.warnings.append(
                    tr("no initial commit: the files are left for you to commit in %1")
                        .arg(outer->workDir()));
        } else {
            auto repository = Repository::init(root, &why);
            if (!repository
                || !repository->setConfigValue(QStringLiteral("merge.flowsmith.driver"),
                                               QStringLiteral("flowsmith-cli merge-driver %O %A "
                                                              "%B %P"),
                                               &why)
                || !repository->setConfigValue(QStringLiteral("merge.flowsmith.name"),
                                               QStringLiteral("Flowsmith semantic flow merge"),
                                               &why))
                return std::nullopt;
            if (request.initialCommit) {
                const GitIdentity fallback { QStringLiteral("Flowsmith"),
                                             QStringLiteral("flowsmith@localhost") };
                if (!repository->stageAll(&why)
                    || !repository->commit(tr("Create project %1").arg(name), &why, fallback))
                    return std::nullopt;
            }
            result.gitInitialised = true;
        }
    }
    result.files = filesBelow(root);

    // Into place. An empty target folder is replaced; if the rename fails it is put back.
    const bool existed = target.exists();
    if (existed && !QDir().rmdir(folder)) {
        why = tr("%1: cannot replace the empty folder").arg(folder);
        return std::nullopt;
    }
    if (!QDir().rename(root, folder)) {
        if (existed)
            QDir().mkdir(folder);
        why = tr("%1: cannot move the new project into place").arg(folder);
        return std::nullopt;
    }
    staging.setAutoRemove(false);
    return result;
}

} // namespace Flowsmith::NewProject
