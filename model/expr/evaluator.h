#pragma once

#include "ast.h"
#include "frame.h"
#include "function.h"
#include "jsonata.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>

namespace Flowsmith::Expr {

class Parser;

// One evaluation: the scopes it creates (an arena), its depth and time bounds. Not shared
// between threads; the compiled tree it walks is.
class Evaluator
{
public:
    explicit Evaluator(const Limits &limits);
    // Starts a new evaluation with these bounds; finish() ends it. One evaluator is reused
    // by the evaluations of a thread, so its scopes and their buffers are allocated once.
    void begin(const Limits &limits);
    void finish();

    Value evaluate(const Node *expr, const Value &input, Frame *env);
    Value apply(const Value &proc, ValueList &args, const Value &input, Frame *env,
                std::size_t position, const std::string &name = {});
    FrameRef newFrame(Frame *parent);
    // The scope of `$` and the bindings: one frame kept from evaluation to evaluation, empty
    // when an evaluation starts.
    Frame *rootFrame()
    {
        if (!m_root)
            m_root = newFrame(nullptr);
        return m_root.get();
    }
    const Limits &limits() const { return *m_limits; }
    double startMillis(); // fixed for the whole evaluation, read on first use
    void checkSequence(std::size_t n) const;
    void checkString(std::size_t bytes) const;
    // Counts a step; every thousand steps, checks the clock.
    void tick()
    {
        if ((++m_ticks & 0x3FF) == 0)
            checkTime();
    }
    // Keeps a tree parsed by $eval alive for the rest of the evaluation.
    void adopt(std::shared_ptr<Parser> p) { m_adopted.push_back(std::move(p)); }

private:
    Value evalPath(const Node *expr, const Value &input, Frame *env);
    void checkTime();
    bool simplePath(const Node *expr, const Value &input, Frame *env, Value &out);
    Value evalStep(const Node *expr, const Value &input, Frame *env, bool lastStep);
    Value evalTupleStep(const Node *expr, const Value &input, const Value &tupleBindings,
                        Frame *env);
    Value evalStages(const std::vector<Stage> &stages, Value input, Frame *env);
    Value evalFilter(const Node *predicate, const Value &input, Frame *env);
    Value evalBinary(const Node *expr, const Value &input, Frame *env);
    Value evalName(const Node *expr, const Value &input);
    Value evalWildcard(const Value &input);
    Value evalDescendants(const Value &input);
    Value evalArray(const Node *expr, const Value &input, Frame *env);
    Value evalGroup(const Pairs &pairs, std::size_t position, const Value &input, Frame *env);
    Value evalSingleObject(const Pairs &pairs, std::size_t position, const Value &input,
                           Frame *env);
    Value evalObjectCons(const Node *expr, const Value &input, Frame *env);
    Value evalSort(const Node *expr, const Value &input, Frame *env);
    Value evalBlock(const Node *expr, const Value &input, Frame *env);
    Value evalCall(const Node *expr, const Value &input, Frame *env, const Value *applyTo);
    Value evalPartial(const Node *expr, const Value &input, Frame *env);
    Value evalApplyOp(const Node *expr, const Value &input, Frame *env);
    Value evalTransform(const Node *expr, const Value &input, Frame *env);
    Value evalLambda(const Node *expr, const Value &input, Frame *env);
    Value applyInner(const Value &proc, ValueList &args, const Value &input, Frame *env,
                     std::size_t position, const std::string &name);
    Value applyProcedure(const Function &fn, ValueList &args);
    FrameRef frameFromTuple(Frame *env, const Value &tuple);
    // Where the name of this node was found in the last object (see Value::get).
    std::uint32_t &keyHint(const Node *n)
    {
        return m_keyHints[(reinterpret_cast<std::uintptr_t>(n) >> 4) % std::size(m_keyHints)];
    }

    const Limits *m_limits;
    int m_depth = 0;
    std::uintptr_t m_stackFloor = 0; // see NativeStack
    unsigned m_ticks = 0;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_deadlineSet = false;
    double m_startMillis = 0;
    std::vector<std::shared_ptr<Parser>> m_adopted; // outlives the pool: lambdas point into it
    FramePool m_frames;
    FrameRef m_root; // after m_frames: released before the pool goes
    std::uint32_t m_keyHints[64] = {};
};

// Recursion over data (descendants, equality, output) stops here with an error rather than
// exhausting the stack on hostile, deeply nested input.
constexpr int maxDataDepth = 5000;

// Helpers shared by the evaluator and the built-in functions.
Value lookupBuiltin(std::string_view name);
bool toBoolean(const Value &v, bool *defined = nullptr);
bool deepEqual(const Value &a, const Value &b);
// A hash that agrees with deepEqual: equal values hash alike.
std::size_t deepHash(const Value &v);
Value appendValues(const Value &a, const Value &b);
Value unwrapSequence(Value v);
bool isArrayOfNumbers(const Value &v);
bool isArrayOfStrings(const Value &v);
void flattenInto(const Value &v, ValueList &out, int depth = 0);
std::string stringify(const Value &v, bool pretty = false);
std::string numberToString(double d);
// The double a decimal text denotes, correctly rounded; `text` is already known to be one.
double parseDecimal(std::string_view text);
// The exponent after the 'e' of std::to_chars scientific text ("+05", "-7"); 0 at `to`.
int scientificExponent(const char *from, const char *to);
Json toJson(const Value &v, int depth = 0);
// $round: half to even at `precision` decimal places.
double roundHalfEven(double value, int precision);
// A function value as a thunk-free tail call marker.
bool isThunk(const Value &v);

} // namespace Flowsmith::Expr
