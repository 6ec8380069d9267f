#pragma once

#include <QByteArray>
#include <QString>

namespace Flowsmith {

/// The identity a remote presented: an ssh host key or a TLS certificate, with the
/// fingerprint a user compares against what the server's administrator published.
struct HostKey
{
    enum Kind { Ssh, Tls };
    enum Trust { Trusted, Unknown, Changed };

    Kind kind = Ssh;
    QString host;
    int port = 22;
    QString type; ///< "ssh-ed25519", "ssh-rsa"…; "x509" for a certificate
    QByteArray key; ///< the ssh public key blob (as in known_hosts) or the certificate's DER
    QString fingerprint; ///< "SHA256:…" as `ssh-keygen -l` prints it, or the certificate's
                         ///< SHA-256 as `openssl x509 -fingerprint -sha256` prints it
    Trust trust = Unknown;

    /// An ssh host key from its wire-format blob.
    static HostKey fromSshBlob(const QString &host, int port, const QByteArray &blob);
    /// A TLS certificate from its DER bytes.
    static HostKey fromCertificate(const QString &host, int port, const QByteArray &der);
    /// "SHA256:" and the unpadded base64 of the blob's SHA-256.
    static QString sshFingerprint(const QByteArray &blob);
    /// The key type named at the start of an ssh key blob; empty when the blob is malformed.
    static QString sshKeyType(const QByteArray &blob);
};

} // namespace Flowsmith
