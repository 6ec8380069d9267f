#include "mappinglines.h"

#include <QRegularExpression>

namespace Flowsmith {

namespace {

QString joined(const QString &prefix, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("$"))
        return prefix.isEmpty() ? QString() : prefix.chopped(1);
    return prefix + path;
}

void collectRules(const QList<MappingRule> &rules, const QList<int> &parentPath,
                  const QString &sourcePrefix, const QString &targetPrefix,
                  QList<MappingLine> &lines)
{
    for (int i = 0; i < rules.size(); ++i) {
        const MappingRule &rule = rules.at(i);
        MappingLine line;
        line.rulePath = parentPath;
        line.rulePath.append(i);
        line.targetPath = targetPrefix + rule.target;
        auto addSource = [&](const QString &path) {
            // $$ is the mapping's input, whatever forEach the rule sits in.
            if (path.trimmed().startsWith(QLatin1String("$$."))) {
                const QString rooted = MappingLines::schemaPath(path.trimmed().mid(3));
                if (!rooted.isEmpty())
                    line.sourcePaths.append(rooted);
                return;
            }
            const QString schemaPath = MappingLines::schemaPath(path);
            if (!schemaPath.isEmpty())
                line.sourcePaths.append(joined(sourcePrefix, schemaPath));
        };
        if (!rule.forEach.isEmpty()) {
            line.forEach = true;
            addSource(rule.forEach);
            lines.append(line);
            const QString scope = MappingLines::schemaPath(rule.forEach);
            collectRules(rule.rules, line.rulePath,
                         scope.isEmpty() ? sourcePrefix : joined(sourcePrefix, scope) + u'.',
                         line.targetPath + u'.', lines);
            continue;
        }
        if (!rule.expr.isEmpty()) {
            line.expression = true;
            for (const QString &path : MappingLines::pathsIn(rule.expr))
                addSource(path);
        }
        if (!rule.from.isEmpty())
            addSource(rule.from);
        const QVariant parts = rule.function.value(QStringLiteral("from"));
        if (rule.function.value(QStringLiteral("name")) == QLatin1String("concat"))
            for (const QString &part : parts.typeId() == QMetaType::QString
                     ? QStringList { parts.toString() }
                     : parts.toStringList())
                addSource(part);
        line.sourcePaths.removeDuplicates();
        lines.append(line);
    }
}

} // namespace

QList<MappingLine> MappingLines::collect(const Mapping &mapping)
{
    QList<MappingLine> lines;
    collectRules(mapping.rules, {}, QString(), QString(), lines);
    return lines;
}

QString MappingLines::schemaPath(const QString &path)
{
    QStringList segments;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : path.trimmed()) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (depth == 0)
                current.append(c); // a back-quoted name
            continue;
        }
        if (c == u'`' || ((c == u'"' || c == u'\'') && depth > 0)) {
            quote = c;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            --depth;
        } else if (depth > 0) {
            continue;
        } else if (c == u'.') {
            segments.append(current);
            current.clear();
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            current.append(c);
        } else {
            return {}; // an operator, a call, a string: not a path
        }
    }
    segments.append(current);
    if (!segments.isEmpty() && segments.first() == QLatin1String("$"))
        segments.removeFirst();
    for (const QString &segment : segments)
        if (segment.isEmpty() || segment.startsWith(u'$'))
            return {};
    return segments.join(u'.');
}

QStringList MappingLines::pathsIn(const QString &expression)
{
    // Strings removed first, so that "C-" is not a name.
    static const QRegularExpression strings(
        QStringLiteral("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'"));
    // Atomic, so that a function name cannot match by giving up its last letters.
    static const QRegularExpression names(QStringLiteral(
        "(?<![\\w$.])((?>[A-Za-z_]\\w*(?:\\[[^\\]]*\\])*(?:\\.[A-Za-z_]\\w*(?:\\[[^\\]]*\\])*)*))"
        "(?!\\s*\\()"));
    static const QStringList keywords = { "and", "or", "in", "true", "false", "null", "function" };
    QString text = expression;
    text.replace(strings, QStringLiteral("\"\""));
    QStringList paths;
    auto it = names.globalMatch(text);
    while (it.hasNext()) {
        const QString path = schemaPath(it.next().captured(1));
        if (!path.isEmpty() && !keywords.contains(path) && !paths.contains(path))
            paths.append(path);
    }
    return paths;
}

} // namespace Flowsmith
