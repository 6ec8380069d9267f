#pragma once

#include "model/core/project.h"
#include "model/project/projectfilescommand.h"

#include <QString>

namespace Flowsmith {

/// Builds the project-level edits of the explorer: new items, rename with every reference,
/// duplicate and delete. Each returns a ProjectFilesCommand that has not been applied yet
/// (push it with ProjectFilesCommand::push), or null with `error` saying why in words for the
/// user: an invalid id (ProjectId::isValid), an id already used, an item that does not exist,
/// a sample that does not parse (file, line and column), a referring file that cannot be read.
/// Every file it would write is first read back through the model's own reader, so a command
/// never writes a file the project cannot open.
class ProjectItems
{
public:
    /// flows/<id>.flow.yaml with no nodes.
    static ProjectFilesCommand *newFlow(const Project &project, const QString &id,
                                        const QString &name, QString *error);
    /// mappings/<id>.map.yaml from schema `source` to schema `target` (both must exist), no
    /// rules yet.
    static ProjectFilesCommand *newMapping(const Project &project, const QString &id,
                                           const QString &name, const QString &source,
                                           const QString &target, QString *error);
    /// tests/<flowId>.test.yaml for an existing flow, no cases yet.
    static ProjectFilesCommand *newTestSuite(const Project &project, const QString &flowId,
                                             QString *error);
    /// schemas/<id>.schema.json: an object with no properties yet.
    static ProjectFilesCommand *newSchema(const Project &project, const QString &id,
                                          const QString &title, QString *error);
    /// Copies `sourceFile` into samples/ as `fileName` (empty: the source's file name). JSON
    /// (.json), NDJSON (.ndjson, .jsonl) or CSV (.csv), parsed on the way.
    static ProjectFilesCommand *addSample(const Project &project, const QString &sourceFile,
                                          const QString &fileName, QString *error);

    /// Renames the item's file and rewrites every reference to it (ProjectReferences). A flow's
    /// test suite tests/<old>.test.yaml, when there is one, moves along with it.
    static ProjectFilesCommand *rename(const Project &project, ProjectFileKind kind,
                                       const QString &id, const QString &newId, QString *error);
    /// A copy of the item under `newId` (its id inside changed, nothing refers to it yet).
    static ProjectFilesCommand *duplicate(const Project &project, ProjectFileKind kind,
                                          const QString &id, const QString &newId, QString *error);
    /// Removes the item's file. References stay as they are: the caller shows
    /// ProjectReferences::find() first and lets the user cancel.
    static ProjectFilesCommand *remove(const Project &project, ProjectFileKind kind,
                                       const QString &id, QString *error);

    /// Whether the explorer offers rename, duplicate and delete for files of `kind`.
    static bool isEditableKind(ProjectFileKind kind);
    /// "flow", "mapping"… translated, for messages and menu entries.
    static QString kindName(ProjectFileKind kind);
};

} // namespace Flowsmith
