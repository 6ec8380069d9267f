#pragma once

#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/project.h"
#include "model/export/exportproblem.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Flowsmith {

/// A flow together with the file it came from, so that export problems can name it.
struct ExportFlow
{
    QString relativePath; ///< "flows/order-sync.flow.yaml"
    Flow flow;
};

/// Everything an exporter reads, loaded once by its caller. Mappings arrive already compiled
/// to JSONata: the compiler lives in the simulator, which the model must not depend on, so the
/// caller (CLI, studio) passes it in through `MappingCompiler`.
struct ExportInput
{
    /// Compiles a mapping to one JSONata expression; returns an empty string and fills
    /// `error` when it cannot.
    using MappingCompiler
        = std::function<QString(const Mapping &mapping, const QString &fileName, FileError *error)>;

    ProjectManifest manifest;
    QList<ExportFlow> flows; ///< sorted by flow id
    QHash<QString, QString> mappingExpressions; ///< mapping id -> JSONata
    QHash<QString, QByteArray> schemas; ///< schema id -> the JSON Schema file's bytes
    /// mapping id -> its source and target schema ids (the API documents' payloads)
    QHash<QString, std::pair<QString, QString>> mappingSchemas;

    /// Loads the flows, schemas and mappings of `project`. Files that cannot be read become
    /// error problems; the rest is still loaded so that all problems show at once.
    static ExportInput fromProject(const Project &project, const MappingCompiler &compile,
                                   QList<ExportProblem> *problems);
};

} // namespace Flowsmith
