#pragma once

#include <memory>

namespace Flowsmith {

class ValidationRule;

// The built-in rules, one file each; RuleRegistry lists them in code order.
std::unique_ptr<ValidationRule> makeDanglingEdgeRule();
std::unique_ptr<ValidationRule> makeIncompatiblePortsRule();
std::unique_ptr<ValidationRule> makeRequiredInputRule();
std::unique_ptr<ValidationRule> makeSourceWithoutOutputRule();
std::unique_ptr<ValidationRule> makeUnreachableNodeRule();
std::unique_ptr<ValidationRule> makeCycleRule();
std::unique_ptr<ValidationRule> makeMissingMappingRule();
std::unique_ptr<ValidationRule> makeMissingSchemaRule();
std::unique_ptr<ValidationRule> makeUnknownSystemRule();
std::unique_ptr<ValidationRule> makeDuplicateIdRule();
std::unique_ptr<ValidationRule> makeMissingOwnerRule();
std::unique_ptr<ValidationRule> makeMissingStewardRule();
std::unique_ptr<ValidationRule> makeRetirementPassedRule();
std::unique_ptr<ValidationRule> makeRetirementDueRule();
std::unique_ptr<ValidationRule> makeRequiredConfigRule();
std::unique_ptr<ValidationRule> makeUnknownCapabilityRule();
std::unique_ptr<ValidationRule> makeCapabilityLinkRule();
std::unique_ptr<ValidationRule> makeTestReferenceRule();
std::unique_ptr<ValidationRule> makeUnknownNodeTypeRule();
std::unique_ptr<ValidationRule> makeInvalidDateRule();
std::unique_ptr<ValidationRule> makeIdFileNameRule();
std::unique_ptr<ValidationRule> makeDuplicateEdgeRule();
std::unique_ptr<ValidationRule> makeReviewCapabilityRule();
std::unique_ptr<ValidationRule> makeMaturityRule();
std::unique_ptr<ValidationRule> makeDanglingGroupMemberRule();
// The mapping line checks, one rule class over model/mapping's checker.
std::unique_ptr<ValidationRule> makeMappingTypeMismatchRule();
std::unique_ptr<ValidationRule> makeMappingCardinalityRule();
std::unique_ptr<ValidationRule> makeMappingRequiredUnmappedRule();
std::unique_ptr<ValidationRule> makeMappingEnumNotCoveredRule();
std::unique_ptr<ValidationRule> makeMappingUnknownSourcePathRule();

} // namespace Flowsmith
