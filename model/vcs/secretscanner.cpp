#include "model/vcs/secretscanner.h"

#include "model/vcs/secretrules.h"
#include "model/vcs/secrettext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Flowsmith {

namespace {

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

bool isUuid(const QString &value)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(value).hasMatch();
}

// A URL's "user:password@" where the "password" is a port and path (host:8080/a@b).
bool isPortAndPath(const QString &value)
{
    static const QRegularExpression port(QStringLiteral("^[0-9]{1,5}(?:/.*)?$"));
    return port.match(value).hasMatch();
}

QString excerptOf(QString line, int start, int length)
{
    line.replace(start, length, SecretScanner::redact(line.mid(start, length)));
    line = line.trimmed();
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("…");
    return line;
}

QString fingerprintOf(const QString &file, const char *rule, const QString &secret)
{
    const QByteArray hash
        = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return file + u':' + QLatin1String(rule) + u':' + QString::fromLatin1(hash);
}

} // namespace

QString SecretFinding::toString() const
{
    if (severity == Warning)
        return QCoreApplication::translate("Flowsmith::SecretScanner",
                                           "%1:%2:%3: warning: documented example key (%4): %5")
            .arg(file)
            .arg(line)
            .arg(column)
            .arg(rule, excerpt);
    return QCoreApplication::translate("Flowsmith::SecretScanner",
                                       "%1:%2:%3: possible secret (%4): %5")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(rule, excerpt);
}

QStringList SecretScanner::ruleIds()
{
    QStringList ids;
    for (const SecretPattern &pattern : secretPatterns()) {
        const QString id = QString::fromLatin1(pattern.id);
        if (!ids.contains(id))
            ids << id;
    }
    ids << QStringLiteral("password-assignment") << QStringLiteral("high-entropy-value");
    return ids;
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
    auto report = [&](const char *rule, qsizetype start, qsizetype length) {
        for (const Span &span : std::as_const(spans)) {
            if (start < span.start + span.length && span.start < start + length)
                return;
        }
        spans.append({ int(start), int(length), rule });
    };
    for (const SecretPattern &rule : secretPatterns()) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString secret = match.captured(1);
            if (isSecretPlaceholder(secret))
                continue;
            if (qstrcmp(rule.id, "url-password") == 0 && isPortAndPath(secret))
                continue;
            report(rule.id, match.capturedStart(1), match.capturedLength(1));
        }
    }
    QRegularExpressionMatchIterator it = secretAssignment().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const SecretKeyKind kind = secretKeyKind(match.captured(2));
        if (kind == SecretKeyKind::None)
            continue;
        const QString value = match.captured(4);
        if (isSecretPlaceholder(value) || isUuid(value))
            continue;
        const bool random = value.size() >= MinimumSecretLength && mixesCharacterClasses(value)
            && entropy(value) >= m_entropyThreshold;
        if (random) {
            report("high-entropy-value", match.capturedStart(4), match.capturedLength(4));
        } else if (kind == SecretKeyKind::Password && value.size() >= MinimumPasswordLength
                   && entropy(value) >= MinimumPasswordEntropy) {
            // People choose passwords: short and guessable is still a leak.
            report("password-assignment", match.capturedStart(4), match.capturedLength(4));
        }
    }
    return spans;
}

QList<SecretScanner::Span> SecretScanner::findInText(const QString &line) const
{
    QList<Span> spans = findInLine(line);
    // The same line with its escapes decoded: "ghp\u005f…" is the token it spells.
    const DecodedLine decoded = decodeEscapes(line);
    if (decoded.changed) {
        for (const Span &span : findInLine(decoded.text)) {
            const int start = decoded.origin.at(span.start);
            const qsizetype after = span.start + span.length;
            const int end
                = after < decoded.origin.size() ? decoded.origin.at(after) : int(line.size());
            bool overlaps = false;
            for (const Span &known : std::as_const(spans))
                overlaps |= start < known.start + known.length && known.start < end;
            if (!overlaps)
                spans.append(
                    { start, end - start, span.rule, decoded.text.mid(span.start, span.length) });
        }
    }
    return spans;
}

QString SecretScanner::redactLine(const QString &line) const
{
    QString result = line;
    QList<Span> spans = findInText(line);
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
    const QStringList lines = secretScanLines(contents);
    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        QList<Span> spans = findInText(line);
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        for (const Span &span : std::as_const(spans)) {
            const QString secret
                = span.decoded.isNull() ? line.mid(span.start, span.length) : span.decoded;
            SecretFinding finding { fileName, index + 1, span.start + 1,
                                    QString::fromLatin1(span.rule),
                                    excerptOf(line, span.start, span.length) };
            finding.severity
                = isDocumentedExample(secret) ? SecretFinding::Warning : SecretFinding::Error;
            finding.fingerprint = fingerprintOf(fileName, span.rule, secret);
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace Flowsmith
