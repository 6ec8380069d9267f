#include "model/vcs/secretrules.h"

namespace Flowsmith {

namespace {

QRegularExpression re(const char *pattern, bool caseless = false)
{
    return QRegularExpression(QString::fromLatin1(pattern),
                              caseless ? QRegularExpression::CaseInsensitiveOption
                                       : QRegularExpression::NoPatternOption);
}

} // namespace

const QList<SecretPattern> &secretPatterns()
{
    // Order matters where two overlap: the first that claims a span keeps it (a JWT after
    // "Authorization: Bearer" is reported as a JWT).
    static const QList<SecretPattern> patterns = {
        { "private-key", re("(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)") },
        { "aws-access-key",
          re("\\b((?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[0-9A-Z]{16})\\b") },
        { "aws-secret-key",
          re("aws_?secret_?(?:access_?)?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/"
             "+=]{40})(?![A-Za-z0-9/+=])",
             true) },
        { "github-token", re("\\b(gh[pousr]_[A-Za-z0-9]{36,})\\b") },
        { "github-token", re("\\b(github_pat_[A-Za-z0-9_]{22,})") },
        { "gitlab-token", re("\\b(gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,})") },
        { "slack-token", re("\\b(xox[baprse]-[A-Za-z0-9-]{10,})") },
        { "slack-webhook",
          re("(https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/"
             "_-]{20,})") },
        { "discord-webhook",
          re("(https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/"
             "[0-9]{5,}/[A-Za-z0-9_-]{20,})") },
        { "teams-webhook",
          re("(https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[^\\s\"'<>]{20,})") },
        { "stripe-key", re("\\b((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,})\\b") },
        { "google-api-key", re("\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])") },
        { "sendgrid-key", re("\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])") },
        { "npm-token", re("\\b(npm_[A-Za-z0-9]{36})\\b") },
        { "twilio-key", re("\\b(SK[0-9a-f]{32})\\b") },
        { "azure-storage-key", re("\\bAccountKey=([A-Za-z0-9+/]{40,}={0,2})") },
        { "jwt", re("\\b(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})") },
        // user:password@host — the password may hold any character but @ and white space.
        { "url-password",
          re("\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@'\"]*:([^\\s@'\"]+)@[A-Za-z0-9\\[]") },
        // ADO.NET, JDBC and ODBC connection strings: Password=…; Pwd=…
        { "connection-string-password",
          re("(?:^|[;\\s\"'{])(?:password|pwd)\\s*=\\s*([^;'\"\\s}]+)", true) },
        { "authorization-header",
          re("\\bauthorization[\"']?\\s*[:=]\\s*[\"']?(?:bearer|basic|token|apikey)\\s+"
             "([A-Za-z0-9._~+/=-]{8,})",
             true) },
    };
    return patterns;
}

const QRegularExpression &secretAssignment()
{
    static const QRegularExpression pattern(
        QStringLiteral("([\"']?)([A-Za-z0-9_.-]+)\\1\\s*[:=]\\s*([\"']?)([^\\s\"',#{}\\[\\]]+)"));
    return pattern;
}

SecretKeyKind secretKeyKind(const QString &key)
{
    // Names that say the value is about a secret, not the secret: a reference, an id, a hash.
    static const QRegularExpression reference
        = re("(?:ref|reference|id|ids|name|names|hash|digest|checksum|fingerprint|sha\\d*|md5|"
             "file|path|url|uri|endpoint|type|kind|length|policy|header|field|format|expiry|"
             "expires|ttl|mode|count|version|provider|store|source|label|hint)$",
             true);
    static const QRegularExpression password
        = re("(?:passw(?:or)?d|pwd|pass|passphrase|secret)$", true);
    static const QRegularExpression token
        = re("(?:token|api[_-]?key|access[_-]?key|private[_-]?key|secret[_-]?key|credentials?|"
             "auth|authorization|signing[_-]?key|client[_-]?secret|bearer)$",
             true);
    QString name = key;
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")));
    if (reference.match(name).hasMatch())
        return SecretKeyKind::None;
    if (password.match(name).hasMatch())
        return SecretKeyKind::Password;
    if (token.match(name).hasMatch())
        return SecretKeyKind::Token;
    return SecretKeyKind::None;
}

bool isSecretPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder
        = re("^(?:\\$\\{?[A-Za-z_][A-Za-z0-9_.:-]*\\}?|\\{\\{.*\\}\\}|<[^>]*>|\\*+|x+|X+|\\.+|-+|"
             "\\{[A-Za-z_][A-Za-z0-9_.]*\\}?|%[A-Za-z_]+%|changeme|change-me|example|secret|"
             "password|passwd|null|none|nil|true|false|"
             "redacted|dummy|placeholder|todo|tbd|undefined|empty|string)$",
             true);
    static const QRegularExpression reference
        = re("^(?:\\$env|\\$secret|env:|vault:|secret:|secrets:|secretref:|ref:|"
             "arn:aws:secretsmanager:|projects/[^/]+/secrets/|!secret|\\{\\{)",
             true);
    return value.isEmpty() || placeholder.match(value).hasMatch()
        || reference.match(value).hasMatch();
}

bool isDocumentedExample(const QString &value)
{
    return value.contains(QLatin1String("EXAMPLE"))
        || value.contains(QLatin1String("example"), Qt::CaseInsensitive);
}

} // namespace Flowsmith
