#include "model/vcs/hostkey.h"

#include <QCryptographicHash>

namespace Flowsmith {

HostKey HostKey::fromSshBlob(const QString &host, int port, const QByteArray &blob)
{
    HostKey key;
    key.kind = Ssh;
    key.host = host;
    key.port = port;
    key.key = blob;
    key.type = sshKeyType(blob);
    key.fingerprint = sshFingerprint(blob);
    return key;
}

HostKey HostKey::fromCertificate(const QString &host, int port, const QByteArray &der)
{
    HostKey key;
    key.kind = Tls;
    key.host = host;
    key.port = port;
    key.key = der;
    key.type = QStringLiteral("x509");
    key.fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    return key;
}

QString HostKey::sshFingerprint(const QByteArray &blob)
{
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::OmitTrailingEquals));
}

QString HostKey::sshKeyType(const QByteArray &blob)
{
    // RFC 4253 §6.6: the blob starts with the key type as a uint32-length-prefixed string.
    if (blob.size() < 4)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16)
        | (quint32(bytes[2]) << 8) | bytes[3];
    if (length == 0 || length > 64 || qsizetype(length) > blob.size() - 4)
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(length)));
}

} // namespace Flowsmith
