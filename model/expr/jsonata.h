#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace Flowsmith::Expr {

using Json = nlohmann::ordered_json;

// A compile or evaluation error with the jsonata-js code (S0202, T2001, D3001, U1001...) and
// the character offset of the offending token, so editors can underline it.
struct Error
{
    std::string code;
    std::string message;
    std::size_t position = 0;
    std::string token;
};

// Bounds of one evaluation. Going past any of them is an error, never a crash or a hang.
struct Limits
{
    int maxDepth = 500;
    std::chrono::milliseconds timeLimit { 1000 };
    std::size_t maxSequenceLength = 10'000'000;
    // Bytes of one string value: a recursion that doubles a string stops here, long before
    // memory runs out (jsonata-js stops at V8's limit of about 512 M characters).
    std::size_t maxStringLength = 128 * 1024 * 1024;
};

struct EvalResult
{
    bool ok = false;
    bool undefined = false;
    Json value;
    Error error;
};

struct Node;
class Parser;

// A compiled JSONata expression. It is immutable after compile(), so one instance can be
// evaluated from many threads at once; each evaluate() borrows its input without copying it.
class Expression
{
public:
    static std::shared_ptr<const Expression> compile(std::string_view text, Error *error);

    EvalResult evaluate(const Json *input /* nullptr = undefined */,
                        const Json &bindings = Json::object(), const Limits &limits = {}) const;
    const std::string &text() const { return m_text; }

    ~Expression();
    Expression(const Expression &) = delete;
    Expression &operator=(const Expression &) = delete;

    // Internal: the parsed tree and its owner.
    const Node *root() const { return m_root; }

private:
    Expression() = default;
    EvalResult evaluateHere(const Json *input, const Json &bindings, const Limits &limits) const;
    std::string m_text;
    std::shared_ptr<Parser> m_parser; // owns every node
    const Node *m_root = nullptr;
};

} // namespace Flowsmith::Expr
