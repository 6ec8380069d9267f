#include "model/vcs/gitsupport.h"

#include <QCoreApplication>

namespace Flowsmith::Vcs {

void ensureLibgit2()
{
    // Never shut down: handles may outlive any owner we could pick.
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

QString gitErrorText(const QString &fallback)
{
    const git_error *error = git_error_last();
    if (error && error->message && *error->message)
        return QString::fromUtf8(error->message).trimmed();
    return fallback.isEmpty() ? trGit("unknown git error") : fallback;
}

QString trGit(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Repository", text);
}

QString oidText(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

QByteArray blobBytes(git_repository *repo, const git_oid &id)
{
    if (git_oid_is_zero(&id))
        return {};
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, repo, &id) != 0)
        return {};
    const GitPtr<git_blob> blob(raw);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(raw)),
                      qsizetype(git_blob_rawsize(raw)));
}

} // namespace Flowsmith::Vcs
