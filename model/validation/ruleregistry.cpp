#include "ruleregistry.h"

#include "rules/builtinrules.h"

namespace Flowsmith {

const RuleRegistry &RuleRegistry::instance()
{
    static const RuleRegistry registry;
    return registry;
}

RuleRegistry::RuleRegistry()
{
    m_rules.push_back(makeDanglingEdgeRule());
    m_rules.push_back(makeIncompatiblePortsRule());
    m_rules.push_back(makeRequiredInputRule());
    m_rules.push_back(makeSourceWithoutOutputRule());
    m_rules.push_back(makeUnreachableNodeRule());
    m_rules.push_back(makeCycleRule());
    m_rules.push_back(makeMissingMappingRule());
    m_rules.push_back(makeMissingSchemaRule());
    m_rules.push_back(makeUnknownSystemRule());
    m_rules.push_back(makeDuplicateIdRule());
    m_rules.push_back(makeMissingOwnerRule());
    m_rules.push_back(makeMissingStewardRule());
    m_rules.push_back(makeRetirementPassedRule());
    m_rules.push_back(makeRetirementDueRule());
    m_rules.push_back(makeRequiredConfigRule());
    m_rules.push_back(makeUnknownCapabilityRule());
    m_rules.push_back(makeCapabilityLinkRule());
    m_rules.push_back(makeTestReferenceRule());
    m_rules.push_back(makeUnknownNodeTypeRule());
    m_rules.push_back(makeInvalidDateRule());
    m_rules.push_back(makeIdFileNameRule());
    m_rules.push_back(makeDuplicateEdgeRule());
    m_rules.push_back(makeReviewCapabilityRule());
    m_rules.push_back(makeMaturityRule());
    m_rules.push_back(makeMappingTypeMismatchRule());
    m_rules.push_back(makeMappingCardinalityRule());
    m_rules.push_back(makeMappingRequiredUnmappedRule());
    m_rules.push_back(makeMappingEnumNotCoveredRule());
    m_rules.push_back(makeMappingUnknownSourcePathRule());
    m_rules.push_back(makeDanglingGroupMemberRule());
}

const ValidationRule *RuleRegistry::rule(const QString &code) const
{
    for (const auto &rule : m_rules) {
        if (rule->code() == code)
            return rule.get();
    }
    return nullptr;
}

} // namespace Flowsmith
