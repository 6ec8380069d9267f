#include "jsonata.h"

#include "nativestack.h"

#include "evalerror.h"
#include "evaluator.h"
#include "parser.h"

namespace Flowsmith::Expr {

Expression::~Expression() = default;

std::shared_ptr<const Expression> Expression::compile(std::string_view text, Error *error)
{
    std::shared_ptr<Expression> expr(new Expression);
    expr->m_text = std::string(text);
    expr->m_parser = std::make_shared<Parser>();
    try {
        expr->m_root = expr->m_parser->parse(expr->m_text);
    } catch (EvalError &e) {
        if (error)
            *error = e.error;
        return nullptr;
    }
    return expr;
}

namespace {

// The evaluator of this thread, reused by its evaluations (an evaluation that starts another
// on the same thread gets a fresh one).
struct EvaluatorLease
{
    explicit EvaluatorLease(const Limits &limits)
    {
        if (!busy) {
            static thread_local Evaluator cached { limits };
            busy = true;
            leased = true;
            ev = &cached;
            ev->begin(limits);
        } else {
            own = std::make_unique<Evaluator>(limits);
            ev = own.get();
        }
    }
    ~EvaluatorLease()
    {
        if (leased) {
            ev->finish();
            busy = false;
        }
    }
    EvaluatorLease(const EvaluatorLease &) = delete;
    EvaluatorLease &operator=(const EvaluatorLease &) = delete;

    static thread_local bool busy;
    bool leased = false;
    Evaluator *ev = nullptr;
    std::unique_ptr<Evaluator> own;
};

thread_local bool EvaluatorLease::busy = false;

} // namespace

EvalResult Expression::evaluate(const Json *input, const Json &bindings, const Limits &limits) const
{
    // A depth bound above what this thread's stack holds runs on a thread with a stack sized
    // for it, so any bound a caller sets is reached before the native stack runs out.
    const std::size_t stackBytes = NativeStack::bytesForDepth(limits.maxDepth);
    if (NativeStack::hasRoom(stackBytes))
        return evaluateHere(input, bindings, limits);
    struct Call
    {
        const Expression *self;
        const Json *input;
        const Json *bindings;
        const Limits *limits;
        EvalResult result;
    } call { this, input, &bindings, &limits, {} };
    const auto work = [](void *context) {
        auto *c = static_cast<Call *>(context);
        c->result = c->self->evaluateHere(c->input, *c->bindings, *c->limits);
    };
    if (!NativeStack::runOnThread(stackBytes, work, &call))
        call.result.error = { "U1001", "Cannot reserve a native stack for the depth limit", 0, {} };
    return call.result;
}

EvalResult Expression::evaluateHere(const Json *input, const Json &bindings,
                                    const Limits &limits) const
{
    EvalResult result;
    try {
        EvaluatorLease lease(limits);
        Evaluator &ev = *lease.ev;
        Frame *root = ev.rootFrame();
        Value in = input ? Value::borrow(*input) : Value();
        if (bindings.is_object() && !bindings.empty()) {
            for (auto it = bindings.begin(); it != bindings.end(); ++it)
                root->bind(it.key(), Value::borrow(it.value()));
            root->bind("$", in);
        } else {
            static const std::string dollar = "$";
            root->vars.emplace_back(dollar, in);
        }
        // An input array is one input, not a sequence of inputs.
        if (in.isArray())
            in = Value::array({ in }, Value::Sequence | Value::OuterWrapper);
        Value out = unwrapSequence(ev.evaluate(m_root, in, root));
        in = Value();
        if (out.isUndefined()) {
            result.undefined = true;
        } else {
            result.value = toJson(out);
        }
        result.ok = true;
    } catch (EvalError &e) {
        result.error = e.error;
    } catch (std::bad_alloc &) {
        result.error = { "D1011", "Out of memory", 0, {} };
    }
    return result;
}

} // namespace Flowsmith::Expr
