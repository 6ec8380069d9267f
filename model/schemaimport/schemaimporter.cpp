#include "model/schemaimport/schemaimporter.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/core/modelfile.h"
#include "model/data/csvreader.h"
#include "model/data/jsonpointer.h"
#include "model/schemaimport/schemabundler.h"
#include "model/schemaimport/schemainference.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Flowsmith {

using JsonValue = nlohmann::ordered_json;

namespace {

const char *const Draft2020 = "https://json-schema.org/draft/2020-12/schema";

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::SchemaImporter", text);
}

// Calls `visit` on `schema` and on every subschema reachable through JSON Schema keywords
// (not through data such as examples, whose objects only look like schemas).
template<typename Visit> void forEachSchema(JsonValue &schema, const Visit &visit, int depth = 0)
{
    if (!schema.is_object() || depth > Json::MaxDepth)
        return;
    visit(schema);
    for (const char *key :
         { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" }) {
        const auto map = schema.find(key);
        if (map != schema.end() && map->is_object())
            for (auto &item : map->items())
                forEachSchema(item.value(), visit, depth + 1);
    }
    for (const char *key : { "allOf", "anyOf", "oneOf", "prefixItems", "items" }) {
        const auto list = schema.find(key);
        if (list != schema.end() && list->is_array())
            for (JsonValue &item : *list)
                forEachSchema(item, visit, depth + 1);
    }
    for (const char *key :
         { "items", "additionalProperties", "not", "contains", "if", "then", "else",
           "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems" }) {
        const auto sub = schema.find(key);
        if (sub != schema.end() && sub->is_object())
            forEachSchema(*sub, visit, depth + 1);
    }
}

// OpenAPI 3.0's schema object is a dialect of draft-05; 3.1's is JSON Schema 2020-12.
void convertOpenApi30(JsonValue &schema)
{
    forEachSchema(schema, [](JsonValue &s) {
        if (const auto nullable = s.find("nullable"); nullable != s.end()) {
            const bool isNullable = nullable->is_boolean() && nullable->get<bool>();
            s.erase("nullable");
            if (isNullable) {
                if (const auto type = s.find("type"); type != s.end() && type->is_string()) {
                    *type = JsonValue::array({ type->get<std::string>(), "null" });
                }
                if (const auto values = s.find("enum"); values != s.end() && values->is_array()
                    && std::find(values->begin(), values->end(), nullptr) == values->end())
                    values->push_back(nullptr);
            }
        }
        for (const auto &[flag, bound] : { std::pair { "exclusiveMinimum", "minimum" },
                                           std::pair { "exclusiveMaximum", "maximum" } }) {
            const auto exclusive = s.find(flag);
            if (exclusive == s.end() || !exclusive->is_boolean())
                continue;
            const bool on = exclusive->get<bool>();
            s.erase(flag);
            if (on && s.contains(bound)) {
                s[flag] = s[bound];
                s.erase(bound);
            }
        }
        if (const auto example = s.find("example"); example != s.end() && !s.contains("examples")) {
            JsonValue examples = JsonValue::array({ *example });
            s.erase("example");
            s["examples"] = std::move(examples);
        }
    });
}

// `$schema` first and a title, as a file in schemas/ opens.
JsonValue withHeader(const JsonValue &schema, const std::string &title)
{
    JsonValue result = JsonValue::object();
    result["$schema"] = Draft2020;
    if (!schema.is_object())
        return schema;
    if (!schema.contains("title") && !title.empty())
        result["title"] = title;
    for (const auto &item : schema.items())
        if (item.key() != "$schema")
            result[item.key()] = item.value();
    return result;
}

std::string versionOf(const JsonValue &document, const char *key)
{
    const auto it = document.find(key);
    return it != document.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool failMissing(FileError *error, const QString &path, const QString &message)
{
    return ModelFile::fail(error, ErrorCode::MissingKey, path, { 1, 1 }, message);
}

} // namespace

std::optional<SchemaImporter::Source> SchemaImporter::detect(const QString &path, FileError *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Source::CsvSample;
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        return Source::NdjsonSample;
    SchemaBundler bundler(error);
    const JsonValue *document = bundler.document(path);
    if (!document)
        return std::nullopt;
    if (document->is_object()) {
        if (document->contains("openapi"))
            return Source::OpenApi;
        if (document->contains("asyncapi"))
            return Source::AsyncApi;
        if (document->contains("$schema"))
            return Source::JsonSchema;
    }
    return Source::JsonSample;
}

std::optional<JsonValue> SchemaImporter::fromJsonSchema(const QString &path, FileError *error)
{
    SchemaBundler bundler(error);
    const JsonValue *document = bundler.document(path);
    if (!document)
        return std::nullopt;
    if (!document->is_object()) {
        ModelFile::fail(error, ErrorCode::WrongType, path, { 1, 1 },
                        tr("a JSON Schema must be an object"));
        return std::nullopt;
    }
    // Drafts before 2019-09 name the place for shared schemas `definitions`.
    const std::string dialect = versionOf(*document, "$schema");
    const bool oldDraft = dialect.find("draft-0") != std::string::npos
        || (document->contains("definitions") && !document->contains("$defs"));
    return bundler.bundle(path, {}, SchemaBundler::Refs::KeepLocal,
                          oldDraft ? "definitions" : "$defs");
}

std::optional<QList<ImportedSchema>> SchemaImporter::fromOpenApi(const QString &path,
                                                                 FileError *error)
{
    return importOpenApi(path, nullptr, error);
}

std::optional<JsonValue> SchemaImporter::fromOpenApi(const QString &path, const QString &component,
                                                     FileError *error)
{
    auto one = importOpenApi(path, &component, error);
    if (!one)
        return std::nullopt;
    return std::move(one->first().schema);
}

// The document's `components.schemas`, once it is known to be OpenAPI 3.
const JsonValue *SchemaImporter::openApiSchemas(SchemaBundler &bundler, const QString &path,
                                                std::string *version, FileError *error)
{
    const JsonValue *document = bundler.document(path);
    if (!document)
        return nullptr;
    *version = document->is_object() ? versionOf(*document, "openapi") : "";
    if (version->rfind("3.", 0) != 0) {
        ModelFile::fail(error, ErrorCode::InvalidValue, path, { 1, 1 },
                        tr("not an OpenAPI 3 document: 'openapi: 3.x' is missing"));
        return nullptr;
    }
    const JsonValue::json_pointer pointer("/components/schemas");
    if (!document->contains(pointer) || !document->at(pointer).is_object()) {
        failMissing(error, path, tr("the document has no components.schemas"));
        return nullptr;
    }
    return &document->at(pointer);
}

std::optional<QStringList> SchemaImporter::openApiComponents(const QString &path, FileError *error)
{
    SchemaBundler bundler(error);
    std::string version;
    const JsonValue *schemas = openApiSchemas(bundler, path, &version, error);
    if (!schemas)
        return std::nullopt;
    QStringList names;
    for (const auto &item : schemas->items())
        names.append(QString::fromStdString(item.key()));
    return names;
}

// Bundles only what is asked for, so that a broken component elsewhere in the document does
// not stop the import of the one named.
std::optional<QList<ImportedSchema>>
SchemaImporter::importOpenApi(const QString &path, const QString *only, FileError *error)
{
    SchemaBundler bundler(error);
    std::string version;
    const JsonValue *schemas = openApiSchemas(bundler, path, &version, error);
    if (!schemas)
        return std::nullopt;
    std::vector<std::string> names;
    for (const auto &item : schemas->items())
        if (!only || item.key() == only->toStdString())
            names.push_back(item.key());
    if (names.empty()) {
        failMissing(
            error, path,
            tr("components.schemas has no schema named '%1'").arg(only ? *only : QString()));
        return std::nullopt;
    }
    QList<ImportedSchema> result;
    for (const std::string &name : names) {
        auto schema = bundler.bundle(path, "/components/schemas/" + JsonPointer::escape(name),
                                     SchemaBundler::Refs::BundleAll);
        if (!schema)
            return std::nullopt;
        if (version.rfind("3.0", 0) == 0)
            convertOpenApi30(*schema);
        result.append({ QString::fromStdString(name), withHeader(*schema, name) });
    }
    return result;
}

std::optional<QList<ImportedSchema>> SchemaImporter::fromAsyncApi(const QString &path,
                                                                  FileError *error)
{
    SchemaBundler bundler(error);
    const JsonValue *document = bundler.document(path);
    if (!document)
        return std::nullopt;
    const std::string version = document->is_object() ? versionOf(*document, "asyncapi") : "";
    if (version.rfind("3.", 0) != 0) {
        ModelFile::fail(error, ErrorCode::InvalidValue, path, { 1, 1 },
                        tr("not an AsyncAPI 3 document: 'asyncapi: 3.x' is missing"));
        return std::nullopt;
    }
    // (name, pointer of the message) in document order, components first.
    std::vector<std::pair<std::string, std::string>> messages;
    const JsonValue::json_pointer components("/components/messages");
    if (document->contains(components) && document->at(components).is_object())
        for (const auto &item : document->at(components).items())
            messages.emplace_back(item.key(),
                                  "/components/messages/" + JsonPointer::escape(item.key()));
    if (const auto channels = document->find("channels");
        channels != document->end() && channels->is_object())
        for (const auto &channel : channels->items()) {
            const auto list = channel.value().find("messages");
            if (!channel.value().is_object() || list == channel.value().end() || !list->is_object())
                continue;
            for (const auto &message : list->items())
                messages.emplace_back(message.key(),
                                      "/channels/" + JsonPointer::escape(channel.key())
                                          + "/messages/" + JsonPointer::escape(message.key()));
        }

    QList<ImportedSchema> result;
    std::set<std::string> seen;
    for (const auto &[name, pointer] : messages) {
        const auto location = bundler.follow(path, pointer);
        if (!location)
            return std::nullopt;
        if (!seen.insert(location->path.toStdString() + '#' + location->pointer).second)
            continue;
        const JsonValue *file = bundler.document(location->path);
        const JsonValue &message = file->at(JsonValue::json_pointer(location->pointer));
        if (!message.is_object() || !message.contains("payload"))
            continue;
        std::string payload = location->pointer + "/payload";
        // A multi-format schema object wraps the schema.
        const JsonValue &p = message.at("payload");
        if (p.is_object() && p.contains("schemaFormat") && p.contains("schema"))
            payload += "/schema";
        auto schema = bundler.bundle(location->path, payload, SchemaBundler::Refs::BundleAll);
        if (!schema)
            return std::nullopt;
        // A component message's key names it; an inline channel message has only its key.
        std::string messageName = name;
        const std::string prefix = "/components/messages/";
        if (location->pointer.rfind(prefix, 0) == 0)
            messageName = location->pointer.substr(prefix.size());
        result.append({ QString::fromStdString(messageName), withHeader(*schema, messageName) });
    }
    return result;
}

std::optional<JsonValue> SchemaImporter::fromJsonSample(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return inferFromJson(*bytes, path, error);
}

std::optional<JsonValue> SchemaImporter::inferFromJson(const QByteArray &bytes,
                                                       const QString &fileName, FileError *error)
{
    const auto value = Json::parse(bytes, fileName, error);
    if (!value)
        return std::nullopt;
    SchemaInference inference;
    if (value->is_array())
        for (const JsonValue &record : *value)
            inference.add(record);
    else
        inference.add(*value);
    return inference.schema();
}

std::optional<JsonValue> SchemaImporter::fromNdjsonSample(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return inferFromNdjson(*bytes, path, error);
}

std::optional<JsonValue> SchemaImporter::inferFromNdjson(const QByteArray &bytes,
                                                         const QString &fileName, FileError *error)
{
    if (bytes.size() > ModelFile::MaxFileSize) {
        ModelFile::fail(
            error, ErrorCode::FileTooLarge, fileName, {},
            tr("file is larger than %1 MiB").arg(ModelFile::MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    SchemaInference inference;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        FileError lineError;
        const auto record = Json::parse(lines.at(i), fileName, &lineError, { int(i) + 1 });
        if (!record) {
            if (error)
                *error = lineError;
            return std::nullopt;
        }
        inference.add(*record);
    }
    if (inference.recordCount() == 0) {
        failMissing(error, fileName, tr("the file holds no records"));
        return std::nullopt;
    }
    return inference.schema();
}

std::optional<JsonValue> SchemaImporter::fromCsvSample(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return inferFromCsv(*bytes, path, error);
}

std::optional<JsonValue> SchemaImporter::inferFromCsv(const QByteArray &bytes,
                                                      const QString &fileName, FileError *error)
{
    const auto table = CsvReader::read(bytes, fileName, error);
    if (!table)
        return std::nullopt;
    return SchemaInference::fromTable(table->header, table->rows);
}

bool SchemaImporter::save(const JsonValue &schema, const QString &path, FileError *error)
{
    return ModelFile::write(path, Json::toText(schema), error);
}

} // namespace Flowsmith
