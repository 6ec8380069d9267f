#include "model/vcs/mergeconflict.h"

#include "model/vcs/flowfields.h"

#include <QJsonValue>

namespace Flowsmith {

namespace {

QString side(const std::optional<QVariant> &value, bool removed)
{
    if (removed)
        return QStringLiteral("(node removed)");
    return value ? Vcs::formatValue(*value) : QStringLiteral("(none)");
}

QJsonValue jsonSide(const std::optional<QVariant> &value)
{
    return value ? QJsonValue::fromVariant(*value) : QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString MergeConflict::toText() const
{
    // A stable line format that scripts and the merge dialog parse, so not translated.
    const QString where
        = nodeId.isEmpty() ? QStringLiteral("flow") : QStringLiteral("node %1").arg(nodeId);
    return QStringLiteral("conflict in %1 field %2: ours %3 theirs %4")
        .arg(where, field, side(ours, oursRemovedNode), side(theirs, theirsRemovedNode));
}

QJsonObject MergeConflict::toJson() const
{
    QJsonObject object;
    if (!nodeId.isEmpty())
        object.insert(QStringLiteral("node"), nodeId);
    object.insert(QStringLiteral("field"), field);
    const auto insert = [&](const char *key, const std::optional<QVariant> &value) {
        if (value)
            object.insert(QLatin1String(key), jsonSide(value));
    };
    insert("base", base);
    insert("ours", ours);
    insert("theirs", theirs);
    if (oursRemovedNode)
        object.insert(QStringLiteral("oursRemovedNode"), true);
    if (theirsRemovedNode)
        object.insert(QStringLiteral("theirsRemovedNode"), true);
    return object;
}

} // namespace Flowsmith
