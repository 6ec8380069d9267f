#include "builtins.h"
#include "evalerror.h"
#include "evaluator.h"
#include "parser.h"
#include "regex.h"
#include "utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace Flowsmith::Expr {

Value stringOf(const Value &v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v;
    if (v.isFunction())
        return Value::string("");
    if (v.isNumber() && !std::isfinite(v.numberValue()))
        throwError("D3001");
    return Value::string(stringify(v, false));
}

namespace {

const Value &arg(const ValueList &args, std::size_t i)
{
    static const Value undefined;
    return i < args.size() ? args[i] : undefined;
}

std::uint32_t upper(std::uint32_t c)
{
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2)
        || (c >= 0x430 && c <= 0x44F))
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    return c;
}

std::uint32_t lower(std::uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

// Code-point indexes of increasing byte offsets into one string, counted on from the last
// one asked for, so that reporting every match of a long string stays linear.
class CodePointCounter
{
public:
    explicit CodePointCounter(std::string_view s)
        : m_text(s)
    { }
    std::size_t at(std::size_t byte)
    {
        if (byte < m_byte) {
            m_byte = 0;
            m_index = 0;
        }
        m_index += utf8Length(m_text.substr(m_byte, byte - m_byte));
        m_byte = byte;
        return m_index;
    }

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_index = 0;
};

struct Found
{
    std::size_t start = 0; // byte offsets
    std::size_t end = 0;
    std::vector<std::string> groups;
};

const Regex *regexOf(const Value &v)
{
    if (v.isFunction() && v.fn()->kind == Function::Kind::Regex)
        return v.fn()->regex.get();
    return nullptr;
}

// All successive matches as jsonata-js iterates them: a zero-length match after the first
// is an error (D1004). A user-written matcher function (returning {match, start, end,
// groups, next}) is iterated the same way.
std::vector<Found> allMatches(Evaluator &ev, const CallContext &ctx, const Value &pattern,
                              std::string_view s, double limit)
{
    std::vector<Found> out;
    if (const Regex *re = regexOf(pattern)) {
        RegexMatch m;
        if (!re->exec(s, 0, m))
            return out;
        for (;;) {
            if (limit >= 0 && double(out.size()) >= limit)
                break;
            out.push_back({ m.start, m.end, m.groups });
            ev.tick();
            std::size_t from = m.end;
            if (from >= s.size())
                break;
            if (!re->exec(s, from, m))
                break;
            if (m.start == m.end)
                throwError("D1004", ctx.position, re->pattern());
        }
        return out;
    }
    ValueList args { Value::string(s) };
    Value result = ev.apply(pattern, args, ctx.input, ctx.env, ctx.position);
    while (result.isDefined() && (limit < 0 || double(out.size()) < limit)) {
        Value start = result.get("start"), end = result.get("end"), match = result.get("match");
        if (!result.isObject() || !start.isNumber() || !end.isNumber() || !match.isString())
            throwError("T1010", ctx.position);
        Found f;
        auto offset = [&](double cp) {
            return utf8Offset(
                s, std::size_t(std::clamp(std::isnan(cp) ? 0.0 : cp, 0.0, double(s.size()))));
        };
        f.start = offset(start.numberValue());
        f.end = std::max(f.start, offset(end.numberValue()));
        Value groups = result.get("groups");
        for (std::size_t i = 0; i < groups.size(); ++i)
            f.groups.emplace_back(groups.at(i).str());
        out.push_back(std::move(f));
        Value next = result.get("next");
        if (!next.isFunction())
            break;
        ValueList none;
        result = ev.apply(next, none, ctx.input, ctx.env, ctx.position);
    }
    return out;
}

} // namespace

namespace Builtins {

Value string(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    bool pretty = arg(args, 1).isBool() && arg(args, 1).boolValue();
    if (v.isString() || v.isFunction() || !pretty)
        return stringOf(v);
    if (v.isNumber() && !std::isfinite(v.numberValue()))
        throwError("D3001");
    return Value::string(stringify(v, true));
}

Value substring(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    // Positions count code points; in ASCII text they are byte offsets.
    const bool ascii = isAscii(s.str());
    std::vector<std::uint32_t> cps;
    if (!ascii)
        cps = decodeUtf8(s.str());
    double len = double(ascii ? s.str().size() : cps.size());
    double start = std::trunc(arg(args, 1).numberValue());
    if (len + start < 0)
        start = 0;
    double end = len;
    if (arg(args, 2).isDefined()) {
        double length = arg(args, 2).numberValue();
        if (length <= 0)
            return Value::string("");
        end = start >= 0 ? start + length : len + start + length;
        end = std::trunc(end);
    }
    if (start < 0)
        start = std::max(0.0, len + start);
    if (end < 0)
        end = std::max(0.0, len + end);
    start = std::min(start, len);
    end = std::min(end, len);
    if (end <= start)
        return Value::string("");
    if (ascii)
        return Value::string(s.str().substr(std::size_t(start), std::size_t(end - start)));
    return Value::string(encodeUtf8(cps, std::size_t(start), std::size_t(end - start)));
}

Value substringBefore(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string_view str = s.str();
    auto pos = str.find(arg(args, 1).str());
    return pos == std::string_view::npos ? s : Value::string(str.substr(0, pos));
}

Value substringAfter(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string_view str = s.str();
    std::string_view chars = arg(args, 1).str();
    auto pos = str.find(chars);
    return pos == std::string_view::npos ? s : Value::string(str.substr(pos + chars.size()));
}

Value lowercase(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    if (isAscii(s.str())) {
        std::string out(s.str());
        for (char &c : out)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        return Value::string(std::move(out));
    }
    auto cps = decodeUtf8(s.str());
    for (auto &c : cps)
        c = lower(c);
    return Value::string(encodeUtf8(cps));
}

Value uppercase(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    if (isAscii(s.str())) {
        std::string out(s.str());
        for (char &c : out)
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
        return Value::string(std::move(out));
    }
    // As JavaScript's toUpperCase: ß has no capital of its own and becomes SS (Straße →
    // STRASSE), the one full case mapping that real address and name data meets.
    std::vector<std::uint32_t> out;
    for (std::uint32_t c : decodeUtf8(s.str())) {
        if (c == 0xDF) {
            out.push_back('S');
            out.push_back('S');
        } else {
            out.push_back(upper(c));
        }
    }
    return Value::string(encodeUtf8(out));
}

Value length(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    return Value::number(double(utf8Length(s.str())));
}

Value trim(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    // Runs of whitespace become one space, then the ends are cut.
    const std::string_view in = s.str();
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    std::size_t begin = 0, end = in.size();
    while (begin < end && isSpace(in[begin]))
        ++begin;
    while (end > begin && isSpace(in[end - 1]))
        --end;
    std::string out;
    out.reserve(end - begin);
    std::size_t run = begin;
    for (std::size_t i = begin; i < end; ++i) {
        if (!isSpace(in[i]))
            continue;
        out.append(in.data() + run, i - run);
        out += ' ';
        while (i + 1 < end && isSpace(in[i + 1]))
            ++i;
        run = i + 1;
    }
    out.append(in.data() + run, end - run);
    return Value::string(std::move(out));
}

Value pad(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    double width = arg(args, 1).numberValue();
    std::string ch = arg(args, 2).isString() && !arg(args, 2).str().empty()
        ? std::string(arg(args, 2).str())
        : std::string(" ");
    double padLength = std::fabs(width) - double(utf8Length(s.str()));
    if (!(padLength > 0))
        return s;
    if (padLength > 1e7)
        throwError("D1011", 0, {}, "Padding exceeds the maximum length");
    std::string p;
    if (isAscii(ch)) {
        p.reserve(std::size_t(padLength));
        for (std::size_t i = 0; i < std::size_t(padLength); ++i)
            p += ch[i % ch.size()];
    } else {
        auto chCps = decodeUtf8(ch);
        std::vector<std::uint32_t> padding;
        for (std::size_t i = 0; i < std::size_t(padLength); ++i)
            padding.push_back(chCps[i % chCps.size()]);
        p = encodeUtf8(padding);
    }
    const std::string_view text = s.str();
    std::string out;
    out.reserve(text.size() + p.size());
    if (width > 0)
        out.append(text).append(p);
    else
        out.append(p).append(text);
    return Value::string(std::move(out));
}

Value contains(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    const Value &token = arg(args, 1);
    if (token.isString())
        return Value::boolean(s.str().find(token.str()) != std::string_view::npos);
    return Value::boolean(!allMatches(ev, ctx, token, s.str(), 1).empty());
}

Value split(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    double limit = -1;
    if (arg(args, 2).isDefined()) {
        limit = arg(args, 2).numberValue();
        if (limit < 0)
            throwError("D3020", ctx.position);
        limit = std::floor(limit);
    }
    std::string_view str = s.str();
    ValueList result;
    const Value &sep = arg(args, 1);
    auto full = [&] {
        return limit >= 0 && double(result.size()) >= limit;
    };
    if (sep.isString()) {
        std::string_view d = sep.str();
        if (d.empty()) {
            for (auto cp : decodeUtf8(str)) {
                if (full())
                    break;
                std::string c;
                appendUtf8(c, cp);
                result.push_back(Value::string(std::move(c)));
            }
        } else {
            std::size_t pos = 0;
            while (!full()) {
                auto next = str.find(d, pos);
                if (next == std::string_view::npos) {
                    result.push_back(Value::string(str.substr(pos)));
                    break;
                }
                result.push_back(Value::string(str.substr(pos, next - pos)));
                pos = next + d.size();
            }
        }
    } else {
        auto matches = allMatches(ev, ctx, sep, str, limit);
        std::size_t start = 0;
        for (const auto &m : matches) {
            result.push_back(Value::string(str.substr(start, m.start - start)));
            start = m.end;
        }
        if (!full())
            result.push_back(Value::string(str.substr(start)));
    }
    return Value::array(std::move(result));
}

Value join(Evaluator &ev, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    const std::string_view sep = arg(args, 1).isString() ? arg(args, 1).str() : std::string_view();
    const ValueList items = a.toList();
    std::size_t length = items.empty() ? 0 : sep.size() * (items.size() - 1);
    for (const Value &item : items)
        length += item.str().size();
    ev.checkString(length);
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += sep;
        out += items[i].str();
    }
    return Value::string(std::move(out));
}

Value match(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    double limit = -1;
    if (arg(args, 2).isDefined()) {
        limit = arg(args, 2).numberValue();
        if (limit < 0)
            throwError("D3040", ctx.position);
    }
    std::string_view str = s.str();
    ValueList result;
    CodePointCounter index(str);
    for (const auto &m : allMatches(ev, ctx, arg(args, 1), str, limit)) {
        ev.tick();
        ObjectData d;
        d.set("match", Value::string(str.substr(m.start, m.end - m.start)));
        d.set("index", Value::number(double(index.at(m.start))));
        ValueList groups;
        for (const auto &g : m.groups)
            groups.push_back(Value::string(g));
        d.set("groups", Value::array(std::move(groups)));
        result.push_back(Value::object(std::move(d)));
    }
    return Value::sequence(std::move(result));
}

static std::string substitute(const std::string &replacement, std::string_view matched,
                              const std::vector<std::string> &groups)
{
    std::string out;
    std::size_t position = 0;
    std::size_t index = replacement.find('$', position);
    while (index != std::string::npos && position < replacement.size()) {
        out += replacement.substr(position, index - position);
        position = index + 1;
        char dollar = position < replacement.size() ? replacement[position] : '\0';
        if (dollar == '$') {
            out += '$';
            ++position;
        } else if (dollar == '0') {
            out += matched;
            ++position;
        } else {
            std::size_t maxDigits = groups.empty()
                ? 1
                : std::size_t(std::floor(std::log10(double(groups.size())))) + 1;
            auto parse = [&](std::size_t digits, long &value) {
                std::string part = replacement.substr(position, digits);
                std::size_t k = 0;
                while (k < part.size() && part[k] >= '0' && part[k] <= '9')
                    ++k;
                if (k == 0)
                    return false;
                value = std::stol(part.substr(0, k));
                return true;
            };
            long g = 0;
            bool ok = parse(maxDigits, g);
            if (ok && maxDigits > 1 && std::size_t(g) > groups.size())
                ok = parse(maxDigits - 1, g);
            if (ok) {
                if (!groups.empty() && g >= 1 && std::size_t(g) <= groups.size())
                    out += groups[std::size_t(g - 1)];
                position += std::to_string(g).size();
            } else {
                out += '$';
            }
        }
        index = replacement.find('$', position);
    }
    if (position < replacement.size())
        out += replacement.substr(position);
    return out;
}

Value replace(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    const Value &pattern = arg(args, 1);
    const Value &replacement = arg(args, 2);
    if (pattern.isString() && pattern.str().empty())
        throwError("D3010", ctx.position);
    double limit = -1;
    if (arg(args, 3).isDefined()) {
        limit = arg(args, 3).numberValue();
        if (limit < 0)
            throwError("D3011", ctx.position);
    }
    std::string_view str = s.str();
    std::string result;
    if (pattern.isString()) {
        std::string_view p = pattern.str();
        std::size_t position = 0;
        double count = 0;
        std::size_t index = str.find(p);
        std::string rep = replacement.isString() ? std::string(replacement.str()) : std::string();
        while (index != std::string_view::npos && (limit < 0 || count < limit)) {
            result += str.substr(position, index - position);
            result += rep;
            position = index + p.size();
            ++count;
            ev.checkString(result.size());
            index = str.find(p, position);
        }
        result += str.substr(position);
        return Value::string(std::move(result));
    }
    auto matches = allMatches(ev, ctx, pattern, str, limit);
    if (matches.empty())
        return s;
    std::size_t position = 0;
    CodePointCounter index(str);
    for (const auto &m : matches) {
        ev.tick();
        result += str.substr(position, m.start - position);
        std::string_view matched = str.substr(m.start, m.end - m.start);
        if (replacement.isString()) {
            result += substitute(std::string(replacement.str()), matched, m.groups);
        } else {
            ObjectData d;
            d.set("match", Value::string(matched));
            d.set("start", Value::number(double(index.at(m.start))));
            d.set("end", Value::number(double(index.at(m.end))));
            ValueList groups;
            for (const auto &g : m.groups)
                groups.push_back(Value::string(g));
            d.set("groups", Value::array(std::move(groups)));
            ValueList fargs { Value::object(std::move(d)) };
            Value r = ev.apply(replacement, fargs, ctx.input, ctx.env, ctx.position);
            if (!r.isString())
                throwError("D3012", ctx.position);
            result += r.str();
        }
        ev.checkString(result.size());
        position = m.end;
    }
    result += str.substr(position);
    return Value::string(std::move(result));
}

static const char *b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value base64encode(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string_view in = s.str();
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        unsigned n
            = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += b64chars[(n >> 18) & 63];
        out += b64chars[(n >> 12) & 63];
        out += b64chars[(n >> 6) & 63];
        out += b64chars[n & 63];
    }
    if (i < in.size()) {
        unsigned n = (unsigned char)in[i] << 16;
        if (i + 1 < in.size())
            n |= (unsigned char)in[i + 1] << 8;
        out += b64chars[(n >> 18) & 63];
        out += b64chars[(n >> 12) & 63];
        out += i + 1 < in.size() ? b64chars[(n >> 6) & 63] : '=';
        out += '=';
    }
    return Value::string(std::move(out));
}

Value base64decode(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string out;
    unsigned buf = 0;
    int bits = 0;
    for (char c : s.str()) {
        const char *p = std::strchr(b64chars, c);
        if (!p || c == '\0')
            continue;
        buf = (buf << 6) | unsigned(p - b64chars);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buf >> bits) & 0xFF);
        }
    }
    return Value::string(std::move(out));
}

static Value encode(const ValueList &args, const char *keep)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string out;
    for (char c : s.str()) {
        auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || std::strchr(keep, c)) {
            out += c;
        } else {
            char b[4];
            std::snprintf(b, sizeof b, "%%%02X", u);
            out += b;
        }
    }
    return Value::string(std::move(out));
}

Value encodeUrlComponent(Evaluator &, const CallContext &, ValueList &args)
{
    return encode(args, "-_.!~*'()");
}

Value encodeUrl(Evaluator &, const CallContext &, ValueList &args)
{
    return encode(args, "-_.!~*'();/?:@&=+$,#");
}

static Value decode(const ValueList &args, const char *reserved, std::size_t position)
{
    const Value &s = arg(args, 0);
    if (s.isUndefined())
        return {};
    std::string_view in = s.str();
    std::string out;
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size() || hex(in[i + 1]) < 0 || hex(in[i + 2]) < 0)
            throwError("D3140", position);
        char c = char(hex(in[i + 1]) * 16 + hex(in[i + 2]));
        if (static_cast<unsigned char>(c) < 0x80 && std::strchr(reserved, c) && c != '\0')
            out.append(in.substr(i, 3));
        else
            out += c;
        i += 2;
    }
    // The decoded bytes must form valid UTF-8.
    for (std::size_t i = 0; i < out.size();) {
        auto c = static_cast<unsigned char>(out[i]);
        std::size_t len = c < 0x80 ? 1
            : (c >> 5) == 6        ? 2
            : (c >> 4) == 14       ? 3
            : (c >> 3) == 30       ? 4
                                   : 0;
        if (len == 0 || i + len > out.size())
            throwError("D3140", position);
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(out[i + k]) >> 6) != 2)
                throwError("D3140", position);
        i += len;
    }
    return Value::string(std::move(out));
}

Value decodeUrlComponent(Evaluator &, const CallContext &ctx, ValueList &args)
{
    return decode(args, "", ctx.position);
}

Value decodeUrl(Evaluator &, const CallContext &ctx, ValueList &args)
{
    return decode(args, ";/?:@&=+$,#", ctx.position);
}

Value eval(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &text = arg(args, 0);
    if (text.isUndefined())
        return {};
    Value input = ctx.input;
    if (arg(args, 1).isDefined()) {
        input = arg(args, 1);
        if (input.isArray() && !input.isSequence())
            input = Value::array({ input }, Value::Sequence | Value::OuterWrapper);
    }
    auto parser = std::make_shared<Parser>();
    const Node *ast = nullptr;
    try {
        ast = parser->parse(text.str());
    } catch (EvalError &e) {
        throwError("D3120", ctx.position, {}, e.error.message);
    }
    ev.adopt(parser);
    try {
        return unwrapSequence(ev.evaluate(ast, input, ctx.env));
    } catch (EvalError &e) {
        if (e.error.code == "U1001")
            throw;
        throwError("D3121", ctx.position, {}, e.error.message);
    }
}

} // namespace Builtins
} // namespace Flowsmith::Expr
