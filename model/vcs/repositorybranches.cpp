// Repository: branches and tags.

#include "model/vcs/repository.h"

#include "model/vcs/gitsupport.h"

namespace Flowsmith {

using namespace Vcs;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString Repository::currentBranch() const
{
    git_reference *raw = nullptr;
    const int rc = git_repository_head(&raw, m_repo);
    if (rc == GIT_EUNBORNBRANCH) {
        // No commit yet: HEAD names the branch the first commit will create.
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, m_repo, "HEAD") != 0)
            return {};
        const GitPtr<git_reference> owner(symbolic);
        const QString target = QString::fromUtf8(git_reference_symbolic_target(symbolic));
        return target.startsWith(QLatin1String("refs/heads/")) ? target.mid(11) : QString();
    }
    if (rc != 0)
        return {};
    const GitPtr<git_reference> head(raw);
    if (!git_reference_is_branch(raw))
        return {};
    return QString::fromUtf8(git_reference_shorthand(raw));
}

QList<BranchInfo> Repository::branches(QString *error) const
{
    QList<BranchInfo> result;
    git_branch_iterator *rawIterator = nullptr;
    if (git_branch_iterator_new(&rawIterator, m_repo, GIT_BRANCH_ALL) != 0) {
        setError(error, gitErrorText());
        return result;
    }
    const GitPtr<git_branch_iterator> iterator(rawIterator);
    git_reference *raw = nullptr;
    git_branch_t type;
    while (git_branch_next(&raw, &type, rawIterator) == 0) {
        const GitPtr<git_reference> ref(raw);
        const char *name = nullptr;
        if (git_branch_name(&name, raw) != 0)
            continue;
        BranchInfo info;
        info.name = QString::fromUtf8(name);
        if (info.name.endsWith(QLatin1String("/HEAD")))
            continue;
        info.isRemote = type == GIT_BRANCH_REMOTE;
        info.isCurrent = !info.isRemote && git_branch_is_head(raw) == 1;
        if (const git_oid *target = git_reference_target(raw))
            info.target = oidText(target);
        git_reference *upstream = nullptr;
        if (!info.isRemote && git_branch_upstream(&upstream, raw) == 0) {
            info.upstream = QString::fromUtf8(git_reference_shorthand(upstream));
            git_reference_free(upstream);
        }
        result << info;
    }
    return result;
}

bool Repository::createBranch(const QString &name, const QString &startPoint, QString *error)
{
    if (git_reference_is_valid_name(("refs/heads/" + name).toUtf8().constData()) != 1) {
        setError(error, trGit("'%1' is not a valid branch name").arg(name));
        return false;
    }
    git_object *raw = nullptr;
    const QString start = startPoint.isEmpty() ? QStringLiteral("HEAD") : startPoint;
    if (git_revparse_single(&raw, m_repo,
                            (start + QStringLiteral("^{commit}")).toUtf8().constData())
        != 0) {
        setError(error, trGit("%1: no such commit (%2)").arg(start, gitErrorText()));
        return false;
    }
    const GitPtr<git_object> target(raw);
    git_reference *ref = nullptr;
    if (git_branch_create(&ref, m_repo, name.toUtf8().constData(),
                          reinterpret_cast<git_commit *>(raw), 0)
        != 0) {
        setError(error, trGit("cannot create branch %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    git_reference_free(ref);
    return true;
}

bool Repository::switchBranch(const QString &name, bool force, QString *error)
{
    git_reference *rawRef = nullptr;
    if (git_branch_lookup(&rawRef, m_repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0) {
        setError(error, trGit("no local branch %1").arg(name));
        return false;
    }
    const GitPtr<git_reference> ref(rawRef);
    if (!force) {
        QString statusError;
        if (hasTrackedChanges(&statusError)) {
            setError(error,
                     trGit("cannot switch to %1: the work tree has uncommitted changes "
                           "(commit them, or discard them to switch anyway)")
                         .arg(name));
            return false;
        }
    }
    git_object *rawTarget = nullptr;
    if (git_reference_peel(&rawTarget, rawRef, GIT_OBJECT_COMMIT) != 0) {
        setError(error, gitErrorText());
        return false;
    }
    const GitPtr<git_object> target(rawTarget);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = force ? GIT_CHECKOUT_FORCE : GIT_CHECKOUT_SAFE;
    if (git_checkout_tree(m_repo, rawTarget, &options) != 0) {
        setError(error, trGit("cannot check out %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    if (git_repository_set_head(m_repo, git_reference_name(rawRef)) != 0) {
        setError(error, trGit("cannot switch to %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    return true;
}

bool Repository::deleteBranch(const QString &name, QString *error)
{
    git_reference *rawRef = nullptr;
    if (git_branch_lookup(&rawRef, m_repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0) {
        setError(error, trGit("no local branch %1").arg(name));
        return false;
    }
    const GitPtr<git_reference> ref(rawRef);
    if (git_branch_is_head(rawRef) == 1) {
        setError(error, trGit("cannot delete %1: it is the current branch").arg(name));
        return false;
    }
    if (git_branch_delete(rawRef) != 0) {
        setError(error, trGit("cannot delete %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    return true;
}

QList<TagInfo> Repository::tags(QString *error) const
{
    QList<TagInfo> result;
    git_strarray names {};
    if (git_tag_list(&names, m_repo) != 0) {
        setError(error, gitErrorText());
        return result;
    }
    for (size_t i = 0; i < names.count; ++i) {
        TagInfo info;
        info.name = QString::fromUtf8(names.strings[i]);
        git_object *raw = nullptr;
        if (git_revparse_single(&raw, m_repo, ("refs/tags/" + info.name).toUtf8().constData())
            == 0) {
            const GitPtr<git_object> object(raw);
            if (git_object_type(raw) == GIT_OBJECT_TAG) {
                const auto *tag = reinterpret_cast<const git_tag *>(raw);
                info.message = QString::fromUtf8(git_tag_message(tag)).trimmed();
                info.target = oidText(git_tag_target_id(tag));
            } else {
                info.target = oidText(git_object_id(raw));
            }
        }
        result << info;
    }
    git_strarray_dispose(&names);
    return result;
}

bool Repository::createTag(const QString &name, const QString &message, QString *error)
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, m_repo, "HEAD^{commit}") != 0) {
        setError(error, trGit("nothing to tag: no commit yet"));
        return false;
    }
    const GitPtr<git_object> head(raw);
    git_oid id;
    int rc = 0;
    if (message.trimmed().isEmpty()) {
        rc = git_tag_create_lightweight(&id, m_repo, name.toUtf8().constData(), raw, 0);
    } else {
        const GitIdentity who = identity();
        git_signature *signature = nullptr;
        if (!who.isValid()
            || git_signature_now(&signature, who.name.toUtf8().constData(),
                                 who.email.toUtf8().constData())
                != 0) {
            setError(error, trGit("no git identity: set user.name and user.email"));
            return false;
        }
        const GitPtr<git_signature> owner(signature);
        rc = git_tag_create(&id, m_repo, name.toUtf8().constData(), raw, signature,
                            (message.trimmed() + u'\n').toUtf8().constData(), 0);
    }
    if (rc != 0) {
        setError(error, trGit("cannot create tag %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    return true;
}

bool Repository::deleteTag(const QString &name, QString *error)
{
    if (git_tag_delete(m_repo, name.toUtf8().constData()) != 0) {
        setError(error, trGit("cannot delete tag %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    return true;
}

} // namespace Flowsmith
