#pragma once

#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/project.h"
#include "model/export/exportproblem.h"

#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith {

/// A flow together with the file it came from, so that export problems can name it.
struct ExportFlow
{
    QString relativePath; ///< "flows/order-sync.flow.yaml"
    Flow flow;
};

/// Everything an exporter reads, loaded once by its caller. Mappings arrive already compiled
/// to JSONata (model/mapping/mappingcompiler).
struct ExportInput
{
    ProjectManifest manifest;
    QList<ExportFlow> flows; ///< sorted by flow id
    QHash<QString, QString> mappingExpressions; ///< mapping id -> JSONata
    QHash<QString, QByteArray> schemas; ///< schema id -> the JSON Schema file's bytes
    /// mapping id -> its source and target schema ids (the API documents' payloads)
    QHash<QString, std::pair<QString, QString>> mappingSchemas;

    /// The schema `id` parsed by the one JSON reader; nullopt when it is missing or not JSON.
    std::optional<nlohmann::ordered_json> schemaJson(const QString &id) const;

    /// Loads the flows, schemas and mappings of `project`. Files that cannot be read become
    /// error problems, and so do mappings that do not compile; the rest is still loaded so
    /// that all problems show at once.
    static ExportInput fromProject(const Project &project, QList<ExportProblem> *problems);
};

} // namespace Flowsmith
