#pragma once

#include "model/vcs/secretfinding.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// Findings a team has reviewed and accepted, by fingerprint, in the project's
/// `secrets.allow` (committed, so every entry is reviewed in git). One fingerprint a line;
/// `#` starts a comment, which should say why the value is not a secret.
class SecretAllowList
{
public:
    static constexpr const char *FileName = "secrets.allow";

    /// Reads `<projectFolder>/secrets.allow`; a missing file is an empty list.
    static SecretAllowList load(const QString &projectFolder);
    static SecretAllowList fromText(const QByteArray &text);

    bool allows(const SecretFinding &finding) const
    {
        return m_fingerprints.contains(finding.fingerprint);
    }
    int size() const { return int(m_fingerprints.size()); }

private:
    QSet<QString> m_fingerprints;
};

} // namespace Flowsmith
