#include "lexer.h"

#include "evalerror.h"
#include "utf8.h"

#include <cmath>
#include <cstdlib>

namespace Flowsmith::Expr {

namespace {

bool isOperatorChar(char c)
{
    switch (c) {
    case '.':
    case '[':
    case ']':
    case '{':
    case '}':
    case '(':
    case ')':
    case ',':
    case '@':
    case '#':
    case ';':
    case ':':
    case '?':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '|':
    case '=':
    case '<':
    case '>':
    case '^':
    case '&':
    case '!':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v';
}

} // namespace

std::string Lexer::scanString(char quote)
{
    std::string out;
    ++m_pos;
    while (m_pos < m_text.size()) {
        char c = m_text[m_pos];
        if (c == '\\') {
            ++m_pos;
            if (m_pos >= m_text.size())
                break;
            c = m_text[m_pos];
            switch (c) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto hex = [&](std::size_t at, unsigned &cp) {
                    if (at + 4 > m_text.size())
                        return false;
                    cp = 0;
                    for (std::size_t i = at; i < at + 4; ++i) {
                        char h = m_text[i];
                        cp <<= 4;
                        if (h >= '0' && h <= '9')
                            cp |= unsigned(h - '0');
                        else if (h >= 'a' && h <= 'f')
                            cp |= unsigned(h - 'a' + 10);
                        else if (h >= 'A' && h <= 'F')
                            cp |= unsigned(h - 'A' + 10);
                        else
                            return false;
                    }
                    return true;
                };
                unsigned cp = 0;
                if (!hex(m_pos + 1, cp))
                    throwError("S0104", m_pos);
                m_pos += 4;
                // Combine a UTF-16 surrogate pair written as two escapes.
                if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 6 < m_text.size() + 1
                    && m_text.substr(m_pos + 1, 2) == "\\u") {
                    unsigned lo = 0;
                    if (hex(m_pos + 3, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        m_pos += 6;
                    }
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                throwError("S0103", m_pos, std::string(1, c));
            }
            ++m_pos;
        } else if (c == quote) {
            ++m_pos;
            return out;
        } else {
            out += c;
            ++m_pos;
        }
    }
    throwError("S0101", m_pos);
}

Token Lexer::scanRegex()
{
    // The closing slash is the first one outside a character class and not escaped.
    std::size_t start = m_pos;
    int depth = 0;
    while (m_pos < m_text.size()) {
        char c = m_text[m_pos];
        if (c == '\\') {
            m_pos += 2;
            continue;
        }
        if (c == '[')
            ++depth;
        else if (c == ']' && depth > 0)
            --depth;
        else if (c == '/' && depth == 0) {
            Token t;
            t.type = Token::Type::Regex;
            t.value = std::string(m_text.substr(start, m_pos - start));
            if (t.value.empty())
                throwError("S0301", m_pos);
            ++m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos] == 'i' || m_text[m_pos] == 'm')) {
                t.flags += m_text[m_pos];
                ++m_pos;
            }
            t.position = m_pos;
            return t;
        }
        ++m_pos;
    }
    throwError("S0302", m_pos);
}

Token Lexer::next(bool infix)
{
    Token t;
    const std::size_t n = m_text.size();
    for (;;) {
        while (m_pos < n && isSpace(m_text[m_pos]))
            ++m_pos;
        if (m_pos + 1 < n && m_text[m_pos] == '/' && m_text[m_pos + 1] == '*') {
            std::size_t end = m_text.find("*/", m_pos + 2);
            if (end == std::string_view::npos)
                throwError("S0106", m_pos);
            m_pos = end + 2;
            continue;
        }
        break;
    }
    if (m_pos >= n) {
        t.position = n;
        return t;
    }
    char c = m_text[m_pos];
    if (!infix && c == '/') {
        ++m_pos;
        return scanRegex();
    }
    auto two = [&](const char *op) {
        return m_pos + 1 < n && m_text[m_pos] == op[0] && m_text[m_pos + 1] == op[1];
    };
    static const char *const twoCharOps[]
        = { "..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??" };
    for (const char *op : twoCharOps) {
        if (two(op)) {
            m_pos += 2;
            t.type = Token::Type::Operator;
            t.value = op;
            t.position = m_pos;
            return t;
        }
    }
    if (isOperatorChar(c)) {
        ++m_pos;
        t.type = Token::Type::Operator;
        t.value = std::string(1, c);
        t.position = m_pos;
        return t;
    }
    if (c == '"' || c == '\'') {
        t.type = Token::Type::String;
        t.value = scanString(c);
        t.position = m_pos;
        return t;
    }
    if (c >= '0' && c <= '9') {
        std::size_t p = m_pos;
        if (m_text[p] == '0')
            ++p;
        else
            while (p < n && m_text[p] >= '0' && m_text[p] <= '9')
                ++p;
        if (p + 1 < n && m_text[p] == '.' && m_text[p + 1] >= '0' && m_text[p + 1] <= '9') {
            ++p;
            while (p < n && m_text[p] >= '0' && m_text[p] <= '9')
                ++p;
        }
        if (p < n && (m_text[p] == 'e' || m_text[p] == 'E')) {
            std::size_t q = p + 1;
            if (q < n && (m_text[q] == '+' || m_text[q] == '-'))
                ++q;
            if (q < n && m_text[q] >= '0' && m_text[q] <= '9') {
                while (q < n && m_text[q] >= '0' && m_text[q] <= '9')
                    ++q;
                p = q;
            }
        }
        std::string num(m_text.substr(m_pos, p - m_pos));
        double d = std::strtod(num.c_str(), nullptr);
        if (!std::isfinite(d))
            throwError("S0102", m_pos, num);
        m_pos = p;
        t.type = Token::Type::Number;
        t.number = d;
        t.value = num;
        t.position = m_pos;
        return t;
    }
    if (c == '`') {
        std::size_t end = m_text.find('`', m_pos + 1);
        if (end == std::string_view::npos)
            throwError("S0105", m_pos);
        t.type = Token::Type::Name;
        t.value = std::string(m_text.substr(m_pos + 1, end - m_pos - 1));
        m_pos = end + 1;
        t.position = m_pos;
        return t;
    }
    std::size_t i = m_pos;
    while (i < n && !isSpace(m_text[i]) && !isOperatorChar(m_text[i]))
        ++i;
    if (m_text[m_pos] == '$') {
        t.type = Token::Type::Variable;
        t.value = std::string(m_text.substr(m_pos + 1, i - m_pos - 1));
        m_pos = i;
        t.position = m_pos;
        return t;
    }
    std::string name(m_text.substr(m_pos, i - m_pos));
    m_pos = i;
    t.position = m_pos;
    if (name == "and" || name == "or" || name == "in") {
        t.type = Token::Type::Operator;
    } else if (name == "true" || name == "false" || name == "null") {
        t.type = Token::Type::Value;
        t.valueKind = name == "null" ? 0 : name == "true" ? 1 : 2;
    } else {
        t.type = Token::Type::Name;
    }
    t.value = std::move(name);
    return t;
}

} // namespace Flowsmith::Expr
