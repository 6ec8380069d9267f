#pragma once

#include <QString>

namespace Flowsmith {

/// A value in a file that looks like a credential. `excerpt` is the line with the secret
/// redacted, so showing or logging a finding never repeats the secret.
struct SecretFinding
{
    enum Severity { Error, Warning };

    QString file; ///< as given to the scanner, usually relative to the project
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in characters
    QString rule; ///< stable id: "aws-access-key", "github-token", "high-entropy-value"…
    QString excerpt;
    /// Warning: a documented example key (AWS's AKIA…EXAMPLE): shown, never blocking.
    Severity severity = Error;
    /// "file:rule:hash" — names the finding in the project's allow-list without the secret;
    /// the hash is of the secret, so the entry survives the line moving but not a new value.
    QString fingerprint;

    /// "flows/x.flow.yaml:12:7: possible secret (aws-access-key): token: AKIA…"
    QString toString() const;
};

} // namespace Flowsmith
