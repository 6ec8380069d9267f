#pragma once

#include "model/core/fileerror.h"
#include "model/core/schema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith {

/// One import of a schema source into a project's schemas/ folder, the steps that
/// `flowsmith-cli import-schema`, the studio's Import Schema dialog and the mapper's "Infer
/// Schema from Sample" share: tell what the file holds, list its components, build each one
/// as a self-contained JSON Schema, suggest ids and write the files.
///
/// A JSON Schema file or a sample has one component, named after the file; an OpenAPI
/// document has one per `components.schemas` entry, an AsyncAPI document one per message
/// payload. Components are built when first asked for, so that a broken one does not hide the
/// others. Writing is final: files are written atomically, one after the other, and only
/// after every schema of the import was built and every target was checked.
class SchemaImportJob
{
public:
    enum class Kind { JsonSchema, OpenApi, AsyncApi, Sample };

    /// One schema to write: which component, under which id.
    struct Entry
    {
        QString component;
        QString id;
    };

    /// "jsonschema", "openapi", "asyncapi", "sample": the names the CLI takes.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList kindNames();

    /// What a file holds: CSV and NDJSON (by extension) are samples; a document with an
    /// `openapi` or `asyncapi` key is OpenAPI or AsyncAPI; one with `$schema`, or a JSON
    /// Schema `type` beside schema keywords, is a JSON Schema; other JSON is a sample.
    static std::optional<Kind> detect(const QString &path, FileError *error);

    explicit SchemaImportJob(const QString &projectFolder);

    /// Reads `path` as `kind` and lists its components. Fails, naming the file and the
    /// place, when the file cannot be read as that kind.
    bool open(const QString &path, Kind kind, FileError *error);

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    /// OpenAPI and AsyncAPI files: the user picks components; other files have exactly one.
    bool hasComponents() const { return m_kind == Kind::OpenApi || m_kind == Kind::AsyncApi; }
    QStringList components() const { return m_components; }

    /// The component as it will be written (bundled, self-contained), or null with `error`.
    const nlohmann::ordered_json *schema(const QString &component, FileError *error);
    /// The component read back as the project will read it: its field tree.
    std::optional<Schema> preview(const QString &component, FileError *error);

    /// The id a component suggests (ProjectId::fromName of its name, else of the file name).
    QString defaultId(const QString &component) const;
    /// Default ids for `components`, made distinct from each other with "-2", "-3"….
    QList<Entry> defaultEntries(const QStringList &components) const;

    static QString relativePath(const QString &id);
    QString absolutePath(const QString &id) const;
    bool exists(const QString &id) const;

    /// Writes every entry's schema to schemas/<id>.schema.json. Refuses (writing nothing) an
    /// invalid or repeated id, an existing file unless `replace`, and a component that does
    /// not build. `written` gets the project-relative paths.
    bool write(const QList<Entry> &entries, bool replace, QStringList *written, FileError *error);

private:
    QString m_folder;
    QString m_path;
    Kind m_kind = Kind::JsonSchema;
    QStringList m_components;
    QHash<QString, nlohmann::ordered_json> m_schemas; ///< built components by name
};

} // namespace Flowsmith
