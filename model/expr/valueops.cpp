#include "evalerror.h"
#include "evaluator.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Flowsmith::Expr {

bool toBoolean(const Value &v, bool *defined)
{
    if (defined)
        *defined = true;
    switch (v.type()) {
    case Value::Type::Undefined:
        if (defined)
            *defined = false;
        return false;
    case Value::Type::Null:
        return false;
    case Value::Type::Boolean:
        return v.boolValue();
    case Value::Type::Number:
        return v.numberValue() != 0;
    case Value::Type::String:
        return !v.str().empty();
    case Value::Type::Array: {
        const std::size_t n = v.size();
        if (n == 1)
            return toBoolean(v.at(0), defined);
        for (std::size_t i = 0; i < n; ++i)
            if (toBoolean(v.at(i)))
                return true;
        return false;
    }
    case Value::Type::Object:
        return v.objectSize() > 0;
    case Value::Type::Function:
        return false;
    }
    return false;
}

static bool deepEqualAt(const Value &a, const Value &b, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return true;
    case Value::Type::Boolean:
        return a.boolValue() == b.boolValue();
    case Value::Type::Number:
        return a.numberValue() == b.numberValue();
    case Value::Type::String:
        return a.str() == b.str();
    case Value::Type::Array: {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!deepEqualAt(a.at(i), b.at(i), depth + 1))
                return false;
        return true;
    }
    case Value::Type::Object: {
        if (a.objectSize() != b.objectSize())
            return false;
        for (std::size_t i = 0; i < a.objectSize(); ++i) {
            Value bv = b.get(a.keyAt(i));
            if (bv.isUndefined() || !deepEqualAt(a.valueAt(i), bv, depth + 1))
                return false;
        }
        return true;
    }
    case Value::Type::Function:
        return a.sameIdentity(b);
    }
    return false;
}

bool deepEqual(const Value &a, const Value &b)
{
    return deepEqualAt(a, b, 0);
}

static std::size_t mixHash(std::size_t seed, std::size_t value)
{
    return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

static std::size_t hashAt(const Value &v, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    const std::size_t type = std::size_t(v.type());
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
    case Value::Type::Function: // equal only to itself: one bucket, deepEqual decides
        return type;
    case Value::Type::Boolean:
        return mixHash(type, v.boolValue());
    case Value::Type::Number: {
        const double n = v.numberValue();
        return mixHash(type, std::hash<double> {}(n == 0 ? 0.0 : n)); // -0 equals 0
    }
    case Value::Type::String:
        return mixHash(type, std::hash<std::string_view> {}(v.str()));
    case Value::Type::Array: {
        std::size_t h = mixHash(type, v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            h = mixHash(h, hashAt(v.at(i), depth + 1));
        return h;
    }
    case Value::Type::Object: {
        // Key order does not matter to deepEqual, so the members' hashes are summed.
        std::size_t sum = 0;
        for (std::size_t i = 0; i < v.objectSize(); ++i)
            sum += mixHash(std::hash<std::string_view> {}(v.keyAt(i)),
                           hashAt(v.valueAt(i), depth + 1));
        return mixHash(type, sum);
    }
    }
    return type;
}

std::size_t deepHash(const Value &v)
{
    return hashAt(v, 0);
}

Value appendValues(const Value &a, const Value &b)
{
    if (a.isUndefined())
        return b;
    if (b.isUndefined())
        return a;
    ValueList out = a.isArray() ? a.toList() : ValueList { a };
    if (b.isArray()) {
        for (std::size_t i = 0; i < b.size(); ++i)
            out.push_back(b.at(i));
    } else {
        out.push_back(b);
    }
    return Value::array(std::move(out));
}

Value unwrapSequence(Value v)
{
    if (v.isSequence() && !v.hasFlag(Value::KeepSingleton)) {
        if (v.size() == 0)
            return {};
        if (v.size() == 1)
            return v.at(0);
    }
    return v;
}

bool isArrayOfNumbers(const Value &v)
{
    if (!v.isArray())
        return false;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (!v.at(i).isNumber())
            return false;
    return true;
}

bool isArrayOfStrings(const Value &v)
{
    if (!v.isArray())
        return false;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (!v.at(i).isString())
            return false;
    return true;
}

void flattenInto(const Value &v, ValueList &out, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (v.isArray()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            flattenInto(v.at(i), out, depth + 1);
    } else {
        out.push_back(v);
    }
}

std::string numberToString(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d < 0 ? "-Infinity" : "Infinity";
    if (d == 0)
        return "0";
    char out[64];
    // Below 2^53 an integral double prints as its integer, as JavaScript's shortest form does.
    if (std::fabs(d) < 9007199254740992.0 && d == std::trunc(d)) {
        const auto res = std::to_chars(out, out + sizeof out, static_cast<long long>(d));
        return std::string(out, res.ptr);
    }
    // Otherwise JavaScript's Number::toString from the shortest round-trip digits.
    char sci[48];
    const auto res = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
    const char *p = sci;
    char *o = out;
    if (*p == '-') {
        *o++ = '-';
        ++p;
    }
    char digits[24];
    int k = 0;
    for (; p != res.ptr && *p != 'e'; ++p)
        if (*p != '.')
            digits[k++] = *p;
    const int exp = p != res.ptr ? scientificExponent(p + 1, res.ptr) : 0;
    const int n = exp + 1;
    auto put = [&o](const char *from, int count) {
        std::memcpy(o, from, std::size_t(count));
        o += count;
    };
    if (k <= n && n <= 21) {
        put(digits, k);
        std::memset(o, '0', std::size_t(n - k));
        o += n - k;
    } else if (0 < n && n <= 21) {
        put(digits, n);
        *o++ = '.';
        put(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        put("0.", 2);
        std::memset(o, '0', std::size_t(-n));
        o += -n;
        put(digits, k);
    } else {
        *o++ = digits[0];
        if (k > 1) {
            *o++ = '.';
            put(digits + 1, k - 1);
        }
        *o++ = 'e';
        *o++ = n - 1 >= 0 ? '+' : '-';
        o = std::to_chars(o, out + sizeof out, std::abs(n - 1)).ptr;
    }
    return std::string(out, o);
}

int scientificExponent(const char *from, const char *to)
{
    if (from == to)
        return 0;
    const bool negative = *from == '-';
    if (*from == '-' || *from == '+')
        ++from;
    int exp = 0;
    std::from_chars(from, to, exp);
    return negative ? -exp : exp;
}

double parseDecimal(std::string_view text)
{
    double d = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), d);
    if (res.ec == std::errc())
        return d;
    // Out of range: strtod gives the infinity or the denormal/zero that JavaScript gives.
    return std::strtod(std::string(text).c_str(), nullptr);
}

static double toPrecision15(double d)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific, 14);
    return parseDecimal(std::string_view(buf, std::size_t(res.ptr - buf)));
}

static void quote(std::string &out, std::string_view s)
{
    out += '"';
    // Runs of characters that need no escape are copied whole.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char b[8];
            std::snprintf(b, sizeof b, "\\u%04x", c);
            out += b;
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

static void stringifyInto(std::string &out, const Value &v, bool pretty, int indent, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    auto newline = [&](int level) {
        if (pretty) {
            out += '\n';
            out.append(std::size_t(level) * 2, ' ');
        }
    };
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        out += "null";
        break;
    case Value::Type::Boolean:
        out += v.boolValue() ? "true" : "false";
        break;
    case Value::Type::Number:
        if (!std::isfinite(v.numberValue()))
            throwError("D1001");
        else if (std::floor(v.numberValue()) == v.numberValue())
            out += numberToString(v.numberValue());
        else
            out += numberToString(toPrecision15(v.numberValue()));
        break;
    case Value::Type::String:
        quote(out, v.str());
        break;
    case Value::Type::Function:
        out += "\"\"";
        break;
    case Value::Type::Array: {
        const std::size_t n = v.size();
        if (n == 0) {
            out += "[]";
            break;
        }
        out += '[';
        for (std::size_t i = 0; i < n; ++i) {
            if (i)
                out += ',';
            newline(indent + 1);
            stringifyInto(out, v.at(i), pretty, indent + 1, depth + 1);
        }
        newline(indent);
        out += ']';
        break;
    }
    case Value::Type::Object: {
        bool any = false;
        out += '{';
        for (std::size_t i = 0; i < v.objectSize(); ++i) {
            Value item = v.valueAt(i);
            if (item.isUndefined())
                continue;
            if (any)
                out += ',';
            any = true;
            newline(indent + 1);
            quote(out, v.keyAt(i));
            out += pretty ? ": " : ":";
            stringifyInto(out, item, pretty, indent + 1, depth + 1);
        }
        if (any)
            newline(indent);
        out += '}';
        break;
    }
    }
}

std::string stringify(const Value &v, bool pretty)
{
    std::string out;
    stringifyInto(out, v, pretty, 0, 0);
    return out;
}

// JSON numbers as jsonata-js writes them: integral values without a fraction.
static Json numberJson(double d)
{
    if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return static_cast<std::int64_t>(d);
    return d;
}

// A copy of borrowed input, built straight into the containers (keys of a JSON object are
// unique already, so no lookups), with numbers normalised as numberJson does.
static Json copyJson(const Json &j, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    switch (j.type()) {
    case Json::value_t::object: {
        Json out(Json::value_t::object);
        auto &dst = out.get_ref<Json::object_t &>();
        const auto &src = j.get_ref<const Json::object_t &>();
        dst.reserve(src.size());
        for (const auto &kv : src)
            dst.emplace_back(kv.first, copyJson(kv.second, depth + 1));
        return out;
    }
    case Json::value_t::array: {
        Json out(Json::value_t::array);
        auto &dst = out.get_ref<Json::array_t &>();
        const auto &src = j.get_ref<const Json::array_t &>();
        dst.reserve(src.size());
        for (const auto &item : src)
            dst.push_back(copyJson(item, depth + 1));
        return out;
    }
    case Json::value_t::number_integer:
        return numberJson(double(j.get<std::int64_t>()));
    case Json::value_t::number_unsigned:
        return numberJson(double(j.get<std::uint64_t>()));
    case Json::value_t::number_float:
        return numberJson(j.get<double>());
    case Json::value_t::discarded:
        return nullptr;
    default:
        return j;
    }
}

Json toJson(const Value &v, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    switch (v.type()) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return nullptr;
    case Value::Type::Boolean:
        return v.boolValue();
    case Value::Type::Number:
        return numberJson(v.numberValue());
    case Value::Type::String:
        if (v.json())
            return *v.json();
        return std::string(v.str());
    case Value::Type::Function:
        return "";
    case Value::Type::Array: {
        if (v.json() && v.json()->is_array())
            return copyJson(*v.json(), depth);
        Json arr(Json::value_t::array);
        auto &dst = arr.get_ref<Json::array_t &>();
        const std::size_t n = v.size();
        dst.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            Value item = v.at(i);
            if (item.isUndefined())
                continue;
            dst.push_back(toJson(item, depth + 1));
        }
        return arr;
    }
    case Value::Type::Object: {
        if (v.json())
            return copyJson(*v.json(), depth);
        // Keys of an object the evaluator built are unique (ObjectData::set).
        Json obj(Json::value_t::object);
        auto &dst = obj.get_ref<Json::object_t &>();
        const std::size_t n = v.objectSize();
        dst.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            Value item = v.valueAt(i);
            if (item.isUndefined())
                continue;
            dst.emplace_back(std::string(v.keyAt(i)), toJson(item, depth + 1));
        }
        return obj;
    }
    }
    return nullptr;
}

} // namespace Flowsmith::Expr
