#include "builtins.h"
#include "evalerror.h"
#include "evaluator.h"

#include <algorithm>
#include <random>
#include <unordered_map>

namespace Flowsmith::Expr {

namespace {

const Value &arg(const ValueList &args, std::size_t i)
{
    static const Value undefined;
    return i < args.size() ? args[i] : undefined;
}

// Arguments a higher-order function passes: as many of (value, index/key, whole) as the
// callback declares.
ValueList hofArgs(const Value &func, const Value &a, const Value &b, const Value &c)
{
    ValueList out { a };
    int arity = func.isFunction() ? func.fn()->arity() : 1;
    if (arity >= 2)
        out.push_back(b);
    if (arity >= 3)
        out.push_back(c);
    return out;
}

Value call(Evaluator &ev, const CallContext &ctx, const Value &func, ValueList args)
{
    return ev.apply(func, args, ctx.input, ctx.env, ctx.position);
}

} // namespace

namespace Builtins {

Value boolean(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    return Value::boolean(toBoolean(v));
}

Value notFn(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    return Value::boolean(!toBoolean(v));
}

Value exists(Evaluator &, const CallContext &, ValueList &args)
{
    return Value::boolean(arg(args, 0).isDefined());
}

Value append(Evaluator &, const CallContext &, ValueList &args)
{
    return appendValues(arg(args, 0), arg(args, 1));
}

Value reverse(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    if (a.size() <= 1)
        return a;
    ValueList items = a.toList();
    std::reverse(items.begin(), items.end());
    return Value::array(std::move(items));
}

Value sort(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    if (a.size() <= 1)
        return a;
    ValueList items = a.toList();
    const Value &comparator = arg(args, 1);
    if (comparator.isUndefined()) {
        if (isArrayOfNumbers(a)) {
            std::stable_sort(items.begin(), items.end(), [](const Value &x, const Value &y) {
                return x.numberValue() < y.numberValue();
            });
        } else if (isArrayOfStrings(a)) {
            std::stable_sort(items.begin(), items.end(),
                             [](const Value &x, const Value &y) { return x.str() < y.str(); });
        } else {
            throwError("D3070", ctx.position);
        }
        return Value::array(std::move(items));
    }
    // Merge sort, as jsonata-js: comparator(a, b) true means a goes after b.
    ValueList tmp(items.size());
    auto greater = [&](const Value &x, const Value &y) {
        return toBoolean(call(ev, ctx, comparator, { x, y }));
    };
    for (std::size_t width = 1; width < items.size(); width *= 2) {
        for (std::size_t lo = 0; lo < items.size(); lo += 2 * width) {
            std::size_t mid = std::min(lo + width, items.size());
            std::size_t hi = std::min(lo + 2 * width, items.size());
            std::size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (greater(items[i], items[j]))
                    tmp[k++] = items[j++];
                else
                    tmp[k++] = items[i++];
            }
            while (i < mid)
                tmp[k++] = items[i++];
            while (j < hi)
                tmp[k++] = items[j++];
        }
        items.swap(tmp);
    }
    return Value::array(std::move(items));
}

Value shuffle(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    if (a.size() <= 1)
        return a;
    ValueList items = a.toList();
    thread_local std::mt19937_64 gen { std::random_device {}() };
    std::shuffle(items.begin(), items.end(), gen);
    return Value::array(std::move(items));
}

Value distinct(Evaluator &ev, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    if (!a.isArray() || a.size() <= 1)
        return a;
    // Buckets by deepHash keep this linear; deepEqual still decides within a bucket.
    ValueList out;
    std::unordered_multimap<std::size_t, std::size_t> seen; // hash -> index in out
    seen.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        ev.tick();
        Value v = a.at(i);
        const std::size_t hash = deepHash(v);
        bool found = false;
        for (auto [it, end] = seen.equal_range(hash); it != end && !found; ++it)
            found = deepEqual(out[it->second], v);
        if (!found) {
            seen.emplace(hash, out.size());
            out.push_back(v);
        }
    }
    return Value::sequence(std::move(out));
}

Value zip(Evaluator &, const CallContext &, ValueList &args)
{
    std::size_t length = args.empty() ? 0 : SIZE_MAX;
    for (const auto &a : args)
        length = std::min(length, a.isUndefined() ? 0 : a.size());
    ValueList out;
    for (std::size_t i = 0; i < length; ++i) {
        ValueList tuple;
        for (const auto &a : args)
            tuple.push_back(a.at(i));
        out.push_back(Value::array(std::move(tuple)));
    }
    return Value::array(std::move(out));
}

Value keys(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    ValueList out;
    auto add = [&](std::string_view k) {
        for (const auto &o : out)
            if (o.str() == k)
                return;
        out.push_back(Value::string(k));
    };
    if (v.isArray()) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            Value o = v.at(i);
            for (std::size_t k = 0; k < o.objectSize(); ++k)
                add(o.keyAt(k));
        }
    } else if (v.isObject()) {
        for (std::size_t k = 0; k < v.objectSize(); ++k)
            out.push_back(Value::string(v.keyAt(k)));
    }
    return Value::sequence(std::move(out));
}

static Value lookupIn(const Value &input, std::string_view key)
{
    if (input.isArray()) {
        ValueList out;
        for (std::size_t i = 0; i < input.size(); ++i) {
            Value r = lookupIn(input.at(i), key);
            if (r.isUndefined())
                continue;
            if (r.isArray())
                for (std::size_t k = 0; k < r.size(); ++k)
                    out.push_back(r.at(k));
            else
                out.push_back(r);
        }
        return Value::sequence(std::move(out));
    }
    if (input.isObject())
        return input.get(key);
    return {};
}

Value lookup(Evaluator &, const CallContext &, ValueList &args)
{
    return lookupIn(arg(args, 0), arg(args, 1).str());
}

static Value spreadOf(const Value &v)
{
    if (v.isArray()) {
        Value result = Value::sequence({});
        for (std::size_t i = 0; i < v.size(); ++i)
            result = appendValues(result, spreadOf(v.at(i)));
        return result;
    }
    if (v.isObject()) {
        ValueList out;
        for (std::size_t k = 0; k < v.objectSize(); ++k) {
            ObjectData d;
            d.set(v.keyAt(k), v.valueAt(k));
            out.push_back(Value::object(std::move(d)));
        }
        return Value::sequence(std::move(out));
    }
    return v;
}

Value spread(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    return spreadOf(v);
}

Value merge(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &a = arg(args, 0);
    if (a.isUndefined())
        return {};
    ObjectData d;
    for (std::size_t i = 0; i < a.size(); ++i) {
        Value o = a.at(i);
        for (std::size_t k = 0; k < o.objectSize(); ++k)
            d.set(o.keyAt(k), o.valueAt(k));
    }
    return Value::object(std::move(d));
}

Value each(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &o = arg(args, 0);
    const Value &func = arg(args, 1);
    if (o.isUndefined())
        return {};
    ValueList out;
    for (std::size_t k = 0; k < o.objectSize(); ++k) {
        Value r = call(ev, ctx, func, hofArgs(func, o.valueAt(k), Value::string(o.keyAt(k)), o));
        if (r.isDefined())
            out.push_back(r);
    }
    return Value::sequence(std::move(out));
}

Value sift(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &o = arg(args, 0);
    const Value &func = arg(args, 1);
    if (o.isUndefined())
        return {};
    ObjectData d;
    for (std::size_t k = 0; k < o.objectSize(); ++k) {
        Value r = call(ev, ctx, func, hofArgs(func, o.valueAt(k), Value::string(o.keyAt(k)), o));
        if (toBoolean(r))
            d.set(o.keyAt(k), o.valueAt(k));
    }
    if (d.entries.empty())
        return {};
    return Value::object(std::move(d));
}

Value map(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &a = arg(args, 0);
    const Value &func = arg(args, 1);
    if (a.isUndefined())
        return {};
    ValueList out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        Value r = call(ev, ctx, func, hofArgs(func, a.at(i), Value::number(double(i)), a));
        if (r.isDefined())
            out.push_back(r);
    }
    return Value::sequence(std::move(out));
}

Value filter(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &a = arg(args, 0);
    const Value &func = arg(args, 1);
    if (a.isUndefined())
        return {};
    ValueList out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        Value item = a.at(i);
        Value r = call(ev, ctx, func, hofArgs(func, item, Value::number(double(i)), a));
        if (toBoolean(r))
            out.push_back(item);
    }
    return Value::sequence(std::move(out));
}

Value single(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &a = arg(args, 0);
    const Value &func = arg(args, 1);
    if (a.isUndefined())
        return {};
    bool found = false;
    Value result;
    for (std::size_t i = 0; i < a.size(); ++i) {
        Value item = a.at(i);
        bool positive = true;
        if (func.isDefined())
            positive
                = toBoolean(call(ev, ctx, func, hofArgs(func, item, Value::number(double(i)), a)));
        if (positive) {
            if (found)
                throwError("D3138", ctx.position);
            result = item;
            found = true;
        }
    }
    if (!found)
        throwError("D3139", ctx.position);
    return result;
}

Value reduce(Evaluator &ev, const CallContext &ctx, ValueList &args)
{
    const Value &a = arg(args, 0);
    const Value &func = arg(args, 1);
    if (a.isUndefined())
        return {};
    int arity = func.fn()->arity();
    if (arity < 2)
        throwError("D3050", ctx.position);
    Value result;
    std::size_t index = 0;
    if (arg(args, 2).isUndefined() && a.size() > 0) {
        result = a.at(0);
        index = 1;
    } else {
        result = arg(args, 2);
    }
    for (; index < a.size(); ++index) {
        ValueList fargs { result, a.at(index) };
        if (arity >= 3)
            fargs.push_back(Value::number(double(index)));
        if (arity >= 4)
            fargs.push_back(a);
        result = call(ev, ctx, func, std::move(fargs));
    }
    return result;
}

Value error(Evaluator &, const CallContext &ctx, ValueList &args)
{
    const Value &m = arg(args, 0);
    throwError("D3137", ctx.position, {},
               m.isString() ? std::string(m.str()) : std::string("$error() function evaluated"));
}

Value assertFn(Evaluator &, const CallContext &ctx, ValueList &args)
{
    if (!arg(args, 0).boolValue()) {
        const Value &m = arg(args, 1);
        throwError("D3141", ctx.position, {},
                   m.isString() ? std::string(m.str()) : std::string("$assert() statement failed"));
    }
    return {};
}

Value type(Evaluator &, const CallContext &, ValueList &args)
{
    switch (arg(args, 0).type()) {
    case Value::Type::Undefined:
        return {};
    case Value::Type::Null:
        return Value::string("null");
    case Value::Type::Boolean:
        return Value::string("boolean");
    case Value::Type::Number:
        return Value::string("number");
    case Value::Type::String:
        return Value::string("string");
    case Value::Type::Array:
        return Value::string("array");
    case Value::Type::Object:
        return Value::string("object");
    case Value::Type::Function:
        return Value::string("function");
    }
    return {};
}

static Value cloneOf(const Value &v, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (v.isObject()) {
        ObjectData d;
        for (std::size_t i = 0; i < v.objectSize(); ++i)
            d.set(v.keyAt(i), cloneOf(v.valueAt(i), depth + 1));
        return Value::object(std::move(d));
    }
    if (v.isArray()) {
        ValueList items;
        for (std::size_t i = 0; i < v.size(); ++i)
            items.push_back(cloneOf(v.at(i), depth + 1));
        return Value::array(std::move(items));
    }
    return v;
}

Value clone(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    return cloneOf(v, 0);
}

} // namespace Builtins
} // namespace Flowsmith::Expr
