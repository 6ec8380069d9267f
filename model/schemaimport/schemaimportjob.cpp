#include "model/schemaimport/schemaimportjob.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/core/modelfile.h"
#include "model/core/project.h"
#include "model/core/projectid.h"
#include "model/schemaimport/schemabundler.h"
#include "model/schemaimport/schemaimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Flowsmith {

using JsonValue = nlohmann::ordered_json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::SchemaImportJob", text);
}

const char *const KindNames[] = { "jsonschema", "openapi", "asyncapi", "sample" };

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isCsv(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");
}

bool isNdjson(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl");
}

// "orders" for orders.ndjson, "invoice" for invoice.schema.json.
QString baseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : { ".schema.json", ".schema.yaml", ".schema.yml" })
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.chopped(int(qstrlen(suffix)));
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

// A JSON Schema written without `$schema`: a schema type beside a keyword only schemas have.
// Records of data rarely hold both ("type": "Patient" is no JSON type).
bool looksLikeSchema(const JsonValue &document)
{
    static const QSet<QString> types
        = { "object", "array", "string", "number", "integer", "boolean", "null" };
    const auto type = document.find("type");
    bool typed = false;
    if (type != document.end() && type->is_string())
        typed = types.contains(QString::fromStdString(type->get<std::string>()));
    else if (type != document.end() && type->is_array() && !type->empty())
        typed = std::all_of(type->begin(), type->end(), [](const JsonValue &t) {
            return t.is_string() && types.contains(QString::fromStdString(t.get<std::string>()));
        });
    static const char *const keywords[]
        = { "properties", "items", "$defs", "definitions", "allOf", "anyOf", "oneOf", "required" };
    const bool keyword = std::any_of(std::begin(keywords), std::end(keywords),
                                     [&](const char *key) { return document.contains(key); });
    return typed && keyword;
}

bool isJsonText(const QByteArray &bytes)
{
    QByteArray head = bytes.left(256);
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    head = head.trimmed();
    return head.startsWith('{') || head.startsWith('[');
}

} // namespace

QString SchemaImportJob::kindName(Kind kind)
{
    return QString::fromLatin1(KindNames[int(kind)]);
}

std::optional<SchemaImportJob::Kind> SchemaImportJob::kindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(KindNames)); ++i)
        if (name == QLatin1String(KindNames[i]))
            return Kind(i);
    return std::nullopt;
}

QStringList SchemaImportJob::kindNames()
{
    QStringList names;
    for (const char *name : KindNames)
        names.append(QString::fromLatin1(name));
    return names;
}

std::optional<SchemaImportJob::Kind> SchemaImportJob::detect(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    if (isCsv(path) || isNdjson(path)) // .tsv too, which the importer does not know by name
        return Kind::Sample;
    const std::optional<SchemaImporter::Source> source = SchemaImporter::detect(path, error);
    if (!source)
        return std::nullopt;
    switch (*source) {
    case SchemaImporter::Source::OpenApi:
        return Kind::OpenApi;
    case SchemaImporter::Source::AsyncApi:
        return Kind::AsyncApi;
    case SchemaImporter::Source::JsonSchema:
        return Kind::JsonSchema;
    case SchemaImporter::Source::CsvSample:
    case SchemaImporter::Source::NdjsonSample:
        return Kind::Sample;
    case SchemaImporter::Source::JsonSample:
        break;
    }
    // The importer takes any other document for a sample; a schema without `$schema` is
    // still a schema, and only JSON text is a sample.
    SchemaBundler bundler(error);
    const JsonValue *document = bundler.document(path);
    if (!document)
        return std::nullopt;
    if (document->is_object() && looksLikeSchema(*document))
        return Kind::JsonSchema;
    if (isJsonText(*bytes))
        return Kind::Sample;
    // YAML that is no API document: guessing would infer a schema of its text.
    ModelFile::fail(error, ErrorCode::InvalidValue, path, { 1, 1 },
                    tr("cannot tell what the file holds: it has no 'openapi:', 'asyncapi:' or "
                       "'$schema' key and is not a JSON, NDJSON or CSV sample; name the kind "
                       "(%1)")
                        .arg(kindNames().join(QLatin1String(", "))));
    return std::nullopt;
}

SchemaImportJob::SchemaImportJob(const QString &projectFolder)
    : m_folder(projectFolder)
{ }

bool SchemaImportJob::open(const QString &path, Kind kind, FileError *error)
{
    m_path = path;
    m_kind = kind;
    m_components.clear();
    m_schemas.clear();
    std::optional<JsonValue> single;
    switch (kind) {
    case Kind::OpenApi: {
        auto names = SchemaImporter::openApiComponents(path, error);
        if (!names)
            return false;
        m_components = *names;
        break;
    }
    case Kind::AsyncApi: {
        auto messages = SchemaImporter::fromAsyncApi(path, error);
        if (!messages)
            return false;
        for (ImportedSchema &message : *messages) {
            m_components.append(message.name);
            m_schemas.insert(message.name, std::move(message.schema));
        }
        break;
    }
    case Kind::JsonSchema:
        single = SchemaImporter::fromJsonSchema(path, error);
        break;
    case Kind::Sample:
        single = isCsv(path) ? SchemaImporter::fromCsvSample(path, error)
            : isNdjson(path) ? SchemaImporter::fromNdjsonSample(path, error)
                             : SchemaImporter::fromJsonSample(path, error);
        break;
    }
    if (!hasComponents()) {
        if (!single)
            return false;
        const QString name = baseName(path);
        m_components = { name };
        m_schemas.insert(name, std::move(*single));
    }
    if (m_components.isEmpty())
        return ModelFile::fail(error, ErrorCode::MissingKey, path, { 1, 1 },
                               kind == Kind::AsyncApi
                                   ? tr("the document defines no message with a payload")
                                   : tr("components.schemas is empty"));
    return true;
}

const JsonValue *SchemaImportJob::schema(const QString &component, FileError *error)
{
    if (const auto it = m_schemas.constFind(component); it != m_schemas.cend())
        return &*it;
    if (!m_components.contains(component)) {
        ModelFile::fail(error, ErrorCode::MissingKey, m_path, { 1, 1 },
                        tr("the file has no component '%1'; it has: %2")
                            .arg(component, m_components.join(QLatin1String(", "))));
        return nullptr;
    }
    // Only OpenAPI components are built on demand; the rest were built by open().
    auto built = SchemaImporter::fromOpenApi(m_path, component, error);
    if (!built)
        return nullptr;
    return &*m_schemas.insert(component, std::move(*built));
}

std::optional<Schema> SchemaImportJob::preview(const QString &component, FileError *error)
{
    const JsonValue *json = schema(component, error);
    if (!json)
        return std::nullopt;
    return Schema::fromJson(Json::toText(*json), m_path, error);
}

QString SchemaImportJob::defaultId(const QString &component) const
{
    QString id = ProjectId::fromName(component);
    if (id.isEmpty())
        id = ProjectId::fromName(baseName(m_path));
    return id.isEmpty() ? QStringLiteral("schema") : id;
}

QList<SchemaImportJob::Entry> SchemaImportJob::defaultEntries(const QStringList &components) const
{
    QList<Entry> entries;
    QSet<QString> taken;
    for (const QString &component : components) {
        const QString base = defaultId(component);
        QString id = base;
        for (int n = 2; taken.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        taken.insert(id);
        entries.append({ component, id });
    }
    return entries;
}

QString SchemaImportJob::relativePath(const QString &id)
{
    return Project::pathFor(ProjectFileKind::Schema, id);
}

QString SchemaImportJob::absolutePath(const QString &id) const
{
    return QDir(m_folder).filePath(relativePath(id));
}

bool SchemaImportJob::exists(const QString &id) const
{
    return !id.isEmpty() && QFileInfo::exists(absolutePath(id));
}

bool SchemaImportJob::write(const QList<Entry> &entries, bool replace, QStringList *written,
                            FileError *error)
{
    if (entries.isEmpty())
        return ModelFile::fail(error, ErrorCode::MissingKey, m_path, {},
                               tr("nothing to import: no component was chosen"));
    QSet<QString> ids;
    for (const Entry &entry : entries) {
        QString why;
        if (!ProjectId::isValid(entry.id, &why))
            return ModelFile::fail(error, ErrorCode::InvalidValue, relativePath(entry.id), {}, why);
        if (ids.contains(entry.id))
            return ModelFile::fail(error, ErrorCode::InvalidValue, relativePath(entry.id), {},
                                   tr("two of the chosen components would both be written as "
                                      "'%1'; give one another id")
                                       .arg(entry.id));
        ids.insert(entry.id);
        if (!replace && exists(entry.id))
            return ModelFile::fail(error, ErrorCode::CannotWrite, absolutePath(entry.id), {},
                                   tr("the schema '%1' already exists and is replaced only when "
                                      "asked to")
                                       .arg(entry.id));
    }
    // Everything is built and read back before the first file is written.
    QList<QByteArray> texts;
    for (const Entry &entry : entries) {
        const JsonValue *json = schema(entry.component, error);
        if (!json)
            return false;
        QByteArray text = Json::toText(*json);
        if (!Schema::fromJson(text, m_path, error))
            return false;
        texts.append(std::move(text));
    }
    const QString folder = QDir(m_folder).filePath(QStringLiteral("schemas"));
    if (!QDir().mkpath(folder))
        return ModelFile::fail(error, ErrorCode::CannotWrite, folder, {},
                               tr("cannot create the folder"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!ModelFile::write(absolutePath(entries.at(i).id), texts.at(i), error))
            return false;
        if (written)
            written->append(relativePath(entries.at(i).id));
    }
    return true;
}

} // namespace Flowsmith
