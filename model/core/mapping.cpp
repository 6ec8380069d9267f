#include "model/core/mapping.h"

#include "model/core/modelfile.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlreader.h"
#include "model/core/yamlvalue.h"
#include "model/core/yamlwriter.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

bool readRule(YamlReader &r, const YAML::Node &map, MappingRule *rule)
{
    if (!r.expectMap(map, tr("a mapping rule")))
        return false;
    rule->target = r.string(map, "target", true);
    rule->from = r.string(map, "from");
    rule->expr = r.string(map, "expr");
    rule->function = r.variantMap(map, "function");
    rule->forEach = r.string(map, "forEach");
    rule->filter = r.string(map, "filter");
    for (const YAML::Node &item : r.sequence(map, "rules")) {
        MappingRule child;
        if (!readRule(r, item, &child))
            return false;
        rule->rules.append(child);
    }
    rule->position = r.position(map);
    rule->origin = YamlReader::origin(map);
    return r.ok();
}

YAML::Node rulesNode(const QList<MappingRule> &rules, const YAML::Node &original);

YAML::Node ruleNode(const MappingRule &rule)
{
    YamlMapWriter w(rule.origin);
    w.setString("target", rule.target, true);
    w.setString("from", rule.from);
    w.setString("expr", rule.expr);
    w.setVariant("function", rule.function);
    w.setString("forEach", rule.forEach);
    w.setString("filter", rule.filter);
    w.setSequence("rules", rulesNode(rule.rules, w.original("rules")));
    YAML::Node node = w.node();
    // A new leaf rule reads best on one line, as in the design: `- {target: sku, from: productId}`.
    if (rule.origin.isNull() && rule.rules.isEmpty())
        Yaml::applyFlowStyleIfSmallMap(node);
    return node;
}

YAML::Node rulesNode(const QList<MappingRule> &rules, const YAML::Node &original)
{
    YAML::Node seq = Yaml::sequenceLike(original);
    for (const MappingRule &rule : rules)
        seq.push_back(ruleNode(rule));
    return seq;
}

} // namespace

std::optional<Mapping> Mapping::fromYaml(const QByteArray &bytes, const QString &fileName,
                                         FileError *error)
{
    const auto root = Yaml::parse(bytes, fileName, error);
    if (!root)
        return std::nullopt;
    YamlReader r(fileName, error);
    Mapping mapping;
    if (!r.readHeader(*root, FormatVersion, &mapping.formatVersion))
        return std::nullopt;
    mapping.id = r.string(*root, "id", true);
    mapping.name = r.string(*root, "name");
    mapping.source = r.string(*root, "source");
    mapping.target = r.string(*root, "target");
    for (const YAML::Node &item : r.sequence(*root, "rules")) {
        MappingRule rule;
        if (!readRule(r, item, &rule))
            break;
        mapping.rules.append(rule);
    }
    if (!r.ok())
        return std::nullopt;
    mapping.origin = YamlReader::origin(*root, bytes);
    return mapping;
}

QByteArray Mapping::toYaml() const
{
    YamlMapWriter w(origin);
    w.setInteger("flowsmith", formatVersion);
    w.setString("id", id, true);
    w.setString("name", name);
    w.setString("source", source);
    w.setString("target", target);
    w.setSequence("rules", rulesNode(rules, w.original("rules")));
    return Yaml::documentText(w.node(), origin);
}

std::optional<Mapping> Mapping::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromYaml(*bytes, path, error);
}

bool Mapping::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toYaml(), error);
}

} // namespace Flowsmith
