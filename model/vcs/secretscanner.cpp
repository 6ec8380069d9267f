#include "model/vcs/secretscanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Flowsmith {

namespace {

struct PatternRule
{
    const char *id;
    QRegularExpression pattern; ///< capture group 1 is the secret when it has one
};

const QList<PatternRule> &patternRules()
{
    static const QList<PatternRule> rules = {
        { "aws-access-key",
          QRegularExpression(QStringLiteral("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b")) },
        { "github-token",
          QRegularExpression(QStringLiteral("\\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,})\\b")) },
        { "github-token", QRegularExpression(QStringLiteral("\\b(github_pat_[A-Za-z0-9_]{22,})")) },
        { "gitlab-token", QRegularExpression(QStringLiteral("\\b(glpat-[A-Za-z0-9_-]{20,})")) },
        { "slack-token", QRegularExpression(QStringLiteral("\\b(xox[baprs]-[A-Za-z0-9-]{10,})")) },
        { "private-key",
          QRegularExpression(
              QStringLiteral("(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)")) },
        { "jwt",
          QRegularExpression(QStringLiteral(
              "\\b(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})")) },
        { "url-password",
          QRegularExpression(
              QStringLiteral("\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@'\"]+:([^\\s/@'\"]+)@")) },
    };
    return rules;
}

// A key whose value is a credential: password, client_secret, apiKey, access-token…
const QRegularExpression &secretKeyValue()
{
    static const QRegularExpression pattern(
        QStringLiteral("([\"']?)([A-Za-z0-9_.-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|"
                       "access[_-]?key|private[_-]?key|credentials?|auth(?:orization)?)"
                       "[A-Za-z0-9_.-]*)\\1\\s*[:=]\\s*([\"']?)([^\\s\"',#}\\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?|\\{\\{.*\\}\\}|<[^>]*>|\\*+|x+|"
                       "%[A-Za-z_]+%|changeme|example|secret|password|null|true|false)$"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(value).hasMatch() || value.startsWith(QLatin1String("${"))
        || value.startsWith(QLatin1String("$env")) || value.startsWith(QLatin1String("$secret"));
}

// Secrets are random: they mix at least two of lower case, upper case and digits, where
// names such as "erp-credentials-production" do not.
bool mixesCharacterClasses(const QString &value)
{
    bool lower = false, upper = false, digit = false;
    for (const QChar c : value) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
    }
    return int(lower) + int(upper) + int(digit) >= 2;
}

QString excerptOf(QString line, int start, int length)
{
    line.replace(start, length, SecretScanner::redact(line.mid(start, length)));
    line = line.trimmed();
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("…");
    return line;
}

} // namespace

QString SecretFinding::toString() const
{
    return QCoreApplication::translate("Flowsmith::SecretScanner",
                                       "%1:%2:%3: possible secret (%4): %5")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(rule, excerpt);
}

QStringList SecretScanner::ruleIds()
{
    return { QStringLiteral("aws-access-key"), QStringLiteral("github-token"),
             QStringLiteral("gitlab-token"),   QStringLiteral("slack-token"),
             QStringLiteral("private-key"),    QStringLiteral("jwt"),
             QStringLiteral("url-password"),   QStringLiteral("high-entropy-value") };
}

double SecretScanner::entropy(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QHash<QChar, int> counts;
    for (const QChar c : text)
        ++counts[c];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / text.size();
        bits -= p * std::log2(p);
    }
    return bits;
}

QString SecretScanner::redact(const QString &secret)
{
    const int shown = secret.size() > 8 ? 4 : 0;
    return secret.left(shown) + QString(qMin<qsizetype>(secret.size() - shown, 12), u'*');
}

QList<SecretScanner::Span> SecretScanner::findInLine(const QString &line) const
{
    QList<Span> spans;
    auto report = [&](const char *rule, int start, int length) {
        for (const Span &span : std::as_const(spans)) {
            if (start < span.start + span.length && span.start < start + length)
                return;
        }
        spans.append({ start, length, rule });
    };
    for (const PatternRule &rule : patternRules()) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (qstrcmp(rule.id, "url-password") == 0 && isPlaceholder(match.captured(1)))
                continue;
            report(rule.id, int(match.capturedStart(1)), int(match.capturedLength(1)));
        }
    }
    QRegularExpressionMatchIterator it = secretKeyValue().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.captured(4);
        if (value.size() < MinimumSecretLength || isPlaceholder(value)
            || !mixesCharacterClasses(value) || entropy(value) < m_entropyThreshold)
            continue;
        report("high-entropy-value", int(match.capturedStart(4)), int(match.capturedLength(4)));
    }
    return spans;
}

QString SecretScanner::redactLine(const QString &line) const
{
    QString result = line;
    QList<Span> spans = findInLine(line);
    // From the right, so that earlier offsets stay valid.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start > b.start; });
    for (const Span &span : std::as_const(spans))
        result.replace(span.start, span.length, redact(line.mid(span.start, span.length)));
    return result;
}

QList<SecretFinding> SecretScanner::scan(const QByteArray &contents, const QString &fileName) const
{
    QList<SecretFinding> findings;
    if (contents.contains('\0'))
        return findings; // binary
    const QStringList lines = QString::fromUtf8(contents).split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        QList<Span> spans = findInLine(line);
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        for (const Span &span : std::as_const(spans))
            findings.append({ fileName, index + 1, span.start + 1, QString::fromLatin1(span.rule),
                              excerptOf(line, span.start, span.length) });
    }
    return findings;
}

} // namespace Flowsmith
