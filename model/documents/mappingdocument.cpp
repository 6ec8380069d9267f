#include "mappingdocument.h"

namespace Flowsmith {

MappingDocument::MappingDocument(QObject *parent)
    : Document(parent)
{ }

MappingDocument::MappingDocument(Mapping mapping, QObject *parent)
    : Document(parent)
    , m_mapping(std::move(mapping))
{ }

MappingDocument::~MappingDocument() = default;

const QList<MappingRule> *MappingDocument::rules(const RulePath &parentPath) const
{
    const QList<MappingRule> *list = &m_mapping.rules;
    for (int index : parentPath) {
        if (index < 0 || index >= list->size())
            return nullptr;
        list = &list->at(index).rules;
    }
    return list;
}

QList<MappingRule> *MappingDocument::mutableRules(const RulePath &parentPath)
{
    return const_cast<QList<MappingRule> *>(std::as_const(*this).rules(parentPath));
}

const MappingRule *MappingDocument::rule(const RulePath &path) const
{
    if (path.isEmpty())
        return nullptr;
    const QList<MappingRule> *list = rules(path.first(path.size() - 1));
    const int index = path.last();
    if (!list || index < 0 || index >= list->size())
        return nullptr;
    return &list->at(index);
}

QVariant MappingDocument::ruleValue(const RulePath &path, RuleField field) const
{
    const MappingRule *r = rule(path);
    if (!r)
        return {};
    switch (field) {
    case RuleField::Target:
        return r->target;
    case RuleField::From:
        return r->from;
    case RuleField::Expr:
        return r->expr;
    case RuleField::Function:
        return r->function;
    case RuleField::ForEach:
        return r->forEach;
    case RuleField::Filter:
        return r->filter;
    }
    return {};
}

bool MappingDocument::readFile(const QString &path, FileError *error)
{
    std::optional<Mapping> mapping = Mapping::load(path, error);
    if (!mapping)
        return false;
    m_mapping = std::move(*mapping);
    return true;
}

bool MappingDocument::writeFile(const QString &path, FileError *error) const
{
    return m_mapping.save(path, error);
}

void MappingDocument::insertRule(const RulePath &path, const MappingRule &rule)
{
    QList<MappingRule> *list = mutableRules(path.first(path.size() - 1));
    list->insert(path.last(), rule);
    emit ruleAdded(path);
}

MappingRule MappingDocument::takeRule(const RulePath &path)
{
    QList<MappingRule> *list = mutableRules(path.first(path.size() - 1));
    MappingRule rule = list->takeAt(path.last());
    emit ruleRemoved(path);
    return rule;
}

void MappingDocument::setRuleValue(const RulePath &path, RuleField field, const QVariant &value)
{
    auto *r = const_cast<MappingRule *>(rule(path));
    if (!r)
        return;
    switch (field) {
    case RuleField::Target:
        r->target = value.toString();
        break;
    case RuleField::From:
        r->from = value.toString();
        break;
    case RuleField::Expr:
        r->expr = value.toString();
        break;
    case RuleField::Function:
        r->function = value.toMap();
        break;
    case RuleField::ForEach:
        r->forEach = value.toString();
        break;
    case RuleField::Filter:
        r->filter = value.toString();
        break;
    }
    emit ruleChanged(path, field);
}

} // namespace Flowsmith
