#pragma once

#include "frame.h"
#include "value.h"

#include <memory>
#include <string>
#include <vector>

namespace Flowsmith::Expr {

class Evaluator;
class Signature;
class Regex;
struct Frame;
struct Node;

// What a built-in sees of its call: the context item (for `-` signature parameters and
// focus-bound functions), the scope and the call's position for errors.
struct CallContext
{
    Value input;
    Frame *env = nullptr;
    std::size_t position = 0;
};

using BuiltinImpl = Value (*)(Evaluator &ev, const CallContext &ctx, ValueList &args);

struct Builtin
{
    const char *name;
    const char *signature;
    BuiltinImpl impl;
    int arity; // the parameter count of the jsonata-js implementation (used by HOFs)
    std::shared_ptr<Signature> parsed;
};

struct Function
{
    enum class Kind { Lambda, Builtin, Partial, Regex, Compose, Thunk };
    Kind kind = Kind::Lambda;

    // Lambda: its definition (for a thunk: the tail call to make), the context and scope it closes
    // over.
    const Node *node = nullptr;
    Value input;
    FrameRef env;
    FrameRef boundEnv; // partial application of a lambda binds some parameters here
    std::vector<std::string> params;
    bool partial = false;

    const Builtin *builtin = nullptr;

    // Partial application of a builtin: fixed arguments, empty (undefined+flag) for `?`.
    Value target;
    ValueList args;
    std::vector<bool> placeholder;

    std::shared_ptr<Regex> regex;

    int arity() const;
    const Signature *signature() const;
};

} // namespace Flowsmith::Expr
