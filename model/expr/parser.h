#pragma once

#include "ast.h"
#include "lexer.h"

#include <deque>
#include <memory>
#include <string_view>

namespace Flowsmith::Expr {

// Pratt parser for JSONata followed by the rewrite of the raw tree into the evaluable one
// (paths as step lists, predicates as stages, ancestor slots resolved, tail calls marked).
// It owns every node it creates, so a compiled expression keeps its parser alive.
class Parser
{
public:
    // Nesting bound of the expression text: deeper input is a compile error, never a deep
    // recursion.
    static constexpr int maxNesting = 1000;
    // Size bound: a compiled node costs a few hundred bytes, so hostile multi-megabyte
    // expressions stop here instead of exhausting memory.
    static constexpr std::size_t maxNodes = 500'000;

    Node *parse(std::string_view text); // throws EvalError

private:
    Node *make(NodeType type, std::size_t position);
    static bool isSimpleNamePath(const Node &path);
    void advance(const char *id = nullptr, bool infix = false);
    bool at(const char *id) const;
    int lbp() const;
    Node *expression(int rbp);
    Node *nud(const Token &t);
    Node *led(const Token &t, Node *left);
    Node *objectParser(const Token &t, Node *left);
    void setHeight(Node *n);

    Node *process(Node *expr);
    Node *tailCallOptimize(Node *expr);
    Slot *seekParent(Node *node, Slot *slot);
    void pushAncestry(Node *result, Node *value);
    void resolveAncestry(Node *path);

    std::deque<Node> m_nodes;
    std::deque<Slot> m_slots;
    std::unique_ptr<Lexer> m_lexer;
    std::string_view m_text;
    Token m_token;
    std::string m_id; // the current token's symbol id
    int m_depth = 0;
    std::vector<Node *> m_ancestry;
    int m_ancestorLabel = 0;
    int m_ancestorIndex = 0;
};

} // namespace Flowsmith::Expr
