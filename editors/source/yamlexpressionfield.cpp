#include "editors/source/yamlexpressionfield.h"

#include <QList>

namespace Flowsmith {

namespace {

const char *const expressionKeys[]
    = { "condition", "expression", "expr", "assert", "filter", "value" };

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Where the scalar that starts at `begin` ends: the closing quote, or for a plain scalar the
// end of line, a " #" comment, or in a flow collection a ',' '}' ']' outside brackets.
int scalarEnd(const QByteArray &line, int begin, bool inFlow, QString *value)
{
    const int size = int(line.size());
    if (begin < size && (line[begin] == '"' || line[begin] == '\'')) {
        const char quote = line[begin];
        QByteArray out;
        int i = begin + 1;
        while (i < size) {
            const char c = line[i];
            if (quote == '\'' && c == '\'') {
                if (i + 1 < size && line[i + 1] == '\'') {
                    out += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            if (quote == '"' && c == '"')
                break;
            if (quote == '"' && c == '\\' && i + 1 < size) {
                const char e = line[i + 1];
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                i += 2;
                continue;
            }
            out += c;
            ++i;
        }
        *value = QString::fromUtf8(out);
        return std::min(size, i + 1);
    }
    int depth = 0;
    char quote = 0;
    int i = begin;
    for (; i < size; ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && i > begin && isSpace(line[i - 1])) {
            break;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0 && inFlow)
                break;
            --depth;
        } else if (c == ',' && depth == 0 && inFlow) {
            break;
        }
    }
    int end = i;
    while (end > begin && isSpace(line[end - 1]))
        --end;
    *value = QString::fromUtf8(line.mid(begin, end - begin));
    return end;
}

} // namespace

std::optional<YamlExpressionField> YamlExpressionField::find(const QByteArray &line, int cursor)
{
    QList<YamlExpressionField> found;
    for (const char *key : expressionKeys) {
        const QByteArray pattern = QByteArray(key) + ':';
        for (qsizetype at = line.indexOf(pattern); at >= 0; at = line.indexOf(pattern, at + 1)) {
            // The key must stand alone: after the indentation, "- ", '{' or ','.
            int before = int(at) - 1;
            while (before >= 0 && isSpace(line[before]))
                --before;
            const bool startsKey
                = before < 0 || line[before] == '-' || line[before] == '{' || line[before] == ',';
            const int afterColon = int(at + pattern.size());
            if (!startsKey || (afterColon < line.size() && !isSpace(line[afterColon])))
                continue;
            int begin = afterColon;
            while (begin < line.size() && isSpace(line[begin]))
                ++begin;
            if (begin >= line.size() || line[begin] == '|' || line[begin] == '>')
                continue;
            int depth = 0;
            for (int i = 0; i < at; ++i) {
                if (line[i] == '{' || line[i] == '[')
                    ++depth;
                else if (line[i] == '}' || line[i] == ']')
                    --depth;
            }
            YamlExpressionField field;
            field.key = QString::fromLatin1(key);
            field.inFlowCollection = depth > 0;
            field.start = begin;
            field.end = scalarEnd(line, begin, field.inFlowCollection, &field.expression);
            found.append(field);
        }
    }
    if (found.isEmpty())
        return std::nullopt;
    // The field the cursor is in, else the last one that starts before it, else the first.
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.start < b.start; });
    const YamlExpressionField *best = &found.first();
    for (const YamlExpressionField &field : found) {
        if (field.start <= cursor)
            best = &field;
    }
    return *best;
}

QByteArray YamlExpressionField::toYamlScalar(const QString &expression, bool inFlowCollection)
{
    const QByteArray utf8 = expression.toUtf8();
    bool plain = !utf8.isEmpty() && !utf8.contains('\n') && !utf8.contains(": ")
        && !utf8.contains(" #") && !isSpace(utf8.front()) && !isSpace(utf8.back())
        && !QByteArray("{[&*!|>'\"%@`#,?:-").contains(utf8.front()) && !utf8.endsWith(':');
    if (plain && inFlowCollection) {
        // Brackets are fine when balanced; a top-level ',' or a stray closer would end it.
        int depth = 0;
        for (char c : utf8) {
            if (c == '(' || c == '[' || c == '{')
                ++depth;
            else if (c == ')' || c == ']' || c == '}')
                --depth;
            if (depth < 0 || (depth == 0 && c == ','))
                plain = false;
        }
        plain = plain && depth == 0;
    }
    static const QList<QByteArray> special
        = { "true", "false", "null", "~", "yes", "no", "on", "off" };
    bool isNumber = false;
    expression.toDouble(&isNumber);
    if (plain && !isNumber && !special.contains(utf8.toLower()))
        return utf8;
    QByteArray quoted = "\"";
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        if (c == '\n') {
            quoted += "\\n";
            continue;
        }
        quoted += c;
    }
    return quoted + '"';
}

} // namespace Flowsmith
