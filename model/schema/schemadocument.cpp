#include "model/schema/schemadocument.h"

#include "model/data/jsonpointer.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <functional>

namespace Flowsmith {

namespace {

/// The JSON Pointer of a local `$ref` ("#/$defs/a" -> "/$defs/a"), percent-escapes decoded as
/// URI fragments require; false for a reference to another document.
bool localPointer(const std::string &ref, std::string &pointer)
{
    if (ref.empty() || ref[0] != '#')
        return false;
    pointer.clear();
    for (std::size_t i = 1; i < ref.size(); ++i) {
        if (ref[i] == '%' && i + 2 < ref.size()
            && std::isxdigit(static_cast<unsigned char>(ref[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(ref[i + 2]))) {
            pointer += char(std::stoi(ref.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            pointer += ref[i];
        }
    }
    return true;
}

const nlohmann::json *at(const nlohmann::json &document, const std::string &pointer)
{
    try {
        const nlohmann::json::json_pointer path(pointer);
        return document.contains(path) ? &document.at(path) : nullptr;
    } catch (const nlohmann::json::exception &) {
        return nullptr;
    }
}

// Keywords whose value is one subschema, a list of them or a map of them, and whether that
// subschema applies to the same value (true) or to a property or item of it (false).
struct Keyword
{
    const char *name;
    enum Shape { One, List, Map } shape;
    bool sameValue;
};
constexpr Keyword SubschemaKeywords[] = {
    { "allOf", Keyword::List, true },
    { "anyOf", Keyword::List, true },
    { "oneOf", Keyword::List, true },
    { "not", Keyword::One, true },
    { "if", Keyword::One, true },
    { "then", Keyword::One, true },
    { "else", Keyword::One, true },
    { "dependencies", Keyword::Map, true },
    { "dependentSchemas", Keyword::Map, true },
    { "properties", Keyword::Map, false },
    { "patternProperties", Keyword::Map, false },
    { "additionalProperties", Keyword::One, false },
    { "propertyNames", Keyword::One, false },
    { "items", Keyword::One, false }, // or a list (draft-07 tuple), handled below
    { "prefixItems", Keyword::List, false },
    { "additionalItems", Keyword::One, false },
    { "contains", Keyword::One, false },
    { "definitions", Keyword::Map, false }, // not applied at all: walked to be rewritten
    { "$defs", Keyword::Map, false },
};

} // namespace

nlohmann::json SchemaDocument::toValijson(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::value_t::object: {
        nlohmann::json object = nlohmann::json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            object[it.key()] = toValijson(it.value());
        return object;
    }
    case JsonValue::value_t::array: {
        nlohmann::json array = nlohmann::json::array();
        array.get_ref<nlohmann::json::array_t &>().reserve(value.size());
        for (const JsonValue &item : value)
            array.push_back(toValijson(item));
        return array;
    }
    case JsonValue::value_t::number_float: {
        const double number = value.get<double>();
        // 2^63 is exactly representable; anything integral below it fits an int64.
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 0x1p63)
            return std::int64_t(number);
        return number;
    }
    case JsonValue::value_t::number_integer:
        return value.get<std::int64_t>();
    case JsonValue::value_t::number_unsigned:
        return value.get<std::uint64_t>();
    case JsonValue::value_t::string:
        return value.get_ref<const std::string &>();
    case JsonValue::value_t::boolean:
        return value.get<bool>();
    default:
        return nullptr;
    }
}

SchemaDocument::SchemaDocument(const JsonValue &schema)
    : m_document(toValijson(schema))
{
    prepare(m_document, std::string());
    // A $ref may point into a place no keyword walks into (an extension keyword, say): that
    // target is rewritten too, until no new one turns up.
    for (bool more = true; more;) {
        more = false;
        const auto refs = m_refs;
        for (const auto &[from, ref] : refs) {
            std::string pointer;
            if (!localPointer(ref, pointer) || m_visited.count(pointer))
                continue;
            try {
                const nlohmann::json::json_pointer path(pointer);
                if (!m_document.contains(path))
                    continue;
                prepare(m_document.at(path), pointer);
                more = true;
            } catch (const nlohmann::json::exception &) { }
        }
    }
    for (const auto &[from, ref] : m_refs) {
        std::string pointer;
        if (!localPointer(ref, pointer)) {
            m_problem = Problem::RefOutside;
            m_problemRef = ref;
            return;
        }
        if (m_unresolved.empty() && !at(m_document, pointer))
            m_unresolved = ref;
    }
    findLoops();
}

void SchemaDocument::prepare(nlohmann::json &node, const std::string &pointer)
{
    if (!m_visited.insert(pointer).second || !node.is_object())
        return;

    if (auto ref = node.find("$ref"); ref != node.end() && ref->is_string()) {
        if (node.size() > 1) {
            nlohmann::json &all = node["allOf"];
            if (!all.is_array())
                all = nlohmann::json::array();
            all.push_back(nlohmann::json { { "$ref", *ref } });
            node.erase("$ref");
        } else {
            m_refs[pointer] = ref->get<std::string>();
        }
    }
    if (auto format = node.find("format"); format != node.end()) {
        node[FormatKeyword] = *format;
        node.erase("format");
    }
    if (auto pattern = node.find("pattern"); pattern != node.end()) {
        node[PatternKeyword] = *pattern;
        node.erase("pattern");
    }
    if (auto multiple = node.find("multipleOf"); multiple != node.end() && multiple->is_number()) {
        node[MultipleOfKeyword] = *multiple;
        node.erase("multipleOf");
    }
    if (auto type = node.find("type"); type != node.end())
        node[TypeNamesKeyword] = *type;
    if (auto values = node.find("enum"); values != node.end() && values->is_array())
        node[EnumTextKeyword] = values->dump();
    if (auto prefix = node.find("prefixItems"); prefix != node.end() && prefix->is_array()) {
        if (auto items = node.find("items"); items != node.end() && !items->is_array())
            node["additionalItems"] = *items;
        node["items"] = node["prefixItems"];
    }

    std::vector<std::string> &sameValue = m_sameValue[pointer];
    for (const Keyword &keyword : SubschemaKeywords) {
        auto it = node.find(keyword.name);
        if (it == node.end())
            continue;
        const std::string base = JsonPointer::append(pointer, keyword.name);
        auto visit = [&](nlohmann::json &child, const std::string &childPointer) {
            if (keyword.sameValue)
                sameValue.push_back(childPointer);
            prepare(child, childPointer);
        };
        if (it->is_array() && (keyword.shape == Keyword::List || keyword.shape == Keyword::One)) {
            for (std::size_t i = 0; i < it->size(); ++i)
                visit((*it)[i], base + '/' + std::to_string(i));
        } else if (keyword.shape == Keyword::Map && it->is_object()) {
            for (auto member = it->begin(); member != it->end(); ++member)
                if (member->is_object() || member->is_boolean())
                    visit(member.value(), JsonPointer::append(base, member.key()));
        } else if (keyword.shape == Keyword::One) {
            visit(*it, base);
        }
    }
    // A `$ref` added to allOf above was walked as allOf's last item and recorded there.
}

void SchemaDocument::findLoops()
{
    // Depth-first over "applies to the same value" edges: meeting a schema that is still on
    // the path is a loop valijson would follow forever.
    std::map<std::string, int> state; // 1 on the path, 2 done
    std::function<bool(const std::string &)> visit = [&](const std::string &pointer) {
        int &mark = state[pointer];
        if (mark == 2)
            return false;
        if (mark == 1)
            return true;
        mark = 1;
        std::vector<std::string> next = m_sameValue[pointer];
        std::string target;
        const auto ref = m_refs.find(pointer);
        if (ref != m_refs.end() && localPointer(ref->second, target) && at(m_document, target))
            next.push_back(target);
        for (const std::string &child : next) {
            if (visit(child)) {
                if (m_problem == Problem::None && ref != m_refs.end()) {
                    m_problem = Problem::RefLoop;
                    m_problemRef = ref->second;
                }
                return true;
            }
        }
        state[pointer] = 2;
        return false;
    };
    const auto nodes = m_sameValue;
    for (const auto &[pointer, edges] : nodes) {
        if (visit(pointer)) {
            m_problem = Problem::RefLoop; // only a $ref can close a loop, so it is named
            return;
        }
    }
}

} // namespace Flowsmith
