#include "jsonatatokens.h"

#include <cstring>

namespace Flowsmith {

namespace {

bool isNameStart(unsigned char c)
{
    // JSONata names are anything that is not an operator or white space; bytes of multi-byte
    // UTF-8 sequences are name characters.
    return c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isKeyword(const char *begin, int length)
{
    static const char *const keywords[]
        = { "and", "or", "in", "true", "false", "null", "function" };
    for (const char *keyword : keywords) {
        if (int(std::strlen(keyword)) == length && std::memcmp(keyword, begin, length) == 0)
            return true;
    }
    return false;
}

// After these an operand is complete, so '/' divides; elsewhere it starts a regex.
bool endsOperand(const JsonataToken &token, char lastChar)
{
    switch (token.kind) {
    case JsonataTokenKind::Number:
    case JsonataTokenKind::String:
    case JsonataTokenKind::Name:
    case JsonataTokenKind::QuotedName:
    case JsonataTokenKind::Variable:
    case JsonataTokenKind::Regex:
        return true;
    case JsonataTokenKind::Keyword:
        return false;
    case JsonataTokenKind::Operator:
        return lastChar == ')' || lastChar == ']' || lastChar == '}';
    default:
        return false;
    }
}

} // namespace

QList<JsonataToken> tokenizeJsonata(const QByteArray &utf8)
{
    QList<JsonataToken> tokens;
    const char *text = utf8.constData();
    const int size = int(utf8.size());
    int lastSignificant = -1;

    auto push = [&](int start, int end, JsonataTokenKind kind) {
        tokens.append({ start, end - start, kind });
        if (kind != JsonataTokenKind::Comment)
            lastSignificant = int(tokens.size()) - 1;
    };

    int i = 0;
    while (i < size) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int start = i;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c == '/' && i + 1 < size && text[i + 1] == '*') {
            const char *close
                = static_cast<const char *>(memmem(text + i + 2, size_t(size - i - 2), "*/", 2));
            const bool closed = close != nullptr;
            i = closed ? int(close - text) + 2 : size;
            push(start, i, closed ? JsonataTokenKind::Comment : JsonataTokenKind::Unterminated);
            continue;
        }
        if (c == '"' || c == '\'' || c == '`') {
            ++i;
            while (i < size && static_cast<unsigned char>(text[i]) != c) {
                if (text[i] == '\\' && c != '`')
                    ++i;
                ++i;
            }
            const bool closed = i < size;
            i = closed ? i + 1 : size;
            push(start, i,
                 !closed        ? JsonataTokenKind::Unterminated
                     : c == '`' ? JsonataTokenKind::QuotedName
                                : JsonataTokenKind::String);
            continue;
        }
        if (c == '/') {
            const bool operandBefore
                = lastSignificant >= 0
                && endsOperand(
                      tokens[lastSignificant],
                      text[tokens[lastSignificant].start + tokens[lastSignificant].length - 1]);
            if (!operandBefore) {
                ++i;
                while (i < size && text[i] != '/') {
                    if (text[i] == '\\')
                        ++i;
                    ++i;
                }
                const bool closed = i < size;
                i = closed ? i + 1 : size;
                while (closed && i < size && (text[i] == 'i' || text[i] == 'm'))
                    ++i;
                push(start, i, closed ? JsonataTokenKind::Regex : JsonataTokenKind::Unterminated);
                continue;
            }
        }
        if (isDigit(c)) {
            while (i < size && isDigit(static_cast<unsigned char>(text[i])))
                ++i;
            // "1..3" is a range, not a decimal point.
            if (i + 1 < size && text[i] == '.'
                && isDigit(static_cast<unsigned char>(text[i + 1]))) {
                ++i;
                while (i < size && isDigit(static_cast<unsigned char>(text[i])))
                    ++i;
            }
            if (i < size && (text[i] == 'e' || text[i] == 'E')) {
                int j = i + 1;
                if (j < size && (text[j] == '+' || text[j] == '-'))
                    ++j;
                if (j < size && isDigit(static_cast<unsigned char>(text[j]))) {
                    i = j;
                    while (i < size && isDigit(static_cast<unsigned char>(text[i])))
                        ++i;
                }
            }
            push(start, i, JsonataTokenKind::Number);
            continue;
        }
        if (c == '$') {
            ++i;
            while (i < size && isNameChar(static_cast<unsigned char>(text[i])))
                ++i;
            int j = i;
            while (j < size && (text[j] == ' ' || text[j] == '\t'))
                ++j;
            push(start, i,
                 j < size && text[j] == '(' ? JsonataTokenKind::Function
                                            : JsonataTokenKind::Variable);
            continue;
        }
        if (isNameStart(c)) {
            while (i < size && isNameChar(static_cast<unsigned char>(text[i])))
                ++i;
            push(start, i,
                 isKeyword(text + start, i - start) ? JsonataTokenKind::Keyword
                                                    : JsonataTokenKind::Name);
            continue;
        }
        // Operators, longest first.
        static const char *const twoCharOperators[]
            = { "..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??" };
        int length = 1;
        for (const char *op : twoCharOperators) {
            if (i + 1 < size && text[i] == op[0] && text[i + 1] == op[1]) {
                length = 2;
                break;
            }
        }
        i += length;
        push(start, i, JsonataTokenKind::Operator);
    }
    return tokens;
}

} // namespace Flowsmith
