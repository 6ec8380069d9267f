#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Flowsmith {

/// A credential with a shape of its own: a provider's token format, a key block, a URL or
/// header that carries a password. Capture group 1 is the secret. The rule set follows the
/// field's baseline (gitleaks' rule families), written anew for the files a project holds.
struct SecretPattern
{
    const char *id;
    QRegularExpression pattern;
};
const QList<SecretPattern> &secretPatterns();

/// What a key says about the value under it.
enum class SecretKeyKind {
    None, ///< an ordinary key, or one that names a reference to a secret (…Ref, …Id, …Name)
    Password, ///< password, passwd, pwd, passphrase, secret: any real value is a finding
    Token, ///< token, apiKey, accessKey, credentials, auth…: random-looking values are
};
SecretKeyKind secretKeyKind(const QString &key);

/// `key: value` and `key=value` pairs in YAML, JSON, .env and properties text; group 2 is
/// the key, group 4 the value.
const QRegularExpression &secretAssignment();

/// A value that stands for a secret kept elsewhere (${VAR}, {{ x }}, <token>, ****,
/// vault:…, changeme), not a secret itself.
bool isSecretPlaceholder(const QString &value);
/// A documented example credential (AWS's AKIAIOSFODNN7EXAMPLE, values with EXAMPLE in
/// them): reported as a warning only.
bool isDocumentedExample(const QString &value);

} // namespace Flowsmith
