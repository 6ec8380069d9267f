#include "builtins.h"
#include "evalerror.h"
#include "evaluator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <random>

namespace Flowsmith::Expr {

namespace {

const Value &arg(const ValueList &args, std::size_t i)
{
    static const Value undefined;
    return i < args.size() ? args[i] : undefined;
}

bool matchesNumberSyntax(std::string_view s)
{
    // -?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?
    std::size_t i = 0, n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    std::size_t d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == d)
        return false;
    if (i < n && s[i] == '.') {
        ++i;
        std::size_t f = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == f)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t e = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == e)
            return false;
    }
    return i == n;
}

bool parsePrefixed(std::string_view s, double &out)
{
    if (s.size() < 3 || s[0] != '0')
        return false;
    int base = 0;
    char p = s[1];
    if (p == 'x' || p == 'X')
        base = 16;
    else if (p == 'o' || p == 'O')
        base = 8;
    else if (p == 'b' || p == 'B')
        base = 2;
    else
        return false;
    double v = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
        char c = s[i];
        int d = (c >= '0' && c <= '9') ? c - '0'
            : (c >= 'a' && c <= 'f')   ? c - 'a' + 10
            : (c >= 'A' && c <= 'F')   ? c - 'A' + 10
                                       : 99;
        if (d >= base)
            return false;
        v = v * base + d;
    }
    out = v;
    return true;
}

} // namespace

namespace Builtins {

Value number(Evaluator &, const CallContext &ctx, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    if (v.isNumber())
        return v;
    if (v.isBool())
        return Value::number(v.boolValue() ? 1 : 0);
    if (v.isString()) {
        std::string s(v.str());
        if (matchesNumberSyntax(s)) {
            double d = parseDecimal(s);
            if (std::isfinite(d))
                return Value::number(d);
        }
        double d = 0;
        if (parsePrefixed(s, d))
            return Value::number(d);
    }
    throwError("D3030", ctx.position);
}

Value floor(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    return v.isUndefined() ? Value() : Value::number(std::floor(v.numberValue()));
}

Value ceil(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    return v.isUndefined() ? Value() : Value::number(std::ceil(v.numberValue()));
}

Value abs(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    return v.isUndefined() ? Value() : Value::number(std::fabs(v.numberValue()));
}

Value sqrt(Evaluator &, const CallContext &ctx, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    if (v.numberValue() < 0)
        throwError("D3060", ctx.position);
    return Value::number(std::sqrt(v.numberValue()));
}

Value power(Evaluator &, const CallContext &ctx, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    double r = std::pow(v.numberValue(), arg(args, 1).numberValue());
    if (!std::isfinite(r))
        throwError("D3061", ctx.position);
    return Value::number(r);
}

static double jsRound(double x)
{
    return std::floor(x + 0.5);
}

static double shiftDecimal(double value, int by) // |by| is bounded by the callers
{
    // Shift through the decimal text (as jsonata-js does) to avoid binary rounding drift: the
    // shortest digits of the value, with the exponent moved.
    char buf[64];
    auto res = std::to_chars(buf, buf + 40, value, std::chars_format::scientific);
    char *e = std::find(buf, res.ptr, 'e');
    const int exp = e != res.ptr ? scientificExponent(e + 1, res.ptr) : 0;
    *e = 'e';
    res = std::to_chars(e + 1, buf + sizeof buf - 1, exp + by);
    return parseDecimal(std::string_view(buf, std::size_t(res.ptr - buf)));
}

static double roundHalfEvenImpl(double value, int precision)
{
    if (precision)
        value = shiftDecimal(value, precision);
    double result = jsRound(value);
    double diff = result - value;
    if (std::fabs(diff) == 0.5 && std::fabs(std::fmod(result, 2)) == 1)
        result -= 1;
    if (precision)
        result = shiftDecimal(result, -precision);
    if (result == 0)
        result = 0; // no negative zero
    return result;
}

Value round(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    double p = arg(args, 1).isDefined() ? arg(args, 1).numberValue() : 0;
    int precision = int(std::clamp(std::isnan(p) ? 0.0 : p, -400.0, 400.0));
    return Value::number(roundHalfEvenImpl(v.numberValue(), precision));
}

Value random(Evaluator &, const CallContext &, ValueList &)
{
    thread_local std::mt19937_64 gen { std::random_device {}() };
    return Value::number(std::uniform_real_distribution<double>(0.0, 1.0)(gen));
}

Value sum(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    double total = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        total += a.itemNumber(i);
    return Value::number(total);
}

Value count(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    return Value::number(a.isUndefined() ? 0 : double(a.size()));
}

Value max(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined() || a.size() == 0)
        return {};
    double m = -INFINITY;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, a.itemNumber(i));
    return Value::number(m);
}

Value min(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined() || a.size() == 0)
        return {};
    double m = INFINITY;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::min(m, a.itemNumber(i));
    return Value::number(m);
}

Value average(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined() || a.size() == 0)
        return {};
    double total = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        total += a.itemNumber(i);
    return Value::number(total / double(a.size()));
}

Value formatBase(Evaluator &, const CallContext &ctx, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    if (!std::isfinite(v.numberValue()))
        throwError("D1001", ctx.position);
    double value = roundHalfEvenImpl(v.numberValue(), 0);
    double r = arg(args, 1).isDefined() ? arg(args, 1).numberValue() : 10;
    if (!(r >= 2 && r < 37))
        throwError("D3100", ctx.position);
    int radix = int(r);
    bool negative = value < 0;
    double n = std::fabs(value);
    std::string digits;
    if (n == 0)
        digits = "0";
    while (n >= 1) {
        int d = int(std::fmod(n, radix));
        digits.insert(digits.begin(), char(d < 10 ? '0' + d : 'a' + d - 10));
        n = std::floor(n / radix);
    }
    return Value::string((negative ? "-" : "") + digits);
}

} // namespace Builtins
double roundHalfEven(double value, int precision)
{
    precision = std::clamp(precision, -400, 400);
    return Builtins::roundHalfEvenImpl(value, precision);
}

} // namespace Flowsmith::Expr
