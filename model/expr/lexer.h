#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Flowsmith::Expr {

struct Token
{
    enum class Type { End, Name, Variable, Operator, String, Number, Value, Regex };
    Type type = Type::End;
    std::string value; // text of names, variables, operators, strings; regex pattern
    std::string flags; // regex flags
    double number = 0;
    int valueKind = 0; // for Type::Value: 0 null, 1 true, 2 false
    std::size_t position = 0; // offset just past the token, as jsonata-js reports it
};

// Splits an expression into tokens. `infix` says an operand was just read, so `/` divides
// rather than starting a regular expression.
class Lexer
{
public:
    explicit Lexer(std::string_view text)
        : m_text(text)
    { }
    Token next(bool infix);
    void seek(std::size_t pos) { m_pos = pos; }

private:
    std::string scanString(char quote);
    Token scanRegex();
    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace Flowsmith::Expr
