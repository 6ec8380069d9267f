#pragma once

#include "model/core/fileerror.h"
#include "model/schemaimport/importedschema.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith {

class SchemaBundler;

/// Turns the schema sources an analyst has into the JSON Schema files the project keeps in
/// schemas/: JSON Schema files, OpenAPI and AsyncAPI documents, and sample data (JSON,
/// NDJSON, CSV) from which a schema is inferred. Every result stands alone: references to
/// other files or other parts of an API document are copied into its `$defs`. On failure
/// the functions return nothing and fill `error` with the file, line and column.
class SchemaImporter
{
public:
    /// What a file holds, judged from its name and first keys.
    enum class Source { JsonSchema, OpenApi, AsyncApi, JsonSample, NdjsonSample, CsvSample };

    static std::optional<Source> detect(const QString &path, FileError *error);

    /// A JSON Schema file (draft-07, 2019-09, 2020-12) with its relative-file references
    /// bundled into `$defs` (`definitions` for draft-07 and older); its own references,
    /// allOf/oneOf/anyOf, enums, formats and descriptions are kept as written.
    static std::optional<nlohmann::ordered_json> fromJsonSchema(const QString &path,
                                                                FileError *error);

    /// Every schema in an OpenAPI 3.0/3.1 document's `components.schemas` (YAML or JSON), in
    /// document order. OpenAPI 3.0's dialect is converted: `nullable` becomes a "null" type,
    /// boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers, `example` becomes
    /// `examples`.
    static std::optional<QList<ImportedSchema>> fromOpenApi(const QString &path, FileError *error);
    /// The names of an OpenAPI document's `components.schemas`, in document order, without
    /// bundling them (a broken component does not hide the others).
    static std::optional<QStringList> openApiComponents(const QString &path, FileError *error);
    /// The one component named `component`.
    static std::optional<nlohmann::ordered_json>
    fromOpenApi(const QString &path, const QString &component, FileError *error);

    /// The payload schema of every message of an AsyncAPI 3 document: those in
    /// `components.messages` and those defined inline in `channels.*.messages`; a channel's
    /// message that references a component message is that message, listed once.
    static std::optional<QList<ImportedSchema>> fromAsyncApi(const QString &path, FileError *error);

    /// Inferred from a JSON sample: one record (an object) or an array of records.
    static std::optional<nlohmann::ordered_json> fromJsonSample(const QString &path,
                                                                FileError *error);
    static std::optional<nlohmann::ordered_json>
    inferFromJson(const QByteArray &bytes, const QString &fileName, FileError *error);

    /// Inferred from NDJSON: one JSON record per line, blank lines skipped.
    static std::optional<nlohmann::ordered_json> fromNdjsonSample(const QString &path,
                                                                  FileError *error);
    static std::optional<nlohmann::ordered_json>
    inferFromNdjson(const QByteArray &bytes, const QString &fileName, FileError *error);

    /// Inferred from CSV: the header names the properties, the cells give their types.
    static std::optional<nlohmann::ordered_json> fromCsvSample(const QString &path,
                                                               FileError *error);
    static std::optional<nlohmann::ordered_json>
    inferFromCsv(const QByteArray &bytes, const QString &fileName, FileError *error);

    /// Writes an imported schema as the project writes JSON, atomically.
    static bool save(const nlohmann::ordered_json &schema, const QString &path, FileError *error);

private:
    static const nlohmann::ordered_json *openApiSchemas(SchemaBundler &bundler, const QString &path,
                                                        std::string *version, FileError *error);
    static std::optional<QList<ImportedSchema>>
    importOpenApi(const QString &path, const QString *only, FileError *error);
};

} // namespace Flowsmith
