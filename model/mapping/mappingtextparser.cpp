#include "mappingtextparser.h"

#include "schematypes.h"

#include "model/data/jsonvariant.h"
#include "model/mapping/mappingfunctions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Flowsmith {

namespace {

// Index just past the string, name or comment that starts at `i`, or `i` when none does.
qsizetype skipQuoted(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'"' || c == u'\'' || c == u'`') {
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            if (text.at(j) == u'\\' && c != u'`')
                ++j;
            else if (text.at(j) == c)
                return j + 1;
        }
        return text.size();
    }
    if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
        const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
        return end < 0 ? text.size() : end + 2;
    }
    return i;
}

bool isOpen(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{';
}

bool isClose(QChar c)
{
    return c == u')' || c == u']' || c == u'}';
}

// Splits at `separator` where no bracket, string or comment is open.
QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype next = skipQuoted(text, i);
        if (next != i) {
            i = next;
            continue;
        }
        const QChar c = text.at(i);
        if (isOpen(c))
            ++depth;
        else if (isClose(c))
            --depth;
        else if (c == separator && depth == 0) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
        ++i;
    }
    parts.append(text.mid(start));
    return parts;
}

// The index of the bracket that closes the one at `open`, or -1.
qsizetype matching(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size();) {
        const qsizetype next = skipQuoted(text, i);
        if (next != i) {
            i = next;
            continue;
        }
        if (isOpen(text.at(i)))
            ++depth;
        else if (isClose(text.at(i)) && --depth == 0)
            return i;
        ++i;
    }
    return -1;
}

// The inside of `text` when all of it is one bracket pair opened by `open`.
bool enclosed(const QString &text, QChar open, QString *inner)
{
    if (text.isEmpty() || text.at(0) != open)
        return false;
    if (matching(text, 0) != text.size() - 1)
        return false;
    *inner = text.mid(1, text.size() - 2).trimmed();
    return true;
}

// A path as the compiler writes `from`: names and back-quoted names with optional predicates.
bool isPathLike(const QString &text)
{
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*|`[^`]+`|\\$)$"));
    if (text.isEmpty())
        return false;
    for (const QString &segment : splitTopLevel(text, u'.')) {
        const QString s = segment.trimmed();
        qsizetype end = s.indexOf(u'[');
        if (s.startsWith(u'`'))
            end = s.indexOf(u'[', s.indexOf(u'`', 1));
        const QString name = end < 0 ? s : s.left(end);
        if (!step.match(name).hasMatch())
            return false;
        // Predicates only: each must be one whole [...] group.
        qsizetype i = end;
        while (i >= 0 && i < s.size()) {
            if (s.at(i) != u'[')
                return false;
            const qsizetype close = matching(s, i);
            if (close < 0)
                return false;
            i = close + 1;
        }
    }
    return true;
}

// The path as `from` holds it: plain paths lose their back-quotes only where the compiler
// would add them again, so keep what was written.
QString fromPath(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u'`'))
        return trimmed;
    if (SchemaTypes::isPlainPath(trimmed))
        return SchemaTypes::pathSegments(trimmed).join(u'.');
    return trimmed;
}

// A JSON literal (string, number, true, false, null, and arrays or objects of them).
bool literalValue(const QString &text, QVariant *value)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    FileError error;
    const std::optional<QVariant> parsed = parseJsonText(t, QString(), &error);
    if (!parsed)
        return false;
    *value = *parsed;
    return true;
}

bool stringValue(const QString &text, QString *value)
{
    QVariant v;
    if (!literalValue(text, &v) || v.typeId() != QMetaType::QString)
        return false;
    *value = v.toString();
    return true;
}

struct Call
{
    QString name;
    QStringList args;
};

bool call(const QString &text, Call *out)
{
    static const QRegularExpression head(QStringLiteral("^\\$([A-Za-z][A-Za-z0-9]*)\\("));
    const auto match = head.match(text);
    if (!match.hasMatch())
        return false;
    const qsizetype open = match.capturedLength() - 1;
    if (matching(text, open) != text.size() - 1)
        return false;
    out->name = match.captured(1);
    const QString inner = text.mid(open + 1, text.size() - open - 2);
    out->args.clear();
    if (!inner.trimmed().isEmpty())
        for (const QString &arg : splitTopLevel(inner, u','))
            out->args.append(arg.trimmed());
    return true;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::MappingTextParser)

public:
    bool object(const QString &text, const QString &prefix, QList<MappingRule> *rules,
                QString *error)
    {
        // Deeper than any schema a person maps: stop before the stack does.
        if (m_depth >= MaxDepth) {
            *error = tr("The mapping nests deeper than %1 objects").arg(MaxDepth);
            return false;
        }
        ++m_depth;
        const bool ok = readObject(text, prefix, rules, error);
        --m_depth;
        return ok;
    }

private:
    static constexpr int MaxDepth = 64;
    int m_depth = 0;

    bool readObject(const QString &text, const QString &prefix, QList<MappingRule> *rules,
                    QString *error)
    {
        QString inner;
        if (!enclosed(text.trimmed(), u'{', &inner)) {
            *error = tr("The mapping must be an object constructor { \"target\": … }");
            return false;
        }
        if (inner.isEmpty())
            return true;
        for (const QString &pair : splitTopLevel(inner, u',')) {
            const QStringList keyValue = splitTopLevel(pair, u':');
            QString key;
            if (keyValue.size() < 2 || !stringValue(keyValue.first(), &key)) {
                *error = tr("Every key must be a quoted target name: %1").arg(pair.trimmed());
                return false;
            }
            // A ?: inside the value splits too: put the rest back together.
            const QString value = keyValue.mid(1).join(u':').trimmed();
            if (value.isEmpty()) {
                *error = tr("The target %1 has no value").arg(prefix + key);
                return false;
            }
            valueRules(prefix + key, value, rules);
        }
        return true;
    }

    void valueRules(const QString &target, const QString &value, QList<MappingRule> *rules)
    {
        QString inner;
        if (enclosed(value, u'{', &inner)) {
            QList<MappingRule> nested;
            QString ignored;
            if (object(value, target + u'.', &nested, &ignored) && !nested.isEmpty()) {
                rules->append(nested);
                return;
            }
        }
        MappingRule rule;
        rule.target = target;
        if (!forEach(value, &rule) && !library(value, &rule)) {
            rule = MappingRule();
            rule.target = target;
            if (isPathLike(value))
                rule.from = fromPath(value);
            else if (enclosed(value, u'(', &inner))
                rule.expr = inner;
            else
                rule.expr = value;
        }
        rules->append(rule);
    }

    bool forEach(const QString &value, MappingRule *rule)
    {
        QString inner;
        if (!enclosed(value, u'[', &inner))
            return false;
        // `source[filter].{…}`: the last top-level step is the object constructor.
        const QStringList steps = splitTopLevel(inner, u'.');
        if (steps.size() < 2 || !steps.last().trimmed().startsWith(u'{'))
            return false;
        QString source = steps.mid(0, steps.size() - 1).join(u'.').trimmed();
        QString filter;
        if (source.endsWith(u']')) {
            // The last [...] of the source is the filter, when what is before it is a path.
            qsizetype open = -1;
            for (qsizetype i = 0; i < source.size();) {
                const qsizetype next = skipQuoted(source, i);
                if (next != i) {
                    i = next;
                    continue;
                }
                if (source.at(i) == u'[') {
                    const qsizetype close = matching(source, i);
                    if (close == source.size() - 1) {
                        open = i;
                        break;
                    }
                    i = close < 0 ? source.size() : close + 1;
                    continue;
                }
                ++i;
            }
            if (open > 0) {
                filter = source.mid(open + 1, source.size() - open - 2).trimmed();
                source = source.left(open).trimmed();
            }
        }
        if (!isPathLike(source))
            return false;
        QList<MappingRule> nested;
        QString error;
        if (!object(steps.last(), QString(), &nested, &error))
            return false;
        rule->forEach = fromPath(source);
        rule->filter = filter;
        rule->rules = nested;
        return true;
    }

    bool library(const QString &value, MappingRule *rule)
    {
        QVariantMap function;
        QString from;
        if (!libraryCall(value, &from, &function))
            return false;
        rule->from = from;
        rule->function = function;
        return true;
    }

    static bool pathArg(const QString &text, QString *path)
    {
        if (!isPathLike(text))
            return false;
        *path = fromPath(text);
        return true;
    }

    static bool libraryCall(const QString &value, QString *from, QVariantMap *function)
    {
        QVariant literal;
        QString inner;
        if (literalValue(value, &literal) && !value.startsWith(u'{') && !value.startsWith(u'[')) {
            *function = { { QStringLiteral("name"), QStringLiteral("constant") },
                          { QStringLiteral("value"), literal } };
            return true;
        }
        if (enclosed(value, u'(', &inner))
            return parenthesized(inner, from, function);
        Call c;
        if (!call(value, &c))
            return false;
        auto set = [&](const char *name) {
            function->insert(QStringLiteral("name"), QLatin1String(name));
        };
        auto setArg = [&](const char *key, const QString &text, bool string) -> bool {
            QVariant v;
            if (!literalValue(text, &v))
                return false;
            if (string && v.typeId() != QMetaType::QString)
                return false;
            if (!string && v.typeId() == QMetaType::QString)
                return false;
            function->insert(QLatin1String(key), v);
            return true;
        };
        const QStringList &a = c.args;
        if (const MappingFunction *unary = MappingFunctions::unaryByJsonata(u'$' + c.name);
            unary && a.size() == 1 && pathArg(a.at(0), from)) {
            set(unary->name);
            return true;
        }
        if (c.name == QLatin1String("fromMillis") && a.size() >= 1 && a.size() <= 3) {
            Call inner;
            if (!call(a.at(0), &inner) || inner.name != QLatin1String("toMillis")
                || inner.args.size() != 1 || !pathArg(inner.args.at(0), from))
                return false;
            set("formatDate");
            if (a.size() >= 2 && a.at(1) != QLatin1String("undefined")
                && !setArg("picture", a.at(1), true))
                return false;
            if (a.size() == 3 && !setArg("timezone", a.at(2), true))
                return false;
            return true;
        }
        if (c.name == QLatin1String("toMillis") && (a.size() == 1 || a.size() == 2)
            && pathArg(a.at(0), from)) {
            set("parseDate");
            return a.size() == 1 || setArg("picture", a.at(1), true);
        }
        if (c.name == QLatin1String("join") && a.size() == 2) {
            QString list;
            if (enclosed(a.at(0), u'[', &list)) {
                QVariantList parts;
                for (const QString &part : splitTopLevel(list, u',')) {
                    QString path;
                    if (!pathArg(part.trimmed(), &path))
                        return false;
                    parts.append(path);
                }
                set("concat");
                function->insert(QStringLiteral("from"), parts);
                return setArg("separator", a.at(1), true);
            }
            if (!pathArg(a.at(0), from))
                return false;
            set("join");
            return setArg("separator", a.at(1), true);
        }
        if (c.name == QLatin1String("substring") && (a.size() == 2 || a.size() == 3)
            && pathArg(a.at(0), from)) {
            set("substring");
            return setArg("start", a.at(1), false)
                && (a.size() == 2 || setArg("length", a.at(2), false));
        }
        if (c.name == QLatin1String("replace") && a.size() == 3 && pathArg(a.at(0), from)) {
            set("replace");
            return setArg("pattern", a.at(1), true) && setArg("replacement", a.at(2), true);
        }
        if (c.name == QLatin1String("split") && a.size() == 2 && pathArg(a.at(0), from)) {
            set("split");
            return setArg("separator", a.at(1), true);
        }
        if (c.name == QLatin1String("round") && a.size() == 2 && pathArg(a.at(0), from)) {
            set("round");
            return setArg("precision", a.at(1), false);
        }
        if (c.name == QLatin1String("formatNumber") && a.size() == 2 && pathArg(a.at(0), from)) {
            set("formatNumber");
            return setArg("picture", a.at(1), true);
        }
        if (c.name == QLatin1String("pad") && (a.size() == 2 || a.size() == 3)
            && pathArg(a.at(0), from)) {
            set("pad");
            return setArg("width", a.at(1), false)
                && (a.size() == 2 || setArg("character", a.at(2), true));
        }
        if (c.name == QLatin1String("lookup") && a.size() == 2) {
            Call key;
            QVariant table;
            if (!literalValue(a.at(0), &table) || table.typeId() != QMetaType::QVariantMap
                || !call(a.at(1), &key) || key.name != QLatin1String("string")
                || key.args.size() != 1 || !pathArg(key.args.at(0), from))
                return false;
            set("lookup");
            function->insert(QStringLiteral("table"), table);
            return true;
        }
        return false;
    }

    // `($exists(p) ? p : value)` and `($v := lookup; $exists($v) ? $v : value)`.
    static bool parenthesized(const QString &inner, QString *from, QVariantMap *function)
    {
        static const QRegularExpression defaultForm(
            QStringLiteral("^\\$exists\\((.+)\\)\\s*\\?\\s*(.+?)\\s*:\\s*(.+)$"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression lookupForm(
            QStringLiteral(
                "^\\$v\\s*:=\\s*(.+);\\s*\\$exists\\(\\$v\\)\\s*\\?\\s*\\$v\\s*:\\s*(.+)$"),
            QRegularExpression::DotMatchesEverythingOption);
        QVariant value;
        if (const auto m = lookupForm.match(inner); m.hasMatch()) {
            if (!literalValue(m.captured(2), &value)
                || !libraryCall(m.captured(1).trimmed(), from, function)
                || function->value(QStringLiteral("name")) != QLatin1String("lookup"))
                return false;
            function->insert(QStringLiteral("default"), value);
            return true;
        }
        if (const auto m = defaultForm.match(inner); m.hasMatch()) {
            const QString path = m.captured(1).trimmed();
            if (path != m.captured(2).trimmed() || !isPathLike(path)
                || !literalValue(m.captured(3), &value))
                return false;
            *from = fromPath(path);
            *function = { { QStringLiteral("name"), QStringLiteral("default") },
                          { QStringLiteral("value"), value } };
            return true;
        }
        return false;
    }
};

} // namespace

bool MappingTextParser::parse(const QString &text, QList<MappingRule> *rules, QString *error)
{
    QString message;
    QList<MappingRule> result;
    // Comments would be lost: they are not part of the rules.
    Reader reader;
    if (!reader.object(text, QString(), &result, &message)) {
        if (error)
            *error = message;
        return false;
    }
    *rules = result;
    return true;
}

} // namespace Flowsmith
