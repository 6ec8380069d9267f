#pragma once

#include "model/core/fileerror.h"
#include "model/core/project.h"
#include "model/project/projectfilescommand.h"

#include <QList>
#include <QString>

namespace Flowsmith {

/// One place in the project that names an item by its id.
struct ProjectReference
{
    QString relativePath; ///< the file that refers to the item
    SourcePosition position; ///< where in it, when known
    QString what; ///< translated: "node “Validate order” (validate)", "source schema"…
};

/// Who refers to whom in a project (design §2): a flow's `transform.map` nodes name mappings,
/// its `quality.validate` nodes (any node field of schema type) schemas; mappings name their
/// source and target schemas; test suites name their flow and the samples their cases read;
/// capabilities.yaml names flows. Files are read from disk as they are now.
class ProjectReferences
{
public:
    /// Every place that refers to item `id` of `kind`. A file that cannot be read is listed too
    /// (with its error as `what`): it may refer to the item, nobody can tell.
    static QList<ProjectReference> find(const Project &project, ProjectFileKind kind,
                                        const QString &id);

    /// The files that must change when item `oldId` of `kind` is renamed to `newId`, with their
    /// bytes before and after; only references change, everything else is kept. Fails (empty
    /// list, `error` naming the file and place) when a file that may refer to it cannot be read.
    static bool rewrite(const Project &project, ProjectFileKind kind, const QString &oldId,
                        const QString &newId, QList<ProjectFileChange> *changes, FileError *error);
};

} // namespace Flowsmith
