#include "parser.h"

#include "evalerror.h"
#include "evaluator.h"
#include "regex.h"
#include "signature.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Flowsmith::Expr {

namespace {

int bindingPower(const std::string &op)
{
    struct Entry
    {
        const char *op;
        int bp;
    };
    // Left binding powers of the registered infix symbols; plain symbols (`:`, `;`, `,`,
    // closing brackets, `..`, `|`, `**`) bind at 0.
    static const Entry table[] = {
        { ".", 75 },  { "[", 80 },  { "{", 70 },  { "(", 80 },  { "@", 80 },  { "#", 80 },
        { "?", 20 },  { "+", 50 },  { "-", 50 },  { "*", 60 },  { "/", 60 },  { "%", 60 },
        { "=", 40 },  { "<", 40 },  { ">", 40 },  { "^", 40 },  { ":=", 10 }, { "!=", 40 },
        { "<=", 40 }, { ">=", 40 }, { "~>", 40 }, { "?:", 40 }, { "??", 40 }, { "and", 30 },
        { "or", 25 }, { "in", 40 }, { "&", 50 },
    };
    for (const auto &e : table)
        if (op == e.op)
            return e.bp;
    return 0;
}

bool isKnownSymbol(const std::string &op)
{
    static const char *const symbols[]
        = { ".",  "[",  "]",  "{",  "}",  "(",  ")",  ",",  "@",   "#",  ";",  ":",
            "?",  "+",  "-",  "*",  "/",  "%",  "|",  "=",  "<",   ">",  "^",  "**",
            "..", ":=", "!=", "<=", ">=", "~>", "?:", "??", "and", "or", "in", "&" };
    for (const char *s : symbols)
        if (op == s)
            return true;
    return false;
}

BinaryOp toBinaryOp(const std::string &op)
{
    if (op == "+")
        return BinaryOp::Add;
    if (op == "-")
        return BinaryOp::Sub;
    if (op == "*")
        return BinaryOp::Mul;
    if (op == "/")
        return BinaryOp::Div;
    if (op == "%")
        return BinaryOp::Mod;
    if (op == "=")
        return BinaryOp::Eq;
    if (op == "!=")
        return BinaryOp::Ne;
    if (op == "<")
        return BinaryOp::Lt;
    if (op == "<=")
        return BinaryOp::Le;
    if (op == ">")
        return BinaryOp::Gt;
    if (op == ">=")
        return BinaryOp::Ge;
    if (op == "&")
        return BinaryOp::Concat;
    if (op == "and")
        return BinaryOp::And;
    if (op == "or")
        return BinaryOp::Or;
    if (op == "in")
        return BinaryOp::In;
    return BinaryOp::Range;
}

} // namespace

Node *Parser::make(NodeType type, std::size_t position)
{
    if (m_nodes.size() >= maxNodes)
        throwError("U1001", position, {}, "Expression too large");
    Node &n = m_nodes.emplace_back();
    n.type = type;
    n.position = position;
    return &n;
}

void Parser::setHeight(Node *n)
{
    int h = 0;
    auto take = [&](const Node *c) {
        if (c)
            h = std::max(h, c->height);
    };
    take(n->lhs);
    take(n->rhs);
    take(n->procedure);
    take(n->condition);
    take(n->then);
    take(n->otherwise);
    take(n->body);
    for (const Node *c : n->items)
        take(c);
    for (const auto &p : n->pairs) {
        take(p.first);
        take(p.second);
    }
    for (const auto &t : n->terms)
        take(t.expr);
    n->height = h + 1;
    if (n->height > maxNesting)
        throwError("U1001", n->position, {}, "Expression nesting too deep");
}

bool Parser::at(const char *id) const
{
    return m_id == id;
}

int Parser::lbp() const
{
    if (m_token.type == Token::Type::Operator)
        return bindingPower(m_token.value);
    return 0;
}

void Parser::advance(const char *id, bool infix)
{
    if (id && m_id != id) {
        throwError(m_id == "(end)" ? "S0203" : "S0202", m_token.position, m_token.value, id);
    }
    m_token = m_lexer->next(infix);
    switch (m_token.type) {
    case Token::Type::End:
        m_id = "(end)";
        m_token.position = m_text.size();
        break;
    case Token::Type::Name:
    case Token::Type::Variable:
        m_id = "(name)";
        break;
    case Token::Type::Operator:
        if (!isKnownSymbol(m_token.value))
            throwError("S0204", m_token.position, m_token.value);
        m_id = m_token.value;
        break;
    case Token::Type::String:
    case Token::Type::Number:
    case Token::Type::Value:
        m_id = "(literal)";
        break;
    case Token::Type::Regex:
        m_id = "(regex)";
        break;
    }
}

Node *Parser::expression(int rbp)
{
    if (++m_depth > maxNesting)
        throwError("U1001", m_token.position, {}, "Expression nesting too deep");
    Token t = m_token;
    advance(nullptr, true);
    Node *left = nud(t);
    while (rbp < lbp()) {
        t = m_token;
        advance();
        left = led(t, left);
    }
    --m_depth;
    return left;
}

Node *Parser::nud(const Token &t)
{
    switch (t.type) {
    case Token::Type::End:
        throwError("S0207", t.position, "(end)");
    case Token::Type::Name: {
        Node *n = make(NodeType::Name, t.position);
        n->value = t.value;
        return n;
    }
    case Token::Type::Variable: {
        Node *n = make(NodeType::Variable, t.position);
        n->value = t.value;
        // The built-in of that name, looked up once here rather than on every call (a
        // binding of the same name still takes precedence when evaluated).
        n->literal = lookupBuiltin(t.value);
        return n;
    }
    case Token::Type::String: {
        Node *n = make(NodeType::Literal, t.position);
        n->value = t.value;
        n->literal = Value::string(t.value);
        return n;
    }
    case Token::Type::Number: {
        Node *n = make(NodeType::Literal, t.position);
        n->value = t.value;
        n->literal = Value::number(t.number);
        return n;
    }
    case Token::Type::Value: {
        Node *n = make(NodeType::Literal, t.position);
        n->value = t.value;
        n->literal = t.valueKind == 0 ? Value::null() : Value::boolean(t.valueKind == 1);
        return n;
    }
    case Token::Type::Regex: {
        Node *n = make(NodeType::Regex, t.position);
        n->value = t.value;
        n->regex = std::make_shared<Regex>(t.value, t.flags, t.position);
        return n;
    }
    case Token::Type::Operator:
        break;
    }
    const std::string &op = t.value;
    if (op == "and" || op == "or" || op == "in") {
        Node *n = make(NodeType::Operator, t.position);
        n->value = op;
        return n;
    }
    if (op == "-") {
        Node *n = make(NodeType::Negate, t.position);
        n->lhs = expression(70);
        setHeight(n);
        return n;
    }
    if (op == "*")
        return make(NodeType::Wildcard, t.position);
    if (op == "**")
        return make(NodeType::Descendant, t.position);
    if (op == "%")
        return make(NodeType::Parent, t.position);
    if (op == "(") {
        Node *n = make(NodeType::Block, t.position);
        while (!at(")")) {
            n->items.push_back(expression(0));
            if (!at(";"))
                break;
            advance(";");
        }
        advance(")", true);
        setHeight(n);
        return n;
    }
    if (op == "[") {
        Node *n = make(NodeType::ArrayCons, t.position);
        if (!at("]")) {
            for (;;) {
                Node *item = expression(0);
                if (at("..")) {
                    Node *range = make(NodeType::Binary, m_token.position);
                    range->value = "..";
                    range->lhs = item;
                    advance("..");
                    range->rhs = expression(0);
                    setHeight(range);
                    item = range;
                }
                n->items.push_back(item);
                if (!at(","))
                    break;
                advance(",");
            }
        }
        advance("]", true);
        setHeight(n);
        return n;
    }
    if (op == "{")
        return objectParser(t, nullptr);
    if (op == "|") {
        Node *n = make(NodeType::Transform, t.position);
        n->lhs = expression(0);
        advance("|");
        n->rhs = expression(0);
        if (at(",")) {
            advance(",");
            n->body = expression(0);
        }
        advance("|");
        setHeight(n);
        return n;
    }
    throwError("S0211", t.position, op);
}

Node *Parser::objectParser(const Token &t, Node *left)
{
    Node *n = make(left ? NodeType::GroupBy : NodeType::ObjectCons, t.position);
    if (!at("}")) {
        for (;;) {
            Node *k = expression(0);
            advance(":");
            Node *v = expression(0);
            n->pairs.emplace_back(k, v);
            if (!at(","))
                break;
            advance(",");
        }
    }
    advance("}", true);
    n->lhs = left;
    setHeight(n);
    return n;
}

Node *Parser::led(const Token &t, Node *left)
{
    const std::string &op = t.value;
    if (op == "(") {
        Node *n = make(NodeType::Call, t.position);
        n->procedure = left;
        if (!at(")")) {
            for (;;) {
                if (m_token.type == Token::Type::Operator && m_id == "?") {
                    n->type = NodeType::Partial;
                    n->items.push_back(make(NodeType::Placeholder, m_token.position));
                    advance("?");
                } else {
                    n->items.push_back(expression(0));
                }
                if (!at(","))
                    break;
                advance(",");
            }
        }
        advance(")", true);
        if (left->type == NodeType::Name
            && (left->value == "function" || left->value == "\xce\xbb")) {
            for (std::size_t i = 0; i < n->items.size(); ++i) {
                Node *arg = n->items[i];
                if (arg->type != NodeType::Variable)
                    throwError("S0208", arg->position, arg->value);
                n->params.push_back(arg->value);
            }
            n->items.clear();
            n->type = NodeType::Lambda;
            if (at("<")) {
                // The signature is read from the raw text: it is not made of JSONata tokens.
                std::size_t start = m_token.position - 1;
                int depth = 0;
                std::size_t i = start;
                for (; i < m_text.size(); ++i) {
                    if (m_text[i] == '<')
                        ++depth;
                    else if (m_text[i] == '>' && --depth == 0)
                        break;
                    else if (m_text[i] == '{')
                        break;
                }
                if (i >= m_text.size() || m_text[i] != '>')
                    throwError("S0401", start);
                n->signature = std::make_shared<Signature>(
                    std::string(m_text.substr(start, i - start + 1)), start);
                m_lexer->seek(i + 1);
                advance();
            }
            advance("{");
            n->body = expression(0);
            advance("}");
        }
        setHeight(n);
        return n;
    }
    if (op == "[") {
        if (at("]")) {
            Node *step = left;
            while (step && step->type == NodeType::Predicate)
                step = step->lhs;
            step->keepArray = true;
            advance("]");
            return left;
        }
        Node *n = make(NodeType::Predicate, t.position);
        n->lhs = left;
        n->rhs = expression(0);
        advance("]", true);
        setHeight(n);
        return n;
    }
    if (op == "^") {
        Node *n = make(NodeType::OrderBy, t.position);
        advance("(");
        for (;;) {
            SortTerm term;
            if (at("<")) {
                advance("<");
            } else if (at(">")) {
                term.descending = true;
                advance(">");
            }
            term.expr = expression(0);
            n->terms.push_back(term);
            if (!at(","))
                break;
            advance(",");
        }
        advance(")");
        n->lhs = left;
        setHeight(n);
        return n;
    }
    if (op == "{")
        return objectParser(t, left);
    if (op == ":=") {
        if (left->type != NodeType::Variable)
            throwError("S0212", left->position, left->value);
        Node *n = make(NodeType::Bind, t.position);
        n->lhs = left;
        n->rhs = expression(bindingPower(":=") - 1);
        setHeight(n);
        return n;
    }
    if (op == "@" || op == "#") {
        Node *n = make(op == "@" ? NodeType::Focus : NodeType::IndexBind, t.position);
        n->lhs = left;
        n->rhs = expression(bindingPower(op));
        if (n->rhs->type != NodeType::Variable)
            throwError("S0214", n->rhs->position, op);
        setHeight(n);
        return n;
    }
    if (op == "?") {
        Node *n = make(NodeType::Condition, t.position);
        n->condition = left;
        n->then = expression(0);
        if (at(":")) {
            advance(":");
            n->otherwise = expression(0);
        }
        setHeight(n);
        return n;
    }
    if (op == "?:" || op == "??") {
        Node *n = make(op == "?:" ? NodeType::Elvis : NodeType::Coalesce, t.position);
        n->lhs = left;
        n->rhs = expression(0);
        setHeight(n);
        return n;
    }
    if (op == "~>") {
        Node *n = make(NodeType::Apply, t.position);
        n->lhs = left;
        n->rhs = expression(bindingPower(op));
        setHeight(n);
        return n;
    }
    if (bindingPower(op) == 0)
        throwError("S0201", t.position, op);
    Node *n = make(NodeType::Binary, t.position);
    n->value = op;
    n->lhs = left;
    n->rhs = expression(bindingPower(op));
    setHeight(n);
    return n;
}

Node *Parser::parse(std::string_view text)
{
    m_text = text;
    m_lexer = std::make_unique<Lexer>(text);
    advance();
    Node *ast = expression(0);
    if (m_id != "(end)")
        throwError("S0201", m_token.position, m_token.value);
    Node *result = process(ast);
    if (result->type == NodeType::Parent || result->hasSeeking)
        throwError("S0217", result->position, "%");
    for (Node &node : m_nodes)
        if (node.type == NodeType::Path)
            node.simpleNames = isSimpleNamePath(node);
    return result;
}

const Node *indexStage(const Node &step)
{
    if (step.stages.size() != 1 || step.stages[0].isIndex)
        return nullptr;
    const Node *e = step.stages[0].expr;
    return e->type == NodeType::Literal && e->literal.isNumber() ? e : nullptr;
}

bool Parser::isSimpleNamePath(const Node &path)
{
    if (path.keepSingletonArray || path.group || path.tuple || path.items.empty())
        return false;
    auto plain = [](const Node *step) {
        return step->predicate.empty() && !step->group && !step->tuple && !step->keepArray
            && !step->hasFocus && !step->hasIndex;
    };
    const Node *first = path.items.front();
    if (first->type == NodeType::Variable
        && (path.items.size() < 2 || !plain(first) || !first->stages.empty()))
        return false;
    for (std::size_t i = first->type == NodeType::Variable ? 1 : 0; i < path.items.size(); ++i) {
        const Node *step = path.items[i];
        if (step->type != NodeType::Name || !plain(step))
            return false;
        if (!step->stages.empty() && !indexStage(*step))
            return false;
    }
    return true;
}

// ---- rewrite of the raw tree ----

void Parser::pushAncestry(Node *result, Node *value)
{
    if (!value)
        return;
    if (value->hasSeeking || value->type == NodeType::Parent) {
        std::vector<Slot *> slots = value->seekingParent;
        if (value->type == NodeType::Parent)
            slots.push_back(value->slot);
        result->seekingParent.insert(result->seekingParent.end(), slots.begin(), slots.end());
        result->hasSeeking = true;
    }
}

Slot *Parser::seekParent(Node *node, Slot *slot)
{
    switch (node->type) {
    case NodeType::Name:
    case NodeType::Wildcard:
        slot->level--;
        if (slot->level == 0) {
            if (!node->ancestor) {
                node->ancestor = slot;
            } else {
                slot->label = node->ancestor->label;
                node->ancestor = slot;
            }
            node->tuple = true;
        }
        break;
    case NodeType::Parent:
        slot->level++;
        break;
    case NodeType::Block:
        if (!node->items.empty()) {
            node->tuple = true;
            slot = seekParent(node->items.back(), slot);
        }
        break;
    case NodeType::Path: {
        node->tuple = true;
        int index = int(node->items.size()) - 1;
        slot = seekParent(node->items[std::size_t(index--)], slot);
        while (slot->level > 0 && index >= 0)
            slot = seekParent(node->items[std::size_t(index--)], slot);
        break;
    }
    default:
        throwError("S0217", node->position, node->value);
    }
    return slot;
}

void Parser::resolveAncestry(Node *path)
{
    Node *last = path->items.back();
    std::vector<Slot *> slots = last->seekingParent;
    if (last->type == NodeType::Parent)
        slots.push_back(last->slot);
    for (Slot *slot : slots) {
        int index = int(path->items.size()) - 2;
        while (slot->level > 0) {
            if (index < 0) {
                path->seekingParent.push_back(slot);
                path->hasSeeking = true;
                break;
            }
            Node *step = path->items[std::size_t(index--)];
            while (index >= 0 && step->hasFocus && path->items[std::size_t(index)]->hasFocus)
                step = path->items[std::size_t(index--)];
            slot = seekParent(step, slot);
        }
    }
}

Node *Parser::tailCallOptimize(Node *expr)
{
    if (expr->type == NodeType::Call && expr->predicate.empty()) {
        expr->thunk = true;
    } else if (expr->type == NodeType::Condition) {
        expr->then = tailCallOptimize(expr->then);
        if (expr->otherwise)
            expr->otherwise = tailCallOptimize(expr->otherwise);
    } else if (expr->type == NodeType::Block && !expr->items.empty()) {
        expr->items.back() = tailCallOptimize(expr->items.back());
    }
    return expr;
}

Node *Parser::process(Node *expr)
{
    Node *result = nullptr;
    switch (expr->type) {
    case NodeType::Binary: {
        const std::string &op = expr->value;
        if (op == ".") {
            Node *lstep = process(expr->lhs);
            if (lstep->type == NodeType::Path) {
                result = lstep;
            } else {
                result = make(NodeType::Path, lstep->position);
                result->items.push_back(lstep);
            }
            if (lstep->type == NodeType::Parent) {
                result->seekingParent = { lstep->slot };
                result->hasSeeking = true;
            }
            Node *rest = process(expr->rhs);
            if (rest->type == NodeType::Path) {
                result->items.insert(result->items.end(), rest->items.begin(), rest->items.end());
            } else {
                if (!rest->predicate.empty()) {
                    rest->stages = std::move(rest->predicate);
                    rest->predicate.clear();
                }
                result->items.push_back(rest);
            }
            for (Node *step : result->items) {
                if (step->type == NodeType::Literal) {
                    if (!step->literal.isString())
                        throwError("S0213", step->position, step->value);
                    step->type = NodeType::Name;
                }
                if (step->keepArray)
                    result->keepSingletonArray = true;
            }
            Node *first = result->items.front();
            if (first->type == NodeType::ArrayCons)
                first->consarray = true;
            Node *last = result->items.back();
            if (last->type == NodeType::ArrayCons)
                last->consarray = true;
            resolveAncestry(result);
        } else {
            result = make(NodeType::Binary, expr->position);
            result->value = op;
            result->op = toBinaryOp(op);
            result->lhs = process(expr->lhs);
            result->rhs = process(expr->rhs);
            pushAncestry(result, result->lhs);
            pushAncestry(result, result->rhs);
        }
        break;
    }
    case NodeType::Predicate: {
        result = process(expr->lhs);
        Node *step = result;
        bool stages = false;
        if (result->type == NodeType::Path) {
            step = result->items.back();
            stages = true;
        }
        if (step->group)
            throwError("S0209", expr->position);
        Node *predicate = process(expr->rhs);
        if (predicate->hasSeeking) {
            for (Slot *slot : predicate->seekingParent) {
                if (slot->level == 1)
                    seekParent(step, slot);
                else
                    slot->level--;
            }
            pushAncestry(step, predicate);
        }
        Stage s;
        s.expr = predicate;
        s.position = expr->position;
        (stages ? step->stages : step->predicate).push_back(s);
        break;
    }
    case NodeType::GroupBy: {
        result = process(expr->lhs);
        if (result->group)
            throwError("S0210", expr->position);
        auto g = std::make_unique<GroupBy>();
        g->position = expr->position;
        for (auto &p : expr->pairs)
            g->pairs.emplace_back(process(p.first), process(p.second));
        result->group = std::move(g);
        break;
    }
    case NodeType::OrderBy: {
        result = process(expr->lhs);
        if (result->type != NodeType::Path) {
            Node *path = make(NodeType::Path, result->position);
            path->items.push_back(result);
            result = path;
        }
        Node *sortStep = make(NodeType::Sort, expr->position);
        for (auto &term : expr->terms) {
            Node *e = process(term.expr);
            pushAncestry(sortStep, e);
            sortStep->terms.push_back({ term.descending, e });
        }
        result->items.push_back(sortStep);
        resolveAncestry(result);
        break;
    }
    case NodeType::Bind:
        result = expr;
        result->value = expr->lhs->value;
        result->rhs = process(expr->rhs);
        pushAncestry(result, result->rhs);
        break;
    case NodeType::Focus: {
        result = process(expr->lhs);
        Node *step = result;
        if (result->type == NodeType::Path)
            step = result->items.back();
        if (!step->stages.empty() || !step->predicate.empty())
            throwError("S0215", expr->position);
        if (step->type == NodeType::Sort)
            throwError("S0216", expr->position);
        if (expr->keepArray)
            step->keepArray = true;
        step->focus = expr->rhs->value;
        step->hasFocus = true;
        step->tuple = true;
        break;
    }
    case NodeType::IndexBind: {
        result = process(expr->lhs);
        Node *step = result;
        if (result->type == NodeType::Path) {
            step = result->items.back();
        } else {
            Node *path = make(NodeType::Path, result->position);
            path->items.push_back(result);
            result = path;
            if (!step->predicate.empty()) {
                step->stages = std::move(step->predicate);
                step->predicate.clear();
            }
        }
        if (step->stages.empty()) {
            step->index = expr->rhs->value;
            step->hasIndex = true;
        } else {
            Stage s;
            s.isIndex = true;
            s.indexVar = expr->rhs->value;
            s.position = expr->position;
            step->stages.push_back(s);
        }
        step->tuple = true;
        break;
    }
    case NodeType::Apply:
        result = expr;
        result->lhs = process(expr->lhs);
        result->rhs = process(expr->rhs);
        result->keepArray = result->lhs->keepArray || result->rhs->keepArray;
        break;
    case NodeType::Negate:
        result = expr;
        result->lhs = process(expr->lhs);
        if (result->lhs->type == NodeType::Literal && result->lhs->literal.isNumber()) {
            Node *lit = result->lhs;
            lit->literal = Value::number(-lit->literal.numberValue());
            result = lit;
        } else {
            pushAncestry(result, result->lhs);
        }
        break;
    case NodeType::ArrayCons:
        result = expr;
        for (auto &item : result->items) {
            item = process(item);
            pushAncestry(result, item);
        }
        break;
    case NodeType::ObjectCons:
        result = expr;
        for (auto &p : result->pairs) {
            p.first = process(p.first);
            pushAncestry(result, p.first);
            p.second = process(p.second);
            pushAncestry(result, p.second);
        }
        break;
    case NodeType::Call:
    case NodeType::Partial:
        result = expr;
        for (auto &arg : result->items) {
            arg = process(arg);
            pushAncestry(result, arg);
        }
        result->procedure = process(expr->procedure);
        break;
    case NodeType::Lambda:
        result = expr;
        result->body = tailCallOptimize(process(expr->body));
        break;
    case NodeType::Condition:
        result = expr;
        result->condition = process(expr->condition);
        pushAncestry(result, result->condition);
        result->then = process(expr->then);
        pushAncestry(result, result->then);
        if (expr->otherwise) {
            result->otherwise = process(expr->otherwise);
            pushAncestry(result, result->otherwise);
        }
        break;
    case NodeType::Elvis:
    case NodeType::Coalesce:
        result = expr;
        result->lhs = process(expr->lhs);
        pushAncestry(result, result->lhs);
        result->rhs = process(expr->rhs);
        pushAncestry(result, result->rhs);
        break;
    case NodeType::Transform:
        result = expr;
        result->lhs = process(expr->lhs);
        result->rhs = process(expr->rhs);
        if (expr->body)
            result->body = process(expr->body);
        break;
    case NodeType::Block:
        result = expr;
        for (auto &item : result->items) {
            item = process(item);
            pushAncestry(result, item);
            if (item->consarray || (item->type == NodeType::Path && item->items.front()->consarray))
                result->consarray = true;
        }
        break;
    case NodeType::Name: {
        result = make(NodeType::Path, expr->position);
        result->items.push_back(expr);
        if (expr->keepArray)
            result->keepSingletonArray = true;
        break;
    }
    case NodeType::Parent: {
        result = expr;
        Slot &slot = m_slots.emplace_back();
        slot.label = "!" + std::to_string(m_ancestorLabel++);
        slot.level = 1;
        slot.index = m_ancestorIndex++;
        result->slot = &slot;
        m_ancestry.push_back(result);
        break;
    }
    case NodeType::Literal:
    case NodeType::Wildcard:
    case NodeType::Descendant:
    case NodeType::Variable:
    case NodeType::Regex:
    case NodeType::Placeholder:
        result = expr;
        break;
    case NodeType::Operator:
        expr->type = NodeType::Name;
        result = process(expr);
        break;
    default:
        throwError("S0206", expr->position, expr->value);
    }
    if (expr->keepArray)
        result->keepArray = true;
    return result;
}

} // namespace Flowsmith::Expr
