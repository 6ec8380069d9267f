#include "mappingcoverage.h"

namespace Flowsmith {

namespace {

void collectTargets(const QList<MappingRule> &rules, const QString &prefix, QSet<QString> &whole,
                    QSet<QString> &written)
{
    for (const MappingRule &rule : rules) {
        const QString path = prefix + rule.target;
        written.insert(path);
        if (rule.forEach.isEmpty())
            whole.insert(path);
        else
            collectTargets(rule.rules, path + u'.', whole, written);
    }
}

void count(const SchemaField &field, const QString &path, bool ancestorMapped,
           bool ancestorsRequired, const QSet<QString> &whole, const QSet<QString> &written,
           MappingCoverage &coverage)
{
    const bool mapped = ancestorMapped || whole.contains(path);
    const bool required = ancestorsRequired && field.required;
    if (field.children.isEmpty() || (field.isArray && !written.contains(path) && !mapped)) {
        ++coverage.fields;
        if (required)
            ++coverage.required;
        if (mapped || written.contains(path)) {
            ++coverage.mapped;
            if (required)
                ++coverage.requiredMapped;
        }
        return;
    }
    for (const SchemaField &child : field.children)
        count(child, path + u'.' + child.name, mapped, required, whole, written, coverage);
}

} // namespace

MappingCoverage MappingCoverage::compute(const Mapping &mapping, const Schema &target)
{
    MappingCoverage coverage;
    QSet<QString> whole;
    collectTargets(mapping.rules, QString(), whole, coverage.mappedPaths);
    for (const SchemaField &child : target.root.children)
        count(child, child.name, false, true, whole, coverage.mappedPaths, coverage);
    return coverage;
}

} // namespace Flowsmith
