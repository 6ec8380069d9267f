#pragma once

#include "value.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Flowsmith::Expr {

class Signature;
class Regex;
struct Node;

enum class NodeType : std::uint8_t {
    Path,
    Binary,
    Negate,
    ArrayCons,
    ObjectCons,
    Name,
    Literal, // string, number, true/false/null
    Wildcard,
    Descendant,
    Parent,
    Condition,
    Elvis,
    Coalesce,
    Block,
    Bind,
    Regex,
    Call,
    Partial,
    Lambda,
    Variable,
    Apply,
    Transform,
    Sort,
    Placeholder,
    // Parse-time only
    Operator,
    Focus,
    IndexBind,
    Predicate,
    OrderBy,
    GroupBy,
};

enum class BinaryOp : std::uint8_t {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Concat,
    And,
    Or,
    In,
    Range,
};

// An ancestor slot: a `%` that is resolved to the step whose context it names.
struct Slot
{
    std::string label;
    int level = 1;
    int index = 0;
};

struct Stage
{
    bool isIndex = false; // else a filter
    Node *expr = nullptr;
    std::string indexVar;
    std::size_t position = 0;
};

struct SortTerm
{
    bool descending = false;
    Node *expr = nullptr;
};

using Pairs = std::vector<std::pair<Node *, Node *>>;

struct GroupBy
{
    Pairs pairs;
    std::size_t position = 0;
};

struct Node
{
    NodeType type = NodeType::Literal;
    BinaryOp op = BinaryOp::Add;
    std::size_t position = 0;
    int height = 1; // tree height, bounded at parse time so that no recursion can overflow
    std::string value; // name, variable, operator or string text
    Value literal;

    Node *lhs = nullptr;
    Node *rhs = nullptr;
    Node *procedure = nullptr;
    Node *condition = nullptr;
    Node *then = nullptr;
    Node *otherwise = nullptr;
    Node *body = nullptr;
    std::vector<Node *> items; // array items, block expressions, call arguments, path steps
    Pairs pairs; // object constructor
    std::vector<SortTerm> terms;
    std::vector<std::string> params;
    std::shared_ptr<Signature> signature;
    std::shared_ptr<Regex> regex;

    std::vector<Stage> predicate; // filters on a non-step expression
    std::vector<Stage> stages; // filters and index bindings of a path step
    std::unique_ptr<GroupBy> group;

    std::string focus;
    std::string index;
    Slot *ancestor = nullptr;
    Slot *slot = nullptr;
    std::vector<Slot *> seekingParent;
    bool hasSeeking = false;

    bool keepArray = false;
    bool keepSingletonArray = false;
    bool consarray = false;
    bool tuple = false;
    bool thunk = false; // a call in tail position of a lambda body
    bool hasFocus = false;
    bool hasIndex = false;
    // A path of plain names (`a.b.c`, `$v.b.c`) with nothing that needs sequences: set once
    // the tree is final, so the evaluator's fast path checks one flag.
    bool simpleNames = false;
};

// The number literal of a step's only filter (`items[3]`, `items[-1]`), if that is all it has.
const Node *indexStage(const Node &step);

} // namespace Flowsmith::Expr
