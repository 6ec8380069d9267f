#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Flowsmith {

/// A system that flows talk to (CRM, ERP, WMS…). Sinks and sources name it by id so that one
/// change of its address reaches every flow.
struct SystemInfo
{
    QString id;
    QString name;
    QString kind;
    QString baseUrl;
    QString owner;
    SourcePosition position;
    YamlOrigin origin;
};

/// The project manifest, flowsmith.yaml.
class ProjectManifest
{
public:
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString id; ///< the project's id (ProjectId rules); optional, older projects have none
    QString name;
    QString description;
    QList<SystemInfo> systems;
    QVariantMap defaults;
    YamlOrigin origin;

    const SystemInfo *system(const QString &id) const;

    static std::optional<ProjectManifest> fromYaml(const QByteArray &bytes, const QString &fileName,
                                                   FileError *error);
    QByteArray toYaml() const;
    static std::optional<ProjectManifest> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const;
};

/// The kinds of file a project folder holds (design §2).
enum class ProjectFileKind {
    Manifest,
    Flow,
    Schema,
    Mapping,
    Sample,
    TestSuite,
    Capabilities,
    Generated,
    Other
};

struct ProjectFile
{
    ProjectFileKind kind = ProjectFileKind::Other;
    QString id; ///< "order-sync" for flows/order-sync.flow.yaml; file name for samples
    QString relativePath; ///< relative to the project folder, with '/'
};

/// A project folder: where its files are and what they are. Loading the files themselves is
/// left to the caller (the studio opens them one at a time, validation reads them all).
class Project
{
public:
    /// Reads flowsmith.yaml and lists the files. Fails only when the manifest is unusable.
    static std::optional<Project> open(const QString &folder, FileError *error);

    QString folder() const { return m_folder; }
    const ProjectManifest &manifest() const { return m_manifest; }
    QString absolutePath(const QString &relativePath) const;

    QList<ProjectFile> files() const { return m_files; }
    QList<ProjectFile> files(ProjectFileKind kind) const;
    std::optional<ProjectFile> file(ProjectFileKind kind, const QString &id) const;

    /// flows/<id>.flow.yaml, schemas/<id>.schema.json, mappings/<id>.map.yaml, tests/<id>.test.yaml
    static QString pathFor(ProjectFileKind kind, const QString &id);
    static ProjectFileKind kindOf(const QString &relativePath, QString *id = nullptr);

    /// Lists the files again (after the studio created or deleted one).
    void rescan();

private:
    QString m_folder;
    ProjectManifest m_manifest;
    QList<ProjectFile> m_files;
};

} // namespace Flowsmith
