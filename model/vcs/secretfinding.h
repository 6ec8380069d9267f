#pragma once

#include <QString>

namespace Flowsmith {

/// A value in a file that looks like a credential. `excerpt` is the line with the secret
/// redacted, so showing or logging a finding never repeats the secret.
struct SecretFinding
{
    QString file; ///< as given to the scanner, usually relative to the project
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in characters
    QString rule; ///< stable id: "aws-access-key", "github-token", "high-entropy-value"…
    QString excerpt;

    /// "flows/x.flow.yaml:12:7: possible secret (aws-access-key): token: AKIA…"
    QString toString() const;
};

} // namespace Flowsmith
