#pragma once

#include "model/vcs/secretfinding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Flowsmith {

/// Looks for credentials in files before they are committed (design §6): AWS access keys,
/// GitHub, GitLab and Slack tokens, private key blocks, JWTs, passwords in URLs, and
/// high-entropy values under keys named like secrets (password, token, apiKey…) in YAML and
/// JSON (mixing letters and digits or cases, so that names are not taken for secrets). Binary
/// files are skipped. Placeholders (${VAR}, <token>, ****) are not findings.
class SecretScanner
{
public:
    /// Minimum Shannon entropy, in bits per character, of a value under a secret-like key.
    static constexpr double DefaultEntropyThreshold = 3.5;
    /// Shorter values under a secret-like key are not reported.
    static constexpr int MinimumSecretLength = 20;

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
    };
    QList<Span> findInLine(const QString &line) const;

    double m_entropyThreshold = DefaultEntropyThreshold;
};

} // namespace Flowsmith
