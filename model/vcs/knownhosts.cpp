#include "model/vcs/knownhosts.h"

#include "model/vcs/gitsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QStandardPaths>

namespace Flowsmith {

KnownHosts::KnownHosts(const QStringList &files)
{
    for (const QString &path : files) {
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            // "@revoked" and "@cert-authority" lines have a fourth field and are skipped.
            if (fields.size() < 3 || fields[0].startsWith('#') || fields[0].startsWith('@'))
                continue;
            m_entries.append({ QString::fromUtf8(fields[0]), QString::fromLatin1(fields[1]),
                               QByteArray::fromBase64(fields[2]) });
        }
    }
}

QString KnownHosts::userFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::flowsmithFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/flowsmith/known_hosts");
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    return port <= 0 || port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool KnownHosts::matches(const QString &hosts, const QString &pattern)
{
    if (hosts.startsWith(QLatin1String("|1|"))) {
        // Hashed: HMAC-SHA1 of the pattern, keyed with the salt (ssh-keygen -H).
        const QStringList parts = hosts.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
        return QMessageAuthenticationCode::hash(pattern.toUtf8(), salt, QCryptographicHash::Sha1)
            == hash;
    }
    for (const QString &candidate : hosts.split(u',', Qt::SkipEmptyParts)) {
        if (candidate.compare(pattern, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HostKey::Trust KnownHosts::check(const HostKey &key) const
{
    const QString pattern = hostPattern(key.host, key.port);
    bool otherKey = false;
    for (const Entry &entry : m_entries) {
        if (!matches(entry.hosts, pattern))
            continue;
        if (entry.type == key.type && entry.key == key.key)
            return HostKey::Trusted;
        // A different key of another type may just be a second key of the same host; a
        // different key of the same type means the host's key was replaced.
        if (entry.type == key.type)
            otherKey = true;
    }
    return otherKey ? HostKey::Changed : HostKey::Unknown;
}

bool KnownHosts::trust(const QString &file, const HostKey &key, QString *error)
{
    if (key.kind != HostKey::Ssh || key.type.isEmpty() || key.key.isEmpty()) {
        if (error)
            *error = Vcs::trGit("only ssh host keys can be trusted");
        return false;
    }
    QByteArray bytes;
    QFile existing(file);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(file, existing.errorString());
            return false;
        }
        bytes = existing.readAll();
        existing.close();
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
    }
    bytes += hostPattern(key.host, key.port).toUtf8() + ' ' + key.type.toLatin1() + ' '
        + key.key.toBase64() + '\n';
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace Flowsmith
