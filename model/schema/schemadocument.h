#pragma once

#include "model/data/jsonvalue.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace Flowsmith {

/// A JSON Schema rewritten for valijson 1.0, which reads `nlohmann::json` (not our ordered
/// JsonValue), follows draft-07 only and gets a few things wrong that quality.validate must get
/// right. The rewrite keeps every JSON Pointer into the schema valid (it adds and renames
/// keywords, never moves a subschema), so `$ref`s still land where they did:
/// - `format`, `pattern` and `multipleOf` become FormatKeyword, PatternKeyword and
///   MultipleOfKeyword, which SchemaValidator checks itself (more formats, strings only,
///   JavaScript regular expressions, decimal divisors such as 0.01 without binary rounding);
/// - a `$ref` with sibling keywords moves into `allOf`, so the siblings apply (2019-09 and
///   later, ajv, Node-RED) instead of being dropped (valijson's draft-07 reading);
/// - 2020-12 `prefixItems` (with `items`) becomes draft-07 `items` (with `additionalItems`);
/// - integral numbers written as 2.0 become integers (see toValijson());
/// - `type` and `enum` get companions that word their findings (TypeNamesKeyword).
/// It also finds what valijson cannot survive: a `$ref` loop that consumes no part of the
/// value (valijson would recurse until the stack overflows), a `$ref` outside the file, and a
/// `$ref` to nothing (valijson throws; the error then names it).
class SchemaDocument
{
public:
    static constexpr const char *FormatKeyword = "x-flowsmith-format";
    static constexpr const char *PatternKeyword = "x-flowsmith-pattern";
    static constexpr const char *MultipleOfKeyword = "x-flowsmith-multipleOf";
    /// Copies of `type` and `enum` (left in place for valijson) that only word its findings:
    /// valijson says "Value type not permitted", we say which types were expected.
    static constexpr const char *TypeNamesKeyword = "x-flowsmith-type-names";
    static constexpr const char *EnumTextKeyword = "x-flowsmith-enum-text";

    explicit SchemaDocument(const JsonValue &schema);

    /// Why valijson must not see the document.
    enum class Problem { None, RefLoop, RefOutside };

    const nlohmann::json &document() const { return m_document; }
    Problem problem() const { return m_problem; }
    /// The `$ref` the problem is about.
    const std::string &problemRef() const { return m_problemRef; }
    /// The first `$ref` that points to nothing in the document, empty if there is none.
    const std::string &unresolvedRef() const { return m_unresolved; }

    /// `value` as valijson reads it. JSON Schema calls 2.0 an integer ("a number with a zero
    /// fractional part"), but valijson's nlohmann adapter asks the storage type, so an order
    /// total computed as 2.0 by a mapping would fail `"type": "integer"`. Converting integral
    /// doubles (within int64) to integers here costs nothing extra: valijson needs a
    /// `nlohmann::json` copy of our ordered JsonValue anyway, and changing the adapter would mean
    /// maintaining a fork of it.
    static nlohmann::json toValijson(const JsonValue &value);

private:
    void prepare(nlohmann::json &node, const std::string &pointer);
    void findLoops();

    nlohmann::json m_document;
    Problem m_problem = Problem::None;
    std::string m_problemRef;
    std::string m_unresolved;
    /// Schema pointer -> pointers of the schemas that apply to the same value (no property or
    /// item is consumed on the way): $ref targets, allOf/anyOf/oneOf, not, if/then/else.
    std::map<std::string, std::vector<std::string>> m_sameValue;
    std::map<std::string, std::string> m_refs; ///< schema pointer -> its $ref
    std::set<std::string> m_visited;
};

} // namespace Flowsmith
