#pragma once

#include "model/core/project.h"
#include "model/vcs/flowchange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// One file a commit changed against its first parent. For flows the change is also told by
/// meaning (FlowDiff of the two blobs), for mappings rule by rule.
struct CommitFileChange
{
    enum Status { Added, Modified, Deleted, Renamed };

    Status status = Modified;
    QString path;
    QString oldPath; ///< Renamed only
    ProjectFileKind kind = ProjectFileKind::Other;
    QString id; ///< flow or mapping id
    QList<FlowChange> flowChanges;
    QStringList mappingChanges; ///< one line per rule added, removed or changed
    QString error; ///< set when a version could not be read, so no meaning is known

    /// "M flows/order-sync.flow.yaml" followed by one indented line per semantic change.
    QStringList describe() const;
};

/// A commit as the history view shows it.
struct CommitInfo
{
    QString id; ///< 40 hex digits
    QString shortId; ///< 7
    QString author;
    QString email;
    QDateTime date;
    QString summary; ///< the first line of the message
    QString message;
    QStringList parents;
    QList<CommitFileChange> files;
};

} // namespace Flowsmith
