#include "builtins.h"
#include "evalerror.h"
#include "evaluator.h"
#include "integerformat.h"
#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <unordered_map>

namespace Flowsmith::Expr {

namespace {

using CodePoints = std::vector<std::uint32_t>;

const Value &arg(const ValueList &args, std::size_t i)
{
    static const Value undefined;
    return i < args.size() ? args[i] : undefined;
}

std::ptrdiff_t indexOf(const CodePoints &s, std::uint32_t c, std::size_t from = 0)
{
    for (std::size_t i = from; i < s.size(); ++i)
        if (s[i] == c)
            return std::ptrdiff_t(i);
    return -1;
}

std::ptrdiff_t lastIndexOf(const CodePoints &s, std::uint32_t c)
{
    for (std::size_t i = s.size(); i-- > 0;)
        if (s[i] == c)
            return std::ptrdiff_t(i);
    return -1;
}

CodePoints sub(const CodePoints &s, std::size_t from, std::size_t to = SIZE_MAX)
{
    from = std::min(from, s.size());
    to = std::min(to, s.size());
    if (to <= from)
        return {};
    return CodePoints(s.begin() + std::ptrdiff_t(from), s.begin() + std::ptrdiff_t(to));
}

// XPath F&O 4.7 format-number, following the jsonata-js reading of the spec.
struct Properties
{
    std::uint32_t decimal = '.', grouping = ',', exponent = 'e', minus = '-', percent = '%',
                  permille = 0x2030, zero = '0', digit = '#', pattern = ';';
    std::string infinity = "Infinity", nan = "NaN";
};

struct Parts
{
    CodePoints prefix, suffix, active, mantissa, exponent, integer, fractional, subpicture;
    bool hasExponent = false;
};

struct Variables
{
    std::vector<int> integerGrouping;
    int regularGrouping = 0;
    int minInteger = 0;
    int scaling = 0;
    CodePoints prefix, suffix, picture;
    std::vector<int> fractionalGrouping;
    int minFraction = 0;
    int maxFraction = 0;
    int minExponent = 0;
};

class NumberFormatter
{
public:
    explicit NumberFormatter(const Properties &p)
        : m_p(p)
    {
        for (std::uint32_t i = 0; i < 10; ++i)
            m_digits.push_back(p.zero + i);
        m_active = m_digits;
        for (std::uint32_t c : { p.decimal, p.exponent, p.grouping, p.digit, p.pattern })
            m_active.push_back(c);
    }

    bool isDigit(std::uint32_t c) const { return c >= m_p.zero && c < m_p.zero + 10; }
    bool isActive(std::uint32_t c) const
    {
        return std::find(m_active.begin(), m_active.end(), c) != m_active.end();
    }

    Parts split(const CodePoints &sp) const
    {
        Parts parts;
        parts.subpicture = sp;
        std::size_t prefixEnd = sp.size();
        for (std::size_t i = 0; i < sp.size(); ++i)
            if (isActive(sp[i]) && sp[i] != m_p.exponent) {
                prefixEnd = i;
                break;
            }
        parts.prefix = sub(sp, 0, prefixEnd);
        std::size_t suffixStart = sp.size();
        for (std::size_t i = sp.size(); i-- > 0;)
            if (isActive(sp[i]) && sp[i] != m_p.exponent) {
                suffixStart = i + 1;
                break;
            }
        if (prefixEnd == sp.size())
            suffixStart = sp.size();
        parts.suffix = sub(sp, suffixStart);
        parts.active = sub(sp, parts.prefix.size(), sp.size() - parts.suffix.size());
        std::ptrdiff_t expPos = indexOf(sp, m_p.exponent, parts.prefix.size());
        if (expPos == -1 || expPos > std::ptrdiff_t(sp.size() - parts.suffix.size())) {
            parts.mantissa = parts.active;
        } else {
            parts.mantissa = sub(parts.active, 0, std::size_t(expPos));
            parts.exponent = sub(parts.active, std::size_t(expPos) + 1);
            parts.hasExponent = true;
        }
        std::ptrdiff_t dec = indexOf(parts.mantissa, m_p.decimal);
        if (dec == -1) {
            parts.integer = parts.mantissa;
            parts.fractional = parts.suffix;
        } else {
            parts.integer = sub(parts.mantissa, 0, std::size_t(dec));
            parts.fractional = sub(parts.mantissa, std::size_t(dec) + 1);
        }
        return parts;
    }

    void validate(const Parts &parts) const
    {
        const CodePoints &sp = parts.subpicture;
        const char *error = nullptr;
        // A sub-picture with no active character at all is all passive text.
        if (std::none_of(sp.begin(), sp.end(), [this](std::uint32_t c) { return isActive(c); }))
            throwError("D3086");
        std::ptrdiff_t decimalPos = indexOf(sp, m_p.decimal);
        if (decimalPos != lastIndexOf(sp, m_p.decimal))
            error = "D3081";
        if (indexOf(sp, m_p.percent) != lastIndexOf(sp, m_p.percent))
            error = "D3082";
        if (indexOf(sp, m_p.permille) != lastIndexOf(sp, m_p.permille))
            error = "D3083";
        if (indexOf(sp, m_p.percent) != -1 && indexOf(sp, m_p.permille) != -1)
            error = "D3084";
        bool valid = false;
        for (auto c : parts.mantissa)
            if (isDigit(c) || c == m_p.digit)
                valid = true;
        if (!valid)
            error = "D3085";
        for (auto c : parts.active)
            if (!isActive(c))
                error = "D3086";
        if (decimalPos != -1) {
            if ((decimalPos > 0 && sp[std::size_t(decimalPos - 1)] == m_p.grouping)
                || (std::size_t(decimalPos + 1) < sp.size()
                    && sp[std::size_t(decimalPos + 1)] == m_p.grouping))
                error = "D3087";
        } else if (!parts.integer.empty() && parts.integer.back() == m_p.grouping) {
            error = "D3088";
        }
        for (std::size_t i = 0; i + 1 < sp.size(); ++i)
            if (sp[i] == m_p.grouping && sp[i + 1] == m_p.grouping)
                error = "D3089";
        std::ptrdiff_t opt = indexOf(parts.integer, m_p.digit);
        if (opt != -1)
            for (std::size_t i = 0; i < std::size_t(opt); ++i)
                if (isDigit(parts.integer[i]))
                    error = "D3090";
        opt = lastIndexOf(parts.fractional, m_p.digit);
        if (opt != -1)
            for (std::size_t i = std::size_t(opt); i < parts.fractional.size(); ++i)
                if (isDigit(parts.fractional[i]))
                    error = "D3091";
        if (parts.hasExponent && !parts.exponent.empty()
            && (indexOf(sp, m_p.percent) != -1 || indexOf(sp, m_p.permille) != -1))
            error = "D3092";
        if (parts.hasExponent) {
            bool bad = parts.exponent.empty();
            for (auto c : parts.exponent)
                if (!isDigit(c))
                    bad = true;
            if (bad)
                error = "D3093";
        }
        if (error)
            throwError(error);
    }

    std::vector<int> groupingPositions(const Parts &parts, const CodePoints &part,
                                       bool toLeft) const
    {
        std::vector<int> positions;
        std::ptrdiff_t pos = indexOf(part, m_p.grouping);
        while (pos != -1) {
            CodePoints side = toLeft ? sub(part, 0, std::size_t(pos)) : sub(part, std::size_t(pos));
            int n = 0;
            for (auto c : side)
                if (isDigit(c) || c == m_p.digit)
                    ++n;
            positions.push_back(n);
            pos = indexOf(parts.integer, m_p.grouping, std::size_t(pos) + 1);
        }
        return positions;
    }

    Variables analyse(const Parts &parts) const
    {
        Variables v;
        v.integerGrouping = groupingPositions(parts, parts.integer, false);
        if (!v.integerGrouping.empty()) {
            int factor = std::accumulate(v.integerGrouping.begin(), v.integerGrouping.end(), 0,
                                         [](int a, int b) { return std::gcd(a, b); });
            bool regular = factor > 0;
            for (std::size_t i = 1; i <= v.integerGrouping.size() && regular; ++i)
                regular
                    = std::find(v.integerGrouping.begin(), v.integerGrouping.end(), int(i) * factor)
                    != v.integerGrouping.end();
            v.regularGrouping = regular ? factor : 0;
        }
        v.fractionalGrouping = groupingPositions(parts, parts.fractional, true);
        for (auto c : parts.integer)
            if (isDigit(c))
                ++v.minInteger;
        v.scaling = v.minInteger;
        for (auto c : parts.fractional) {
            if (isDigit(c))
                ++v.minFraction;
            if (isDigit(c) || c == m_p.digit)
                ++v.maxFraction;
        }
        if (v.minInteger == 0 && v.maxFraction == 0) {
            if (parts.hasExponent) {
                v.minFraction = 1;
                v.maxFraction = 1;
            } else {
                v.minInteger = 1;
            }
        }
        if (parts.hasExponent && v.minInteger == 0 && indexOf(parts.integer, m_p.digit) != -1)
            v.minInteger = 1;
        if (v.minInteger == 0 && v.minFraction == 0)
            v.minFraction = 1;
        if (parts.hasExponent)
            for (auto c : parts.exponent)
                if (isDigit(c))
                    ++v.minExponent;
        v.prefix = parts.prefix;
        v.suffix = parts.suffix;
        v.picture = parts.subpicture;
        return v;
    }

    CodePoints makeString(double value, int dp) const
    {
        dp = std::clamp(dp, 0, 400);
        // Fixed notation of at most 309 integer digits and 400 decimals.
        char buf[768];
        const auto res
            = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed, dp);
        CodePoints out;
        out.reserve(std::size_t(res.ptr - buf));
        for (const char *p = buf; p != res.ptr; ++p)
            out.push_back(*p >= '0' && *p <= '9' ? m_p.zero + std::uint32_t(*p - '0')
                                                 : std::uint32_t(static_cast<unsigned char>(*p)));
        return out;
    }

    // The picture's positive and negative sub-pictures, analysed once (throws its D30xx).
    std::vector<Variables> analysePicture(const CodePoints &picture) const
    {
        std::vector<CodePoints> subPictures { {} };
        for (auto c : picture) {
            if (c == m_p.pattern)
                subPictures.emplace_back();
            else
                subPictures.back().push_back(c);
        }
        if (subPictures.size() > 2)
            throwError("D3080");
        std::vector<Parts> parts;
        for (const auto &sp : subPictures)
            parts.push_back(split(sp));
        for (const auto &p : parts)
            validate(p);
        std::vector<Variables> vars;
        for (const auto &p : parts)
            vars.push_back(analyse(p));
        if (vars.size() == 1) {
            vars.push_back(vars[0]);
            vars[1].prefix.insert(vars[1].prefix.begin(), m_p.minus);
        }
        return vars;
    }

    std::string format(double value, const std::vector<Variables> &vars) const
    {
        const Variables &pic = value >= 0 ? vars[0] : vars[1];
        double adjusted = value;
        if (indexOf(pic.picture, m_p.percent) != -1)
            adjusted = value * 100;
        else if (indexOf(pic.picture, m_p.permille) != -1)
            adjusted = value * 1000;
        double mantissa = adjusted;
        bool hasExponent = pic.minExponent != 0;
        int exponent = 0;
        if (!std::isfinite(adjusted))
            throwError("D1001");
        if (hasExponent && mantissa != 0) {
            double maxMantissa = std::pow(10, pic.scaling);
            double minMantissa = std::pow(10, pic.scaling - 1);
            // jsonata-js scales a negative mantissa towards -Infinity for ever; a double runs
            // out of exponent after some 330 steps, so a longer walk is that endless loop.
            constexpr int maxSteps = 700;
            int steps = 0;
            while (mantissa < minMantissa) {
                mantissa *= 10;
                exponent -= 1;
                if (++steps > maxSteps)
                    throwError("U1001", 0, {},
                               "Expression evaluation timeout: Check for infinite loop");
            }
            while (mantissa > maxMantissa) {
                mantissa /= 10;
                exponent += 1;
                if (++steps > maxSteps)
                    throwError("U1001", 0, {},
                               "Expression evaluation timeout: Check for infinite loop");
            }
        }
        // JavaScript's toFixed, which jsonata-js formats with, takes 0 to 100 digits.
        if (pic.maxFraction > 100)
            throwError("RangeError", 0, {}, "toFixed() digits argument must be between 0 and 100");
        double rounded = roundHalfEven(mantissa, pic.maxFraction);
        CodePoints s = makeString(rounded, pic.maxFraction);
        std::ptrdiff_t dot = indexOf(s, '.');
        if (dot == -1)
            s.push_back(m_p.decimal);
        else
            s[std::size_t(dot)] = m_p.decimal;
        while (!s.empty() && s.front() == m_p.zero)
            s.erase(s.begin());
        while (!s.empty() && s.back() == m_p.zero)
            s.pop_back();
        std::ptrdiff_t decimalPos = indexOf(s, m_p.decimal);
        int padLeft = pic.minInteger - int(decimalPos);
        int padRight = pic.minFraction - int(s.size() - std::size_t(decimalPos) - 1);
        if (padLeft > 0)
            s.insert(s.begin(), std::size_t(padLeft), m_p.zero);
        if (padRight > 0)
            s.insert(s.end(), std::size_t(padRight), m_p.zero);
        decimalPos = indexOf(s, m_p.decimal);
        if (pic.regularGrouping > 0) {
            int groupCount = (int(decimalPos) - 1) / pic.regularGrouping;
            for (int g = 1; g <= groupCount; ++g)
                s.insert(s.begin() + (decimalPos - g * pic.regularGrouping), m_p.grouping);
        } else {
            for (int pos : pic.integerGrouping) {
                std::ptrdiff_t at = decimalPos - pos;
                if (at >= 0 && at <= std::ptrdiff_t(s.size()))
                    s.insert(s.begin() + at, m_p.grouping);
                ++decimalPos;
            }
        }
        decimalPos = indexOf(s, m_p.decimal);
        for (int pos : pic.fractionalGrouping) {
            std::ptrdiff_t at = pos + decimalPos + 1;
            if (at >= 0 && at <= std::ptrdiff_t(s.size()))
                s.insert(s.begin() + at, m_p.grouping);
        }
        decimalPos = indexOf(s, m_p.decimal);
        if (pic.maxFraction == 0 || decimalPos == std::ptrdiff_t(s.size()) - 1)
            s.erase(s.begin() + decimalPos);
        if (hasExponent) {
            CodePoints e = makeString(exponent, 0);
            int pad = pic.minExponent - int(e.size());
            if (pad > 0)
                e.insert(e.begin(), std::size_t(pad), m_p.zero);
            s.push_back(m_p.exponent);
            if (exponent < 0)
                s.push_back(m_p.minus);
            s.insert(s.end(), e.begin(), e.end());
        }
        CodePoints out = pic.prefix;
        out.insert(out.end(), s.begin(), s.end());
        out.insert(out.end(), pic.suffix.begin(), pic.suffix.end());
        return encodeUtf8(out);
    }

private:
    const Properties &m_p;
    CodePoints m_digits;
    CodePoints m_active;
};

std::uint32_t firstCodePoint(const Value &v, std::uint32_t fallback)
{
    if (!v.isString())
        return fallback;
    auto cps = decodeUtf8(v.str());
    return cps.empty() ? fallback : cps[0];
}

} // namespace

namespace Builtins {

Value formatNumber(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    Properties p;
    const Value &options = arg(args, 2);
    if (options.isObject()) {
        p.decimal = firstCodePoint(options.get("decimal-separator"), p.decimal);
        p.grouping = firstCodePoint(options.get("grouping-separator"), p.grouping);
        p.exponent = firstCodePoint(options.get("exponent-separator"), p.exponent);
        p.minus = firstCodePoint(options.get("minus-sign"), p.minus);
        p.percent = firstCodePoint(options.get("percent"), p.percent);
        p.permille = firstCodePoint(options.get("per-mille"), p.permille);
        p.zero = firstCodePoint(options.get("zero-digit"), p.zero);
        p.digit = firstCodePoint(options.get("digit"), p.digit);
        p.pattern = firstCodePoint(options.get("pattern-separator"), p.pattern);
    }
    NumberFormatter f(p);
    const std::string_view picture = arg(args, 1).str();
    if (options.isObject())
        return Value::string(f.format(v.numberValue(), f.analysePicture(decodeUtf8(picture))));
    // Mappings format many values with one picture literal: analyse it once per thread.
    static thread_local std::unordered_map<std::string, std::vector<Variables>> analysed;
    auto it = analysed.find(std::string(picture));
    if (it == analysed.end()) {
        if (analysed.size() >= 64)
            analysed.clear();
        it = analysed.emplace(std::string(picture), f.analysePicture(decodeUtf8(picture))).first;
    }
    return Value::string(f.format(v.numberValue(), it->second));
}

Value formatInteger(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    IntegerPicture pic = analyseIntegerPicture(arg(args, 1).str());
    return Value::string(formatIntegerWith(std::floor(v.numberValue()), pic));
}

Value parseInteger(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    IntegerPicture pic = analyseIntegerPicture(arg(args, 1).str());
    if (pic.primary == IntegerPicture::Primary::Sequence)
        throwError("D3130", 0, pic.token);
    return Value::number(parseIntegerWith(v.str(), pic));
}

} // namespace Builtins
} // namespace Flowsmith::Expr
