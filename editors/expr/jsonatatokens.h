#pragma once

#include <QByteArray>
#include <QList>

namespace Flowsmith {

/// The lexical classes the JSONata editor colours. Values are QScintilla style numbers.
enum class JsonataTokenKind {
    Default = 0,
    Comment,
    String,
    Number,
    Operator,
    Name, ///< a field name
    QuotedName, ///< `a field`
    Variable, ///< $name
    Function, ///< $name followed by '('
    Keyword, ///< and, or, in, true, false, null, function
    Regex, ///< /pattern/flags
    Unterminated,
};

struct JsonataToken
{
    int start = 0; ///< byte offset in the UTF-8 text
    int length = 0; ///< bytes
    JsonataTokenKind kind = JsonataTokenKind::Default;
};

/// Splits JSONata text into coloured spans. It never fails: an unterminated string, comment
/// or regex runs to the end of the text as `Unterminated`, so that colouring while typing is
/// stable. A '/' starts a regex where an operand is expected, as in JSONata's own tokenizer.
QList<JsonataToken> tokenizeJsonata(const QByteArray &utf8);

} // namespace Flowsmith
