#include "model/data/jsondiff.h"

#include "model/data/jsonvariant.h"

namespace Flowsmith {

namespace {

QString child(const QString &path, const std::string &key)
{
    const QString name = QString::fromStdString(key);
    return path.isEmpty() ? name : path + u'.' + name;
}

void diff(const JsonValue &before, const JsonValue &after, const QString &path,
          QList<JsonChange> &out)
{
    if (before.is_object() && after.is_object()) {
        for (auto it = before.begin(); it != before.end(); ++it) {
            const auto other = after.find(it.key());
            if (other == after.end())
                out.append({ JsonChange::Kind::Removed, child(path, it.key()), it.value(), {} });
            else
                diff(it.value(), *other, child(path, it.key()), out);
        }
        for (auto it = after.begin(); it != after.end(); ++it)
            if (!before.contains(it.key()))
                out.append({ JsonChange::Kind::Added, child(path, it.key()), {}, it.value() });
        return;
    }
    if (before.is_array() && after.is_array()) {
        const std::size_t common = std::min(before.size(), after.size());
        for (std::size_t i = 0; i < common; ++i)
            diff(before[i], after[i], path + QStringLiteral("[%1]").arg(i), out);
        for (std::size_t i = common; i < before.size(); ++i)
            out.append(
                { JsonChange::Kind::Removed, path + QStringLiteral("[%1]").arg(i), before[i], {} });
        for (std::size_t i = common; i < after.size(); ++i)
            out.append(
                { JsonChange::Kind::Added, path + QStringLiteral("[%1]").arg(i), {}, after[i] });
        return;
    }
    if (!jsonEquals(before, after))
        out.append({ JsonChange::Kind::Changed, path, before, after });
}

} // namespace

QList<JsonChange> diffJson(const JsonValue &before, const JsonValue &after, const QString &path)
{
    QList<JsonChange> changes;
    diff(before, after, path, changes);
    return changes;
}

} // namespace Flowsmith
