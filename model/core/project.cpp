#include "model/core/project.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Project", text);
}

const QString ManifestName = QStringLiteral("flowsmith.yaml");

// A project is a folder of hand-sized files; stop listing a runaway tree (a node_modules
// committed by mistake) rather than freeze the studio.
constexpr int MaxListedFiles = 20000;

bool matchId(const QString &path, const QString &folder, const QString &suffix, QString *id)
{
    if (!path.startsWith(folder) || !path.endsWith(suffix))
        return false;
    const QString middle = path.mid(folder.size(), path.size() - folder.size() - suffix.size());
    if (middle.isEmpty() || middle.contains(u'/'))
        return false;
    if (id)
        *id = middle;
    return true;
}

} // namespace

std::optional<Project> Project::open(const QString &folder, FileError *error)
{
    QFileInfo info(folder);
    // The studio and the CLI accept the manifest itself as well as its folder.
    if (info.isFile() && info.fileName() == ManifestName)
        info = QFileInfo(info.absolutePath());
    if (!info.exists()) {
        ModelFile::fail(error, ErrorCode::CannotRead, folder, {}, tr("no such folder"));
        return std::nullopt;
    }
    if (!info.isDir()) {
        ModelFile::fail(error, ErrorCode::CannotRead, folder, {},
                        tr("not a folder; a project is a folder with a flowsmith.yaml"));
        return std::nullopt;
    }
    const QDir dir(info.absoluteFilePath());
    if (!info.isReadable() || !info.isExecutable()) {
        ModelFile::fail(error, ErrorCode::CannotRead, folder, {},
                        tr("cannot read the folder (permission denied)"));
        return std::nullopt;
    }
    const QString manifestPath = dir.filePath(ManifestName);
    if (!QFileInfo::exists(manifestPath)) {
        ModelFile::fail(error, ErrorCode::CannotRead, manifestPath, {},
                        tr("not a Flowsmith project: no flowsmith.yaml"));
        return std::nullopt;
    }
    const auto manifest = ProjectManifest::load(manifestPath, error);
    if (!manifest)
        return std::nullopt;
    Project project;
    project.m_folder = dir.absolutePath();
    project.m_manifest = *manifest;
    project.rescan();
    return project;
}

QString Project::absolutePath(const QString &relativePath) const
{
    return QDir(m_folder).filePath(relativePath);
}

QList<ProjectFile> Project::files(ProjectFileKind kind) const
{
    QList<ProjectFile> result;
    for (const ProjectFile &f : m_files)
        if (f.kind == kind)
            result.append(f);
    return result;
}

std::optional<ProjectFile> Project::file(ProjectFileKind kind, const QString &id) const
{
    for (const ProjectFile &f : m_files)
        if (f.kind == kind && f.id == id)
            return f;
    return std::nullopt;
}

QString Project::pathFor(ProjectFileKind kind, const QString &id)
{
    switch (kind) {
    case ProjectFileKind::Manifest:
        return ManifestName;
    case ProjectFileKind::Flow:
        return QStringLiteral("flows/%1.flow.yaml").arg(id);
    case ProjectFileKind::Schema:
        return QStringLiteral("schemas/%1.schema.json").arg(id);
    case ProjectFileKind::Mapping:
        return QStringLiteral("mappings/%1.map.yaml").arg(id);
    case ProjectFileKind::Sample:
        return QStringLiteral("samples/%1").arg(id);
    case ProjectFileKind::TestSuite:
        return QStringLiteral("tests/%1.test.yaml").arg(id);
    case ProjectFileKind::Capabilities:
        return QStringLiteral("capabilities.yaml");
    case ProjectFileKind::Generated:
        return QStringLiteral("dist/%1").arg(id);
    case ProjectFileKind::Other:
        return id;
    }
    return id;
}

ProjectFileKind Project::kindOf(const QString &relativePath, QString *id)
{
    const QString path = QDir::fromNativeSeparators(relativePath);
    if (id)
        *id = QString();
    if (path == ManifestName)
        return ProjectFileKind::Manifest;
    if (path == QLatin1String("capabilities.yaml"))
        return ProjectFileKind::Capabilities;
    if (matchId(path, QStringLiteral("flows/"), QStringLiteral(".flow.yaml"), id))
        return ProjectFileKind::Flow;
    if (matchId(path, QStringLiteral("schemas/"), QStringLiteral(".schema.json"), id))
        return ProjectFileKind::Schema;
    if (matchId(path, QStringLiteral("mappings/"), QStringLiteral(".map.yaml"), id))
        return ProjectFileKind::Mapping;
    if (matchId(path, QStringLiteral("tests/"), QStringLiteral(".test.yaml"), id))
        return ProjectFileKind::TestSuite;
    if (path.startsWith(QLatin1String("samples/"))) {
        const QString name = path.mid(8);
        if (!name.contains(u'/')
            && (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".ndjson"))
                || name.endsWith(QLatin1String(".csv")))) {
            if (id)
                *id = name;
            return ProjectFileKind::Sample;
        }
    }
    if (path.startsWith(QLatin1String("dist/"))) {
        if (id)
            *id = path.mid(5);
        return ProjectFileKind::Generated;
    }
    if (id)
        *id = path;
    return ProjectFileKind::Other;
}

void Project::rescan()
{
    m_files.clear();
    const QDir root(m_folder);
    // Hidden entries (.git, editor backups) are not part of the project.
    QDirIterator it(m_folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && m_files.size() < MaxListedFiles) {
        const QString relative = root.relativeFilePath(it.next());
        ProjectFile file;
        file.relativePath = relative;
        file.kind = kindOf(relative, &file.id);
        m_files.append(file);
    }
    std::sort(m_files.begin(), m_files.end(), [](const ProjectFile &a, const ProjectFile &b) {
        return a.relativePath < b.relativePath;
    });
}

} // namespace Flowsmith
