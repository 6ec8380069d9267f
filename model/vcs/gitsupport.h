#pragma once

// Private to model/vcs: libgit2 set-up, ownership of its handles and its error text.

#include <git2.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace Flowsmith::Vcs {

/// Initialises libgit2 once per process; every entry point that touches git calls it.
void ensureLibgit2();

/// libgit2's last error message, or `fallback` when it left none.
QString gitErrorText(const QString &fallback = {});

/// Translated text in the "Flowsmith::Repository" context (model code has no QObject).
QString trGit(const char *text);

/// Frees any libgit2 handle through its own free function.
struct GitDeleter
{
    void operator()(git_repository *p) const { git_repository_free(p); }
    void operator()(git_reference *p) const { git_reference_free(p); }
    void operator()(git_commit *p) const { git_commit_free(p); }
    void operator()(git_tree *p) const { git_tree_free(p); }
    void operator()(git_index *p) const { git_index_free(p); }
    void operator()(git_signature *p) const { git_signature_free(p); }
    void operator()(git_revwalk *p) const { git_revwalk_free(p); }
    void operator()(git_diff *p) const { git_diff_free(p); }
    void operator()(git_object *p) const { git_object_free(p); }
    void operator()(git_blob *p) const { git_blob_free(p); }
    void operator()(git_remote *p) const { git_remote_free(p); }
    void operator()(git_status_list *p) const { git_status_list_free(p); }
    void operator()(git_config *p) const { git_config_free(p); }
    void operator()(git_branch_iterator *p) const { git_branch_iterator_free(p); }
    void operator()(git_annotated_commit *p) const { git_annotated_commit_free(p); }
    void operator()(git_index_conflict_iterator *p) const { git_index_conflict_iterator_free(p); }
};

template<typename T> using GitPtr = std::unique_ptr<T, GitDeleter>;

/// Owns a git_buf.
struct GitBuffer
{
    git_buf buf = GIT_BUF_INIT;
    ~GitBuffer() { git_buf_dispose(&buf); }
    QString toString() const { return QString::fromUtf8(buf.ptr, qsizetype(buf.size)); }
};

/// A git object id as 40 hex digits.
QString oidText(const git_oid *oid);

/// The bytes of a blob, empty for a zero id (a file missing on that side of a diff).
QByteArray blobBytes(git_repository *repo, const git_oid &id);

} // namespace Flowsmith::Vcs
