#pragma once

// The stable codes of validation findings. A code never changes meaning and is never reused:
// CI pipelines, SARIF viewers and suppressions match on it. Retire a code rather than
// renumber it. File-level load errors (FS0xx) come from model/core/errorcodes.h and are
// reported as errors under their own code.
//
// | code  | default  | what it finds                                                         |
// |-------|----------|-----------------------------------------------------------------------|
// | FS101 | error    | dangling edge: a missing node, or a port that node does not have      |
// | FS102 | error    | incompatible ports: output→output, input→input, into a node without   |
// |       |          | inputs, out of a node without outputs                                 |
// | FS103 | error    | a required input port is not connected                                |
// | FS104 | warning  | a source (or error.catch) has no outgoing edge                        |
// | FS105 | warning  | a node is not reachable from any source or error.catch                |
// | FS106 | error    | the edges form a cycle                                                |
// | FS107 | error    | a node names a mapping with no mappings/<id>.map.yaml                 |
// | FS108 | error    | a node or a mapping names a schema with no schemas/<id>.schema.json   |
// | FS109 | error    | a node names a system that flowsmith.yaml does not declare            |
// | FS110 | error    | duplicate id: node in a flow, flow across files, system, capability   |
// | FS111 | warning  | a flow has no owner (and the project has no default owner)            |
// | FS112 | warning  | a flow has no steward (and the project has no default steward)        |
// | FS113 | error    | governance.retireBy lies in the past                                  |
// | FS114 | warning  | governance.retireBy lies within the next 90 days                      |
// | FS115 | error    | a required config field of the node type is missing or empty          |
// | FS116 | error    | a flow names a capability that capabilities.yaml does not define      |
// | FS117 | error    | a capability links a flow or a system that does not exist             |
// | FS118 | error    | a test case names a missing flow, source, sink or input file          |
// | FS119 | error    | a node has a type the node catalog does not know                      |
// | FS120 | error    | a date is not an ISO date (yyyy-MM-dd)                                |
// | FS121 | warning  | a file's id differs from its file name (flows/<id>.flow.yaml)         |
// | FS122 | warning  | the same edge is drawn twice                                          |
// | FS123 | error    | a review note names a capability that does not exist                  |
// | FS124 | warning  | a capability's maturity is outside 1…5                                |
// | FS125 | warning  | mapping line: type mismatch (a string into a number, no conversion)   |
// | FS126 | warning  | mapping line: cardinality (an array into a scalar, or the reverse)    |
// | FS127 | warning  | mapping: a required target field is not mapped                        |
// | FS128 | warning  | mapping line: a value that can reach an enum target is not in it      |
// | FS129 | error    | mapping line: a source path that is not in the source schema          |
// | FS130 | warning  | a group lists a node id that the flow does not have                   |

namespace Flowsmith::ProblemCodes {

inline constexpr char DanglingEdge[] = "FS101";
inline constexpr char IncompatiblePorts[] = "FS102";
inline constexpr char RequiredInputUnconnected[] = "FS103";
inline constexpr char SourceWithoutOutput[] = "FS104";
inline constexpr char UnreachableNode[] = "FS105";
inline constexpr char Cycle[] = "FS106";
inline constexpr char MissingMapping[] = "FS107";
inline constexpr char MissingSchema[] = "FS108";
inline constexpr char UnknownSystem[] = "FS109";
inline constexpr char DuplicateId[] = "FS110";
inline constexpr char MissingOwner[] = "FS111";
inline constexpr char MissingSteward[] = "FS112";
inline constexpr char RetirementPassed[] = "FS113";
inline constexpr char RetirementDue[] = "FS114";
inline constexpr char RequiredConfigMissing[] = "FS115";
inline constexpr char UnknownCapability[] = "FS116";
inline constexpr char CapabilityLinkMissing[] = "FS117";
inline constexpr char TestReferenceMissing[] = "FS118";
inline constexpr char UnknownNodeType[] = "FS119";
inline constexpr char InvalidDate[] = "FS120";
inline constexpr char IdFileNameMismatch[] = "FS121";
inline constexpr char DuplicateEdge[] = "FS122";
inline constexpr char ReviewCapabilityMissing[] = "FS123";
inline constexpr char MaturityOutOfRange[] = "FS124";
inline constexpr char MappingTypeMismatch[] = "FS125";
inline constexpr char MappingCardinality[] = "FS126";
inline constexpr char MappingRequiredUnmapped[] = "FS127";
inline constexpr char MappingEnumNotCovered[] = "FS128";
inline constexpr char MappingUnknownSourcePath[] = "FS129";
inline constexpr char DanglingGroupMember[] = "FS130";

/// Days before a retireBy date from which FS114 warns.
inline constexpr int RetirementWarningDays = 90;

} // namespace Flowsmith::ProblemCodes
