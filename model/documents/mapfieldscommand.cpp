#include "mapfieldscommand.h"

#include "mappingcommands.h"
#include "model/core/schema.h"
#include "model/mapping/mappinglines.h"

namespace Flowsmith {

namespace {

// The deepest forEach rule whose target contains the target path: its rule path, its full
// target path and the full source path of its elements.
struct Scope
{
    RulePath rulePath;
    QString target;
    QString source;
};

void findScope(const QList<MappingRule> &rules, const RulePath &parent, const QString &target,
               const QString &source, const QString &targetPath, Scope *scope)
{
    for (int i = 0; i < rules.size(); ++i) {
        const MappingRule &rule = rules.at(i);
        if (rule.forEach.isEmpty())
            continue;
        const QString fullTarget = target + rule.target;
        if (!targetPath.startsWith(fullTarget + u'.'))
            continue;
        RulePath path = parent;
        path.append(i);
        const QString elements = MappingLines::schemaPath(rule.forEach);
        const QString fullSource
            = elements.isEmpty() ? source.chopped(source.isEmpty() ? 0 : 1) : source + elements;
        *scope = { path, fullTarget, fullSource };
        findScope(rule.rules, path, fullTarget + u'.', fullSource + u'.', targetPath, scope);
        return;
    }
}

// A path as written inside a scope whose elements are at `base`; a path outside reads from
// the root ($$).
QString relative(const QString &path, const QString &base)
{
    if (base.isEmpty())
        return path;
    if (path.startsWith(base + u'.'))
        return path.mid(base.size() + 1);
    return path == base ? QStringLiteral("$") : QStringLiteral("$$.") + path;
}

bool isArray(const Schema *schema, const QString &path)
{
    const SchemaField *field = schema ? schema->field(path) : nullptr;
    return field && field->isArray;
}

// The outermost array strictly above `path` and below `base` ("" for the root), or empty.
QString outerArray(const Schema *schema, const QString &path, const QString &base)
{
    const QStringList names = path.split(u'.');
    QString prefix;
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral(".")) + names.at(i);
        if (!base.isEmpty() && !prefix.startsWith(base + u'.'))
            continue;
        if (isArray(schema, prefix))
            return prefix;
    }
    return {};
}

MappingRule leafRule(const QStringList &sourcePaths, const QString &targetPath,
                     const QString &sourceBase, const QString &targetBase, const Schema *source,
                     const Schema *target)
{
    MappingRule rule;
    rule.target = relative(targetPath, targetBase);
    if (sourcePaths.size() == 1) {
        const QString from = relative(sourcePaths.constFirst(), sourceBase);
        if (isArray(source, sourcePaths.constFirst()) && isArray(target, targetPath))
            rule.forEach = from;
        else
            rule.from = from;
        return rule;
    }
    QVariantList parts;
    for (const QString &path : sourcePaths)
        parts.append(relative(path, sourceBase));
    rule.function = { { QStringLiteral("name"), QStringLiteral("concat") },
                      { QStringLiteral("from"), parts },
                      { QStringLiteral("separator"), QStringLiteral(" ") } };
    return rule;
}

// One source field inside arrays onto a target field inside arrays: a forEach rule for each
// level both sides nest, the field's rule innermost.
MappingRule nestedRule(const QString &sourcePath, const QString &targetPath,
                       const QString &sourceBase, const QString &targetBase, const Schema *source,
                       const Schema *target)
{
    const QString targetArray = outerArray(target, targetPath, targetBase);
    const QString sourceArray = outerArray(source, sourcePath, sourceBase);
    if (targetArray.isEmpty() || sourceArray.isEmpty())
        return leafRule({ sourcePath }, targetPath, sourceBase, targetBase, source, target);
    MappingRule rule;
    rule.target = relative(targetArray, targetBase);
    rule.forEach = relative(sourceArray, sourceBase);
    rule.rules.append(nestedRule(sourcePath, targetPath, sourceArray, targetArray, source, target));
    return rule;
}

int ruleWriting(const QList<MappingRule> *rules, const QString &target)
{
    for (int i = 0; rules && i < rules->size(); ++i)
        if (rules->at(i).target == target)
            return i;
    return -1;
}

} // namespace

MapFieldsCommand::MapFieldsCommand(MappingDocument *document, const QStringList &sourcePaths,
                                   const QString &targetPath, const Schema *source,
                                   const Schema *target, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    setText(tr("Map %1").arg(targetPath));
    if (sourcePaths.isEmpty() || targetPath.isEmpty())
        return;
    Scope scope;
    findScope(document->mapping().rules, {}, QString(), QString(), targetPath, &scope);
    const QList<MappingRule> *siblings = document->rules(scope.rulePath);
    if (!siblings)
        return;
    m_rule = leafRule(sourcePaths, targetPath, scope.source, scope.target, source, target);
    if (sourcePaths.size() == 1) {
        MappingRule nested = nestedRule(sourcePaths.constFirst(), targetPath, scope.source,
                                        scope.target, source, target);
        // A rule that already writes the enclosing array as a whole is the user's: map the
        // field as a plain path rather than replace that rule.
        if (!nested.rules.isEmpty() && ruleWriting(siblings, nested.target) < 0)
            m_rule = nested;
    }
    const int existing = ruleWriting(siblings, m_rule.target);
    if (existing >= 0) {
        const MappingRule &old = siblings->at(existing);
        // Another array onto a mapped array: the element rules stay (the filter read the
        // old elements, it goes unless the array is the same).
        if (!old.forEach.isEmpty() && !m_rule.forEach.isEmpty() && m_rule.rules.isEmpty()) {
            m_rule.rules = old.rules;
            if (old.forEach == m_rule.forEach)
                m_rule.filter = old.filter;
        }
        // m_rule's nested rules are now none or old's own, so the fields tell.
        if (old.from == m_rule.from && old.expr == m_rule.expr && old.function == m_rule.function
            && old.forEach == m_rule.forEach && old.filter == m_rule.filter
            && old.rules.isEmpty() == m_rule.rules.isEmpty()) {
            m_rulePath = scope.rulePath;
            m_rulePath.append(existing);
            return; // mapped like this already: no undo step
        }
    }
    m_rulePath = scope.rulePath;
    if (existing >= 0) {
        // Mapping a mapped field again replaces its rule, in its place.
        RulePath oldPath = scope.rulePath;
        oldPath.append(existing);
        new RemoveRuleCommand(document, oldPath, this);
        new AddRuleCommand(document, scope.rulePath, existing, m_rule, this);
        m_rulePath.append(existing);
    } else {
        new AddRuleCommand(document, scope.rulePath, -1, m_rule, this);
        m_rulePath.append(int(siblings->size()));
    }
}

void MapFieldsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
