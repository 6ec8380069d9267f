#pragma once

#include "model/vcs/secretfinding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Flowsmith {

/// Looks for credentials in files before they are committed (design §6): provider tokens
/// (AWS, GitHub, GitLab, Slack, Stripe, Google, SendGrid, npm, Twilio), webhook URLs (Slack,
/// Discord, Teams), private key blocks, JWTs, passwords in URLs and connection strings,
/// Authorization headers, any real value under a password-like key, and high-entropy values
/// under token-like keys in YAML, JSON and .env text. JSON and YAML escapes are decoded before
/// matching; UTF-16 files and files with NUL bytes are read too. Keys that name a reference
/// (…Ref, …Id, …Name, …Hash), UUIDs and placeholders (${VAR}, <token>, ****, vault:…) are
/// not findings; documented example keys are warnings.
class SecretScanner
{
public:
    /// Minimum Shannon entropy, in bits per character, of a value under a secret-like key.
    static constexpr double DefaultEntropyThreshold = 3.5;
    /// Shorter values under a secret-like key are not reported.
    static constexpr int MinimumSecretLength = 20;
    /// A value under a password-like key is a finding from this length on…
    static constexpr int MinimumPasswordLength = 6;
    /// …unless it repeats one or two characters (aaaaaaaa, abababab).
    static constexpr double MinimumPasswordEntropy = 1.5;

    void setEntropyThreshold(double bits) { m_entropyThreshold = bits; }

    /// Findings in one file's contents; `fileName` only labels them.
    QList<SecretFinding> scan(const QByteArray &contents, const QString &fileName) const;
    /// `line` with every secret in it redacted, for showing diffs and logs safely.
    QString redactLine(const QString &line) const;
    /// Every rule id, for help texts and tests.
    static QStringList ruleIds();
    /// Shannon entropy of the characters of `text`, in bits per character.
    static double entropy(const QString &text);
    /// `secret` with all but its first four characters masked.
    static QString redact(const QString &secret);

private:
    struct Span
    {
        int start;
        int length;
        const char *rule;
        QString decoded; ///< the secret as decoded, when the line spells it with escapes
    };
    QList<Span> findInLine(const QString &line) const;
    QList<Span> findInText(const QString &line) const;

    double m_entropyThreshold = DefaultEntropyThreshold;
};

} // namespace Flowsmith
