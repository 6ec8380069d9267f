#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace Flowsmith {

/// A field that both sides of a three-way merge changed differently, or a node one side
/// removed while the other changed it (then `oursRemovedNode` / `theirsRemovedNode` is set).
/// An empty `nodeId` means a property of the flow itself (name, governance.owner…). Values
/// are empty when the field did not exist on that side. The merge keeps OURS's value.
struct MergeConflict
{
    QString nodeId;
    QString field;
    std::optional<QVariant> base;
    std::optional<QVariant> ours;
    std::optional<QVariant> theirs;
    bool oursRemovedNode = false;
    bool theirsRemovedNode = false;

    /// `conflict in node erp field config.path: ours "/a" theirs "/b"`
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace Flowsmith
