#include "model/vcs/mappingdiff.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Flowsmith {

namespace {

// What a rule does, as one readable line; equal lines mean equal rules.
QString ruleText(const MappingRule &rule)
{
    QStringList parts;
    if (!rule.from.isEmpty())
        parts << QStringLiteral("from %1").arg(rule.from);
    if (!rule.function.isEmpty())
        parts << QStringLiteral("function %1")
                     .arg(
                         QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(rule.function))
                                               .toJson(QJsonDocument::Compact)));
    if (!rule.expr.isEmpty())
        parts << QStringLiteral("expr %1").arg(rule.expr);
    if (!rule.forEach.isEmpty())
        parts << QStringLiteral("forEach %1").arg(rule.forEach);
    if (!rule.filter.isEmpty())
        parts << QStringLiteral("filter %1").arg(rule.filter);
    return parts.join(QStringLiteral(", "));
}

void flatten(const QList<MappingRule> &rules, const QString &prefix,
             std::map<QString, QString> *out)
{
    for (const MappingRule &rule : rules) {
        const QString path = prefix.isEmpty() ? rule.target : prefix + u'.' + rule.target;
        out->emplace(path, ruleText(rule));
        flatten(rule.rules, path, out);
    }
}

void compareField(const char *name, const QString &before, const QString &after, QStringList *lines)
{
    if (before != after)
        lines->append(QStringLiteral("~ mapping: %1 \"%2\" → \"%3\"")
                          .arg(QLatin1String(name), before, after));
}

} // namespace

QStringList diffMappings(const Mapping &oldMapping, const Mapping &newMapping)
{
    QStringList lines;
    compareField("id", oldMapping.id, newMapping.id, &lines);
    compareField("name", oldMapping.name, newMapping.name, &lines);
    compareField("source", oldMapping.source, newMapping.source, &lines);
    compareField("target", oldMapping.target, newMapping.target, &lines);

    std::map<QString, QString> before;
    std::map<QString, QString> after;
    flatten(oldMapping.rules, {}, &before);
    flatten(newMapping.rules, {}, &after);
    for (const auto &[path, text] : before) {
        if (!after.count(path))
            lines << QStringLiteral("- rule %1: %2").arg(path, text);
    }
    for (const auto &[path, text] : after) {
        const auto old = before.find(path);
        if (old == before.end())
            lines << QStringLiteral("+ rule %1: %2").arg(path, text);
        else if (old->second != text)
            lines << QStringLiteral("~ rule %1: %2 → %3").arg(path, old->second, text);
    }
    return lines;
}

} // namespace Flowsmith
