#pragma once

#include "model/vcs/hostkey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// The ssh hosts a user trusts, read from OpenSSH known_hosts files: the one Flowsmith keeps
/// (hosts trusted in the studio) and the user's ~/.ssh/known_hosts. Plain and hashed (`|1|`)
/// host patterns are understood; markers such as @cert-authority and wildcards are not, so
/// such lines never make a host trusted.
class KnownHosts
{
public:
    explicit KnownHosts(const QStringList &files);

    /// ~/.ssh/known_hosts of the current user.
    static QString userFile();
    /// Where the studio and flowsmith-cli record the hosts a user trusted in Flowsmith:
    /// flowsmith/known_hosts in the generic data folder (~/.local/share).
    static QString flowsmithFile();
    /// Whether `key` is trusted for its host and port, unknown there, or different from the
    /// key recorded for it (which may be an attack, and is never trusted automatically).
    HostKey::Trust check(const HostKey &key) const;
    /// Appends `key` to `file` (created with its folder if missing), atomically.
    static bool trust(const QString &file, const HostKey &key, QString *error);
    /// The host as known_hosts names it: "host", or "[host]:port" off port 22.
    static QString hostPattern(const QString &host, int port);

private:
    struct Entry
    {
        QString hosts; ///< comma-separated patterns, or a hashed |1|salt|hash
        QString type;
        QByteArray key;
    };
    static bool matches(const QString &hosts, const QString &pattern);

    QList<Entry> m_entries;
};

} // namespace Flowsmith
