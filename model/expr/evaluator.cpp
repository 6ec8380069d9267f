#include "evaluator.h"

#include "evalerror.h"
#include "nativestack.h"
#include "regex.h"
#include "signature.h"

#include <algorithm>
#include <cmath>

namespace Flowsmith::Expr {

namespace {

struct DepthGuard
{
    int &depth;
    explicit DepthGuard(int &d)
        : depth(d)
    {
        ++depth;
    }
    ~DepthGuard() { --depth; }
};

bool isNumeric(const Value &v)
{
    return v.isNumber() && !std::isnan(v.numberValue());
}

Value makeTuple(ObjectData data)
{
    return Value::object(std::move(data));
}

Value sequenceOf(ValueList items, std::uint8_t extra = 0)
{
    return Value::array(std::move(items), Value::Sequence | extra);
}

} // namespace

Evaluator::Evaluator(const Limits &limits)
    : m_limits(&limits)
{ }

void Evaluator::begin(const Limits &limits)
{
    m_limits = &limits;
    m_depth = 0;
    m_stackFloor = NativeStack::floor();
    m_ticks = 0;
    m_deadlineSet = false;
    m_startMillis = 0;
}

void Evaluator::finish()
{
    if (m_root)
        m_root->vars.clear(); // may release the scopes of lambdas bound there
    if (m_frames.live != (m_root ? 1 : 0)) { // a reference cycle kept some scopes alive
        m_root.detach(); // reclaimed with the others
        m_frames.reclaimAll();
    }
    m_adopted.clear(); // after the scopes: lambdas in them point into these trees
}

double Evaluator::startMillis()
{
    if (m_startMillis == 0)
        m_startMillis = double(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
    return m_startMillis;
}

FrameRef Evaluator::newFrame(Frame *parent)
{
    return m_frames.acquire(parent);
}

void Evaluator::checkTime()
{
    // The clock starts at the first check: a short evaluation never reads it, and a long
    // one is late by at most a thousand steps (microseconds).
    const auto now = std::chrono::steady_clock::now();
    if (!m_deadlineSet) {
        m_deadline = now + m_limits->timeLimit;
        m_deadlineSet = true;
    } else if (now > m_deadline) {
        throwError("U1001", 0, {}, "Expression evaluation timeout: Check for infinite loop");
    }
}

void Evaluator::checkSequence(std::size_t n) const
{
    if (n > m_limits->maxSequenceLength)
        throwError("D1011", 0, {}, "Sequence exceeds the maximum length");
}

void Evaluator::checkString(std::size_t bytes) const
{
    if (bytes > m_limits->maxStringLength)
        throwError("D1011", 0, {}, "String exceeds the maximum length");
}

Value Evaluator::evaluate(const Node *expr, const Value &input, Frame *env)
{
    DepthGuard guard(m_depth);
    if (m_depth > m_limits->maxDepth || NativeStack::here() < m_stackFloor)
        throwError("U1001", expr->position);
    tick();

    Value result;
    switch (expr->type) {
    case NodeType::Path:
        result = evalPath(expr, input, env);
        break;
    case NodeType::Binary:
        result = evalBinary(expr, input, env);
        break;
    case NodeType::Negate: {
        Value v = evaluate(expr->lhs, input, env);
        if (v.isUndefined())
            result = Value();
        else if (v.isNumber())
            result = Value::number(-v.numberValue());
        else
            throwError("D1002", expr->position, "-");
        break;
    }
    case NodeType::ArrayCons:
        result = evalArray(expr, input, env);
        break;
    case NodeType::ObjectCons:
        result = evalObjectCons(expr, input, env);
        break;
    case NodeType::Name:
        result = evalName(expr, input);
        break;
    case NodeType::Literal:
        result = expr->literal.unowned(); // the tree is shared between threads
        break;
    case NodeType::Wildcard:
        result = evalWildcard(input);
        break;
    case NodeType::Descendant:
        result = evalDescendants(input);
        break;
    case NodeType::Parent: {
        const Value *v = env->lookup(expr->slot->label);
        if (v)
            result = *v;
        break;
    }
    case NodeType::Condition: {
        Value cond = evaluate(expr->condition, input, env);
        if (toBoolean(cond))
            result = evaluate(expr->then, input, env);
        else if (expr->otherwise)
            result = evaluate(expr->otherwise, input, env);
        break;
    }
    case NodeType::Elvis: {
        Value v = evaluate(expr->lhs, input, env);
        result = toBoolean(v) ? v : evaluate(expr->rhs, input, env);
        break;
    }
    case NodeType::Coalesce: {
        Value v = evaluate(expr->lhs, input, env);
        result = v.isDefined() ? v : evaluate(expr->rhs, input, env);
        break;
    }
    case NodeType::Block:
        result = evalBlock(expr, input, env);
        break;
    case NodeType::Bind: {
        Value v = evaluate(expr->rhs, input, env);
        env->bind(expr->value, v);
        result = v;
        break;
    }
    case NodeType::Regex: {
        auto f = makeHeap<Function>();
        f->kind = Function::Kind::Regex;
        f->regex = expr->regex;
        result = Value::function(std::move(f));
        break;
    }
    case NodeType::Call:
        result = evalCall(expr, input, env, nullptr);
        break;
    case NodeType::Partial:
        result = evalPartial(expr, input, env);
        break;
    case NodeType::Lambda:
        result = evalLambda(expr, input, env);
        break;
    case NodeType::Variable:
        if (expr->value.empty()) {
            result = input.isArray() && input.hasFlag(Value::OuterWrapper) ? input.at(0) : input;
        } else if (const Value *v = env->lookup(expr->value)) {
            result = *v;
        } else {
            result = expr->literal.unowned(); // the built-in of that name (set by the parser)
        }
        break;
    case NodeType::Apply:
        result = evalApplyOp(expr, input, env);
        break;
    case NodeType::Transform:
        result = evalTransform(expr, input, env);
        break;
    case NodeType::Sort:
        result = evalSort(expr, input, env);
        break;
    default:
        throwError("S0206", expr->position);
    }

    for (const Stage &p : expr->predicate)
        result = evalFilter(p.expr, result, env);
    if (expr->type != NodeType::Path && expr->group)
        result = evalGroup(expr->group->pairs, expr->group->position, result, env);

    if (result.isSequence() && !result.hasFlag(Value::TupleStream)) {
        if (expr->keepArray)
            result.setFlag(Value::KeepSingleton);
        std::size_t n = result.size();
        if (n == 0)
            return Value();
        if (n == 1 && !result.hasFlag(Value::KeepSingleton))
            return result.at(0);
    }
    return result;
}

// The common `a.b.c` (or `$v.b.c`) over objects: no sequences needed while every step is a
// plain name and every intermediate value a single object. Returns false to take the general
// route.
bool Evaluator::simplePath(const Node *expr, const Value &input, Frame *env, Value &out)
{
    if (!expr->simpleNames)
        return false;
    const auto &items = expr->items;
    const std::size_t n = items.size();
    std::size_t i = 0;
    const Value *start = &input;
    Value unwrapped;
    const Node *first = items.front();
    if (first->type == NodeType::Variable) {
        if (first->value.empty()) {
            if (input.isArray() && input.hasFlag(Value::OuterWrapper)) {
                unwrapped = input.at(0);
                start = &unwrapped;
            }
        } else if (!(start = env->lookup(first->value))) {
            return false;
        }
        i = 1;
    }
    if (!start->isObject())
        return false;
    // Within the caller's document, walk the JSON itself: no value is made but the result.
    if (const Json *json = start->json()) {
        for (; i < n; ++i) {
            const Json *next = findBorrowedKey(*json, items[i]->value, keyHint(items[i]));
            if (next && !items[i]->stages.empty()) {
                // `items[3]`, `items[-1]`: a single value counts as a one-item sequence.
                const std::size_t size = next->is_array() ? next->size() : 1;
                double k = std::floor(indexStage(*items[i])->literal.numberValue());
                if (k < 0)
                    k += double(size);
                if (!(k >= 0 && k < double(size)))
                    next = nullptr;
                else if (next->is_array())
                    next = &(*next)[std::size_t(k)];
            }
            if (!next) {
                out = Value();
                return true;
            }
            if (i + 1 < n && !next->is_object())
                return false;
            json = next;
        }
        out = Value::borrow(*json);
        return true;
    }
    Value current = *start;
    for (; i < n; ++i) {
        if (!current.isObject() || !items[i]->stages.empty())
            return false;
        current = current.get(items[i]->value, keyHint(items[i]));
        if (current.isUndefined()) {
            out = Value();
            return true;
        }
        if (current.isArray() && i + 1 < n)
            return false;
    }
    out = std::move(current);
    return true;
}

Value Evaluator::evalPath(const Node *expr, const Value &input, Frame *env)
{
    Value fast;
    if (simplePath(expr, input, env, fast))
        return fast;
    Value inputSeq;
    if (input.isArray() && expr->items.front()->type != NodeType::Variable)
        inputSeq = input;
    else
        inputSeq = sequenceOf({ input });

    Value resultSeq;
    bool isTuple = false;
    Value tupleBindings;
    const std::size_t n = expr->items.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Node *step = expr->items[i];
        if (step->tuple)
            isTuple = true;
        if (i == 0 && step->consarray)
            resultSeq = evaluate(step, inputSeq, env);
        else if (isTuple)
            tupleBindings = evalTupleStep(step, inputSeq, tupleBindings, env);
        else
            resultSeq = evalStep(step, inputSeq, env, i == n - 1);
        if (!isTuple && (resultSeq.isUndefined() || (resultSeq.isArray() && resultSeq.size() == 0)))
            break;
        if (!step->hasFocus)
            inputSeq = resultSeq;
    }
    if (isTuple) {
        if (expr->tuple) {
            resultSeq = tupleBindings;
        } else {
            ValueList out;
            for (std::size_t i = 0; i < tupleBindings.size(); ++i)
                out.push_back(tupleBindings.at(i).get("@"));
            resultSeq = sequenceOf(std::move(out));
        }
    }
    if (expr->keepSingletonArray) {
        if (resultSeq.isArray() && resultSeq.hasFlag(Value::Cons) && !resultSeq.isSequence())
            resultSeq = sequenceOf({ resultSeq });
        if (resultSeq.isArray())
            resultSeq.setFlag(Value::KeepSingleton);
    }
    if (expr->group)
        resultSeq = evalGroup(expr->group->pairs, expr->group->position,
                              isTuple ? tupleBindings : resultSeq, env);
    return resultSeq;
}

Value Evaluator::evalStep(const Node *expr, const Value &input, Frame *env, bool lastStep)
{
    if (expr->type == NodeType::Sort) {
        Value result = evalSort(expr, input, env);
        if (!expr->stages.empty())
            result = evalStages(expr->stages, result, env);
        return result;
    }
    ValueList result;
    std::size_t n = input.size();
    result.reserve(n);
    // A plain name (`items.price`): over an object item, the lookup evaluate() would make,
    // without its dispatch per item.
    const bool plainName = expr->type == NodeType::Name && expr->stages.empty()
        && expr->predicate.empty() && !expr->group && !expr->keepArray && !expr->tuple
        && !expr->hasFocus && !expr->hasIndex;
    // Over objects of the input document, look the name up in the JSON itself.
    auto lookupBorrowed = [&](const Json &object) {
        tick();
        if (const Json *found = findBorrowedKey(object, expr->value, keyHint(expr)))
            result.push_back(Value::borrow(*found));
    };
    if (plainName && input.isArray() && input.json()) {
        for (const Json &item : *input.json()) {
            if (item.is_object()) {
                lookupBorrowed(item);
            } else if (item.is_array()) {
                Value res = evaluate(expr, Value::borrow(item), env);
                if (res.isDefined())
                    result.push_back(std::move(res));
            }
        }
        n = 0;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (plainName) {
            const Value &listed = input.listItem(i);
            if (listed.isObject() && listed.json()) {
                lookupBorrowed(*listed.json());
                continue;
            }
            if (!listed.isObject() && !listed.isArray())
                continue; // a name on a scalar is nothing
        }
        Value item = input.at(i);
        Value res;
        if (plainName && item.isObject()) {
            tick();
            res = item.get(expr->value, keyHint(expr));
            if (res.isSequence() && !res.hasFlag(Value::TupleStream)) {
                const std::size_t m = res.size();
                if (m == 0)
                    res = Value();
                else if (m == 1 && !res.hasFlag(Value::KeepSingleton))
                    res = res.at(0);
            }
        } else {
            res = evaluate(expr, item, env);
            for (const Stage &s : expr->stages)
                if (!s.isIndex)
                    res = evalFilter(s.expr, res, env);
        }
        if (res.isDefined())
            result.push_back(std::move(res));
    }
    if (lastStep && result.size() == 1 && result[0].isArray() && !result[0].isSequence())
        return result[0];
    // One array of the input (`items` in `items.price`): the next step can walk it in place;
    // flattening would only copy its items into a new list.
    if (!lastStep && result.size() == 1 && result[0].isArray() && result[0].json()
        && !result[0].hasFlag(Value::Cons)) {
        Value items = std::move(result[0]);
        items.setFlag(Value::Sequence);
        checkSequence(items.size());
        return items;
    }
    bool needsFlattening = false;
    for (const auto &res : result)
        if (res.isArray() && !res.hasFlag(Value::Cons))
            needsFlattening = true;
    if (!needsFlattening) {
        checkSequence(result.size());
        return sequenceOf(std::move(result));
    }
    ValueList flat;
    std::size_t total = 0;
    for (const auto &res : result)
        total += !res.isArray() || res.hasFlag(Value::Cons) ? 1 : res.size();
    flat.reserve(total);
    for (auto &res : result) {
        if (!res.isArray() || res.hasFlag(Value::Cons)) {
            flat.push_back(std::move(res));
        } else {
            const std::size_t m = res.size();
            for (std::size_t k = 0; k < m; ++k)
                flat.push_back(res.at(k));
        }
    }
    checkSequence(flat.size());
    return sequenceOf(std::move(flat));
}

FrameRef Evaluator::frameFromTuple(Frame *env, const Value &tuple)
{
    FrameRef f = newFrame(env);
    const std::size_t n = tuple.objectSize();
    f->vars.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        f->vars.emplace_back(std::string(tuple.keyAt(i)), tuple.valueAt(i));
    return f;
}

static ObjectData tupleData(const Value &tuple)
{
    ObjectData d;
    const std::size_t n = tuple.objectSize();
    d.entries.reserve(n + 1);
    for (std::size_t i = 0; i < n; ++i)
        d.entries.emplace_back(std::string(tuple.keyAt(i)), tuple.valueAt(i));
    return d;
}

Value Evaluator::evalTupleStep(const Node *expr, const Value &input, const Value &tupleBindings,
                               Frame *env)
{
    Value result;
    if (expr->type == NodeType::Sort) {
        if (tupleBindings.isDefined()) {
            result = evalSort(expr, tupleBindings, env);
        } else {
            Value sorted = evalSort(expr, input, env);
            ValueList out;
            for (std::size_t i = 0; i < sorted.size(); ++i) {
                ObjectData d;
                d.set("@", sorted.at(i));
                if (expr->hasIndex)
                    d.set(expr->index, Value::number(double(i)));
                out.push_back(makeTuple(std::move(d)));
            }
            result = sequenceOf(std::move(out), Value::TupleStream);
        }
        if (!expr->stages.empty())
            result = evalStages(expr->stages, result, env);
        return result;
    }

    Value bindings = tupleBindings;
    if (bindings.isUndefined()) {
        ValueList tuples;
        for (std::size_t i = 0; i < input.size(); ++i) {
            ObjectData d;
            d.entries.emplace_back("@", input.at(i));
            tuples.push_back(makeTuple(std::move(d)));
        }
        bindings = sequenceOf(std::move(tuples), Value::TupleStream);
    }
    ValueList out;
    for (std::size_t i = 0; i < bindings.size(); ++i) {
        Value tb = bindings.at(i);
        FrameRef stepEnv = frameFromTuple(env, tb);
        Value res = evaluate(expr, tb.get("@"), stepEnv.get());
        if (res.isUndefined())
            continue;
        bool resIsTuple = res.isArray() && res.hasFlag(Value::TupleStream);
        if (!res.isArray())
            res = Value::array({ res });
        for (std::size_t bb = 0; bb < res.size(); ++bb) {
            ObjectData tuple = tupleData(tb);
            if (resIsTuple) {
                Value rt = res.at(bb);
                for (std::size_t k = 0; k < rt.objectSize(); ++k)
                    tuple.set(rt.keyAt(k), rt.valueAt(k));
            } else {
                if (expr->hasFocus) {
                    tuple.set(expr->focus, res.at(bb));
                    tuple.set("@", tb.get("@"));
                } else {
                    tuple.set("@", res.at(bb));
                }
                if (expr->hasIndex)
                    tuple.set(expr->index, Value::number(double(bb)));
                if (expr->ancestor)
                    tuple.set(expr->ancestor->label, tb.get("@"));
            }
            out.push_back(makeTuple(std::move(tuple)));
        }
        checkSequence(out.size());
    }
    result = sequenceOf(std::move(out), Value::TupleStream);
    if (!expr->stages.empty())
        result = evalStages(expr->stages, result, env);
    return result;
}

Value Evaluator::evalStages(const std::vector<Stage> &stages, Value input, Frame *env)
{
    for (const Stage &stage : stages) {
        if (!stage.isIndex) {
            input = evalFilter(stage.expr, input, env);
        } else {
            ValueList out;
            for (std::size_t i = 0; i < input.size(); ++i) {
                ObjectData d = tupleData(input.at(i));
                d.set(stage.indexVar, Value::number(double(i)));
                out.push_back(makeTuple(std::move(d)));
            }
            input = Value::array(std::move(out), input.flags());
        }
    }
    return input;
}

Value Evaluator::evalFilter(const Node *predicate, const Value &input, Frame *env)
{
    const bool tupleStream = input.isArray() && input.hasFlag(Value::TupleStream);
    Value in = input.isArray() ? input : sequenceOf({ input });
    const std::size_t n = in.size();
    ValueList results;
    if (predicate->type == NodeType::Literal && predicate->literal.isNumber()) {
        double index = std::floor(predicate->literal.numberValue());
        if (index < 0)
            index += double(n);
        if (index >= 0 && index < double(n)) {
            Value item = in.at(std::size_t(index));
            if (item.isDefined()) {
                if (item.isArray())
                    return item;
                results.push_back(item);
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            Value item = in.at(i);
            Value context = item;
            FrameRef tupleEnv;
            if (tupleStream) {
                context = item.get("@");
                tupleEnv = frameFromTuple(env, item);
            }
            Value res = evaluate(predicate, context, tupleEnv ? tupleEnv.get() : env);
            if (isNumeric(res))
                res = Value::array({ res });
            if (isArrayOfNumbers(res)) {
                for (std::size_t k = 0; k < res.size(); ++k) {
                    double ii = std::floor(res.at(k).numberValue());
                    if (ii < 0)
                        ii += double(n);
                    if (ii == double(i))
                        results.push_back(item);
                }
            } else if (toBoolean(res)) {
                results.push_back(item);
            }
        }
    }
    return sequenceOf(std::move(results), tupleStream ? Value::TupleStream : 0);
}

Value Evaluator::evalName(const Node *expr, const Value &input)
{
    const std::string &key = expr->value;
    if (input.isArray()) {
        ValueList out;
        const std::size_t n = input.size();
        for (std::size_t i = 0; i < n; ++i) {
            Value item = input.at(i);
            Value res;
            if (item.isArray()) {
                Node tmp;
                tmp.value = key;
                res = evalName(&tmp, item);
            } else if (item.isObject()) {
                res = item.get(key, keyHint(expr));
            }
            if (res.isUndefined())
                continue;
            if (res.isArray()) {
                for (std::size_t k = 0; k < res.size(); ++k)
                    out.push_back(res.at(k));
            } else {
                out.push_back(std::move(res));
            }
        }
        return sequenceOf(std::move(out));
    }
    if (input.isObject())
        return input.get(key, keyHint(expr));
    return {};
}

Value Evaluator::evalWildcard(const Value &in)
{
    Value input = in;
    ValueList results;
    if (input.isArray() && input.hasFlag(Value::OuterWrapper) && input.size() > 0)
        input = input.at(0);
    bool plain = false; // fn.append turns the sequence into a plain array
    // An array counts as an object keyed by index (as Object.keys does in jsonata-js).
    const bool isArr = input.isArray();
    if (input.isObject() || isArr) {
        const std::size_t n = isArr ? input.size() : input.objectSize();
        for (std::size_t i = 0; i < n; ++i) {
            Value v = isArr ? input.at(i) : input.valueAt(i);
            if (v.isArray()) {
                flattenInto(v, results);
                plain = true;
            } else {
                results.push_back(v);
            }
        }
    }
    return Value::array(std::move(results), plain ? 0 : Value::Sequence);
}

// As recurseDescendants, within the caller's document: no value is made but the ones kept.
static void recurseJsonDescendants(const Json &input, ValueList &out, int depth, Evaluator &ev)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (input.is_array()) {
        for (const Json &item : input)
            recurseJsonDescendants(item, out, depth + 1, ev);
        return;
    }
    out.push_back(Value::borrow(input));
    ev.checkSequence(out.size());
    if (const auto *object = input.get_ptr<const Json::object_t *>())
        for (const auto &member : *object)
            recurseJsonDescendants(member.second, out, depth + 1, ev);
}

static void recurseDescendants(const Value &input, ValueList &out, int depth, Evaluator &ev)
{
    if ((input.isArray() || input.isObject()) && input.json()) {
        recurseJsonDescendants(*input.json(), out, depth, ev);
        return;
    }
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (input.isArray()) {
        for (std::size_t i = 0; i < input.size(); ++i)
            recurseDescendants(input.at(i), out, depth + 1, ev);
        return;
    }
    if (input.isUndefined())
        return;
    out.push_back(input);
    ev.checkSequence(out.size());
    if (input.isObject())
        for (std::size_t i = 0; i < input.objectSize(); ++i)
            recurseDescendants(input.valueAt(i), out, depth + 1, ev);
}

Value Evaluator::evalDescendants(const Value &input)
{
    if (input.isUndefined())
        return {};
    ValueList out;
    recurseDescendants(input, out, 0, *this);
    if (out.size() == 1)
        return out[0];
    return sequenceOf(std::move(out));
}

Value Evaluator::evalArray(const Node *expr, const Value &input, Frame *env)
{
    ValueList result;
    for (const Node *item : expr->items) {
        Value v = evaluate(item, input, env);
        if (v.isUndefined())
            continue;
        if (item->type == NodeType::ArrayCons || !v.isArray()) {
            result.push_back(std::move(v));
        } else if (result.empty()) {
            result = v.takeList(); // `[1..100]`: the range's own list
        } else {
            const std::size_t m = v.size();
            result.reserve(result.size() + m);
            for (std::size_t k = 0; k < m; ++k)
                result.push_back(v.at(k));
        }
        checkSequence(result.size());
    }
    return Value::array(std::move(result), expr->consarray ? Value::Cons : 0);
}

Value Evaluator::evalObjectCons(const Node *expr, const Value &input, Frame *env)
{
    return evalGroup(expr->pairs, expr->position, input, env);
}

// An object built from one context item (the usual `{...}` and `items.{...}`): no grouping
// bookkeeping. Keys first, then values, in the order jsonata-js evaluates them.
Value Evaluator::evalSingleObject(const Pairs &pairs, std::size_t position, const Value &input,
                                  Frame *env)
{
    const std::size_t n = pairs.size();
    ValueList keys(n);
    for (std::size_t p = 0; p < n; ++p) {
        Value key = evaluate(pairs[p].first, input, env);
        if (key.isDefined() && !key.isString())
            throwError("T1003", position, {},
                       "Key in object structure must evaluate to a string; got: " + stringify(key));
        for (std::size_t q = 0; q < p && key.isDefined(); ++q)
            if (keys[q].isDefined() && keys[q].str() == key.str())
                throwError("D1009", position, std::string(key.str()));
        keys[p] = std::move(key);
    }
    ObjectData result;
    result.entries.reserve(n);
    for (std::size_t p = 0; p < n; ++p) {
        if (keys[p].isUndefined())
            continue;
        Value v = evaluate(pairs[p].second, input, env);
        if (v.isDefined())
            result.set(keys[p].str(), std::move(v));
    }
    return Value::object(std::move(result));
}

static Value reduceTupleStream(const Value &stream)
{
    if (!stream.isArray())
        return stream;
    ObjectData result = tupleData(stream.at(0));
    for (std::size_t i = 1; i < stream.size(); ++i) {
        Value t = stream.at(i);
        for (std::size_t k = 0; k < t.objectSize(); ++k) {
            const Value *existing = result.find(t.keyAt(k));
            result.set(t.keyAt(k), appendValues(existing ? *existing : Value(), t.valueAt(k)));
        }
    }
    return Value::object(std::move(result));
}

Value Evaluator::evalGroup(const Pairs &pairs, std::size_t position, const Value &inputValue,
                           Frame *env)
{
    const bool reduce = inputValue.isArray() && inputValue.hasFlag(Value::TupleStream);
    if (!inputValue.isArray())
        return evalSingleObject(pairs, position, inputValue, env);
    Value input = inputValue.isArray() ? inputValue : sequenceOf({ inputValue });
    ValueList items = input.toList();
    if (items.empty())
        items.push_back(Value());

    struct Entry
    {
        std::string key;
        Value data;
        std::size_t exprIndex;
    };
    std::vector<Entry> groups;
    std::unordered_map<std::string, std::size_t> index;
    for (const Value &item : items) {
        FrameRef tupleEnv = reduce ? frameFromTuple(env, item) : FrameRef();
        Frame *ienv = reduce ? tupleEnv.get() : env;
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            Value key = evaluate(pairs[p].first, reduce ? item.get("@") : item, ienv);
            if (key.isUndefined())
                continue;
            if (!key.isString())
                throwError("T1003", position, {},
                           "Key in object structure must evaluate to a string; got: "
                               + stringify(key));
            std::string k(key.str());
            auto it = index.find(k);
            if (it != index.end()) {
                Entry &e = groups[it->second];
                if (e.exprIndex != p)
                    throwError("D1009", position, k);
                e.data = appendValues(e.data, item);
            } else {
                index.emplace(k, groups.size());
                groups.push_back({ k, item, p });
            }
        }
    }
    ObjectData result;
    for (Entry &e : groups) {
        Value context = e.data;
        FrameRef tupleEnv;
        if (reduce) {
            Value tuple = reduceTupleStream(e.data);
            context = tuple.get("@");
            ObjectData rest;
            for (std::size_t k = 0; k < tuple.objectSize(); ++k)
                if (tuple.keyAt(k) != "@")
                    rest.entries.emplace_back(std::string(tuple.keyAt(k)), tuple.valueAt(k));
            tupleEnv = frameFromTuple(env, Value::object(std::move(rest)));
        }
        Value v = evaluate(pairs[e.exprIndex].second, context, tupleEnv ? tupleEnv.get() : env);
        if (v.isDefined())
            result.set(e.key, std::move(v));
    }
    return Value::object(std::move(result));
}

Value Evaluator::evalSort(const Node *expr, const Value &input, Frame *env)
{
    if (input.isUndefined())
        return {};
    if (!input.isArray() || input.size() <= 1)
        return input;
    const bool isTupleSort = input.hasFlag(Value::TupleStream);
    ValueList items = input.toList();
    // Evaluate every sort key once, then do a stable sort on them.
    const std::size_t nTerms = expr->terms.size();
    ValueList keys(items.size() * nTerms);
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value context = items[i];
        FrameRef tupleEnv;
        if (isTupleSort) {
            context = items[i].get("@");
            tupleEnv = frameFromTuple(env, items[i]);
        }
        for (std::size_t t = 0; t < nTerms; ++t)
            keys[i * nTerms + t]
                = evaluate(expr->terms[t].expr, context, tupleEnv ? tupleEnv.get() : env);
    }
    // Validate types the way the comparator would, pairwise against the first defined key.
    for (std::size_t t = 0; t < nTerms; ++t) {
        const Value *first = nullptr;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Value &k = keys[i * nTerms + t];
            if (k.isUndefined())
                continue;
            if (!k.isNumber() && !k.isString())
                throwError("T2008", expr->position);
            if (first && first->type() != k.type())
                throwError("T2007", expr->position);
            if (!first)
                first = &k;
        }
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto less = [&](std::size_t a, std::size_t b) {
        int comp = 0;
        for (std::size_t t = 0; t < nTerms; ++t) {
            const Value &aa = keys[a * nTerms + t];
            const Value &bb = keys[b * nTerms + t];
            if (aa.isUndefined()) {
                comp = bb.isUndefined() ? 0 : 1;
                continue;
            }
            if (bb.isUndefined()) {
                comp = -1;
                continue;
            }
            if (aa.isNumber()) {
                if (aa.numberValue() == bb.numberValue())
                    continue;
                comp = aa.numberValue() < bb.numberValue() ? -1 : 1;
            } else {
                int c = aa.str().compare(bb.str());
                if (c == 0)
                    continue;
                comp = c < 0 ? -1 : 1;
            }
            if (expr->terms[t].descending)
                comp = -comp;
            break;
        }
        return comp < 0;
    };
    std::stable_sort(order.begin(), order.end(), less);
    ValueList sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order)
        sorted.push_back(items[i]);
    return Value::array(std::move(sorted), isTupleSort ? Value::TupleStream : 0);
}

Value Evaluator::evalBlock(const Node *expr, const Value &input, Frame *env)
{
    FrameRef frame = newFrame(env);
    Value result;
    for (const Node *item : expr->items)
        result = evaluate(item, input, frame.get());
    return result;
}

Value Evaluator::evalLambda(const Node *expr, const Value &input, Frame *env)
{
    auto f = makeHeap<Function>();
    f->kind = Function::Kind::Lambda;
    f->node = expr;
    f->input = input;
    f->env = env;
    f->params = expr->params;
    return Value::function(std::move(f));
}

Value Evaluator::evalCall(const Node *expr, const Value &input, Frame *env, const Value *applyTo)
{
    if (expr->thunk && !applyTo) {
        // Tail call: hand it back to apply(), which loops instead of recursing.
        auto f = makeHeap<Function>();
        f->kind = Function::Kind::Thunk;
        f->node = expr;
        f->input = input;
        f->env = env;
        return Value::function(std::move(f));
    }
    Value proc = evaluate(expr->procedure, input, env);
    const std::string &name
        = expr->procedure->type == NodeType::Path && !expr->procedure->items.empty()
        ? expr->procedure->items[0]->value
        : expr->procedure->value;
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path
        && (env->lookup(name) || lookupBuiltin(name).isDefined()))
        throwError("T1005", expr->position, name);
    ValueList args;
    args.reserve(expr->items.size() + 1);
    if (applyTo)
        args.push_back(*applyTo);
    for (const Node *arg : expr->items)
        args.push_back(evaluate(arg, input, env));
    return apply(proc, args, input, env, expr->position, name);
}

Value Evaluator::apply(const Value &proc, ValueList &args, const Value &input, Frame *env,
                       std::size_t position, const std::string &name)
{
    Value result = applyInner(proc, args, input, env, position, name);
    while (isThunk(result)) {
        tick();
        const Function *t = result.fn();
        const Node *call = t->node;
        Value tinput = t->input;
        FrameRef tenvRef = t->env; // keeps the scope alive once `result` is replaced
        Frame *tenv = tenvRef.get();
        Value next = evaluate(call->procedure, tinput, tenv);
        const std::string &nextName = call->procedure->type == NodeType::Path
            ? call->procedure->items[0]->value
            : call->procedure->value;
        if (next.isUndefined() && call->procedure->type == NodeType::Path
            && (tenv->lookup(nextName) || lookupBuiltin(nextName).isDefined()))
            throwError("T1005", call->position, nextName);
        ValueList targs;
        for (const Node *arg : call->items)
            targs.push_back(evaluate(arg, tinput, tenv));
        result = applyInner(next, targs, tinput, tenv, call->position, nextName);
    }
    return result;
}

Value Evaluator::applyInner(const Value &proc, ValueList &args, const Value &input, Frame *env,
                            std::size_t position, const std::string &name)
{
    if (!proc.isFunction())
        throwError("T1006", position, name);
    const Function &fn = *proc.fn();
    ValueList *validated = &args;
    if (const Signature *sig = fn.signature())
        sig->validate(args, input, position,
                      fn.builtin ? std::string_view(fn.builtin->name) : name);
    switch (fn.kind) {
    case Function::Kind::Lambda:
        return applyProcedure(fn, *validated);
    case Function::Kind::Builtin: {
        // A lambda that a built-in calls back ($map, $reduce, $sort…) can recurse through
        // apply() without passing evaluate(): count the built-in as a level too.
        DepthGuard guard(m_depth);
        if (m_depth > m_limits->maxDepth || NativeStack::here() < m_stackFloor)
            throwError("U1001", position);
        CallContext ctx { input, env, position };
        try {
            return fn.builtin->impl(*this, ctx, *validated);
        } catch (EvalError &e) {
            if (e.error.position == 0)
                e.error.position = position;
            if (e.error.token.empty())
                e.error.token = fn.builtin->name;
            throw;
        }
    }
    case Function::Kind::Partial: {
        ValueList full;
        std::size_t next = 0;
        for (std::size_t i = 0; i < fn.args.size(); ++i) {
            if (fn.placeholder[i])
                full.push_back(next < validated->size() ? (*validated)[next++] : Value());
            else
                full.push_back(fn.args[i]);
        }
        return apply(fn.target, full, input, env, position, name);
    }
    case Function::Kind::Compose: {
        Value mid = apply(fn.target, *validated, input, env, position, name);
        ValueList second { mid };
        return apply(fn.args[0], second, input, env, position, name);
    }
    case Function::Kind::Regex: {
        Value subject = validated->empty() ? Value() : (*validated)[0];
        if (!subject.isString())
            return {};
        RegexMatch m;
        std::string_view s = subject.str();
        if (!fn.regex->exec(s, 0, m))
            return {};
        ObjectData d;
        d.set("match", Value::string(s.substr(m.start, m.end - m.start)));
        d.set("start", Value::number(double(m.start)));
        d.set("end", Value::number(double(m.end)));
        ValueList groups;
        for (auto &g : m.groups)
            groups.push_back(Value::string(g));
        d.set("groups", Value::array(std::move(groups)));
        return Value::object(std::move(d));
    }
    case Function::Kind::Thunk:
        return proc;
    }
    return {};
}

Value applyTransform(Evaluator &ev, const Node *expr, const Value &obj, Frame *env);

Value Evaluator::applyProcedure(const Function &fn, ValueList &args)
{
    if (fn.node->type == NodeType::Transform)
        return applyTransform(*this, fn.node, args.empty() ? Value() : args[0], fn.env.get());
    FrameRef frame = newFrame(fn.boundEnv ? fn.boundEnv.get() : fn.env.get());
    frame->vars.reserve(fn.params.size());
    for (std::size_t i = 0; i < fn.params.size(); ++i)
        frame->vars.emplace_back(fn.params[i], i < args.size() ? args[i] : Value());
    return evaluate(fn.node->body, fn.input, frame.get());
}

Value Evaluator::evalPartial(const Node *expr, const Value &input, Frame *env)
{
    ValueList args;
    std::vector<bool> placeholder;
    for (const Node *arg : expr->items) {
        if (arg->type == NodeType::Placeholder) {
            args.push_back(Value());
            placeholder.push_back(true);
        } else {
            args.push_back(evaluate(arg, input, env));
            placeholder.push_back(false);
        }
    }
    Value proc = evaluate(expr->procedure, input, env);
    std::string name = expr->procedure->type == NodeType::Path ? expr->procedure->items[0]->value
                                                               : expr->procedure->value;
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path
        && (env->lookup(name) || lookupBuiltin(name).isDefined()))
        throwError("T1007", expr->position, name);
    if (!proc.isFunction())
        throwError("T1008", expr->position, name);
    const Function &target = *proc.fn();
    auto f = makeHeap<Function>();
    if (target.kind == Function::Kind::Lambda) {
        f->kind = Function::Kind::Lambda;
        f->node = target.node;
        f->input = target.input;
        f->env = target.env;
        FrameRef bound = newFrame(target.boundEnv ? target.boundEnv.get() : target.env.get());
        for (std::size_t i = 0; i < target.params.size(); ++i) {
            if (i < args.size() && !placeholder[i])
                bound->bind(target.params[i], args[i]);
            else
                f->params.push_back(target.params[i]);
        }
        f->boundEnv = bound;
        f->partial = true; // a partially applied lambda keeps no signature (as jsonata-js)
        return Value::function(std::move(f));
    }
    f->kind = Function::Kind::Partial;
    f->target = proc;
    f->args = std::move(args);
    f->placeholder = std::move(placeholder);
    return Value::function(std::move(f));
}

Value Evaluator::evalApplyOp(const Node *expr, const Value &input, Frame *env)
{
    Value lhs = evaluate(expr->lhs, input, env);
    if (expr->rhs->type == NodeType::Call) {
        const Node *call = expr->rhs;
        return evalCall(call, input, env, &lhs);
    }
    Value func = evaluate(expr->rhs, input, env);
    if (!func.isFunction())
        throwError("T2006", expr->position);
    if (lhs.isFunction()) {
        auto f = makeHeap<Function>();
        f->kind = Function::Kind::Compose;
        f->target = lhs;
        f->args = { func };
        return Value::function(std::move(f));
    }
    ValueList args { lhs };
    return apply(func, args, input, env, expr->position);
}

// A transform's own copy of part of the caller's document: objects and arrays become the
// evaluator's (a transform changes them in place); strings and numbers stay borrowed.
static Value cloneJson(const Json &json, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if (const auto *object = json.get_ptr<const Json::object_t *>()) {
        ObjectData d;
        d.entries.reserve(object->size());
        for (const auto &member : *object)
            d.appendUnique(member.first, cloneJson(member.second, depth + 1));
        return Value::object(std::move(d));
    }
    if (json.is_array()) {
        ValueList items;
        items.reserve(json.size());
        for (const Json &item : json)
            items.push_back(cloneJson(item, depth + 1));
        return Value::array(std::move(items));
    }
    return Value::borrow(json);
}

static Value deepClone(const Value &v, int depth)
{
    if (depth > maxDataDepth)
        throwError("U1001", 0, {}, "Data nesting too deep");
    if ((v.isObject() || v.isArray()) && v.json()) {
        Value clone = cloneJson(*v.json(), depth);
        return v.isArray() && v.flags() ? Value::array(clone.takeList(), v.flags()) : clone;
    }
    if (v.isObject()) {
        ObjectData d;
        d.entries.reserve(v.objectSize());
        for (std::size_t i = 0; i < v.objectSize(); ++i)
            d.set(v.keyAt(i), deepClone(v.valueAt(i), depth + 1));
        return Value::object(std::move(d));
    }
    if (v.isArray()) {
        ValueList items;
        for (std::size_t i = 0; i < v.size(); ++i)
            items.push_back(deepClone(v.at(i), depth + 1));
        return Value::array(std::move(items), v.flags());
    }
    return v;
}

Value Evaluator::evalTransform(const Node *expr, const Value &input, Frame *env)
{
    (void)input;
    auto f = makeHeap<Function>();
    // A transform is a function of one object; it is represented as a builtin-like closure
    // through a lambda node whose body is the Transform node itself.
    f->kind = Function::Kind::Lambda;
    f->node = expr;
    f->env = env;
    f->params = { "\x01transform" };
    return Value::function(std::move(f));
}

Value applyTransform(Evaluator &ev, const Node *expr, const Value &obj, Frame *env)
{
    if (obj.isUndefined())
        return {};
    Value result = deepClone(obj, 0);
    Value matches = ev.evaluate(expr->lhs, result, env);
    if (matches.isUndefined())
        return result;
    if (!matches.isArray())
        matches = Value::array({ matches });
    for (std::size_t i = 0; i < matches.size(); ++i) {
        Value match = matches.at(i);
        Value update = ev.evaluate(expr->rhs, match, env);
        if (update.isDefined()) {
            if (!update.isObject())
                throwError("T2011", expr->rhs->position);
            if (ObjectData *target = match.mutableObject())
                for (std::size_t k = 0; k < update.objectSize(); ++k)
                    target->set(update.keyAt(k), update.valueAt(k));
        }
        if (expr->body) {
            Value deletions = ev.evaluate(expr->body, match, env);
            if (deletions.isDefined()) {
                Value list = deletions.isArray() ? deletions : Value::array({ deletions });
                if (!isArrayOfStrings(list))
                    throwError("T2012", expr->body->position);
                if (ObjectData *target = match.mutableObject()) {
                    for (std::size_t k = 0; k < list.size(); ++k) {
                        std::string_view key = list.at(k).str();
                        auto &en = target->entries;
                        en.erase(std::remove_if(en.begin(), en.end(),
                                                [&](const auto &e) { return e.first == key; }),
                                 en.end());
                        target->index.reset();
                    }
                }
            }
        }
    }
    return result;
}

bool isThunk(const Value &v)
{
    return v.isFunction() && v.fn()->kind == Function::Kind::Thunk;
}

} // namespace Flowsmith::Expr
