// Repository: remotes — fetch, push and pull, with credentials from a CredentialStore.

#include "model/vcs/repository.h"

#include "model/vcs/credentialstore.h"
#include "model/vcs/flowmerge.h"
#include "model/vcs/gitsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>
#include <QUrl>

namespace Flowsmith {

using namespace Vcs;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Shared by the libgit2 callbacks of one network operation.
struct CallbackState
{
    QString remote;
    const RemoteOptions *options = nullptr;
    int credentialAttempts = 0;
    bool cancelled = false;
    QString failure; ///< why a callback stopped the operation
    QString hostKey; ///< the fingerprint of a host libgit2 found untrusted
    QStringList rejected; ///< refs the remote refused on push

    bool isCancelled()
    {
        if (options->cancel && options->cancel->load())
            cancelled = true;
        return cancelled;
    }
    void report(TransferProgress::Stage stage, qint64 current, qint64 total, qint64 bytes)
    {
        if (options->progress)
            options->progress({ stage, current, total, bytes });
    }
};

// Wipes a secret's bytes before the memory is released.
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

int acquireCredential(git_credential **out, const char *url, const char *userFromUrl,
                      unsigned int allowed, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    // libgit2 asks again after every rejection; two wrong answers are enough.
    if (++state->credentialAttempts > 2) {
        state->failure = trGit("authentication failed twice; check the key in ssh-agent or the "
                               "token stored for this host");
        return GIT_EUSER;
    }
    const QByteArray urlUser = userFromUrl ? QByteArray(userFromUrl) : QByteArray();
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray user = urlUser.isEmpty() ? QByteArrayLiteral("git") : urlUser;
        if (git_credential_ssh_key_from_agent(out, user.constData()) == 0)
            return 0;
        state->failure = trGit("no key from ssh-agent (is SSH_AUTH_SOCK set?)");
        return GIT_EUSER;
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        const QString host = QUrl(QString::fromUtf8(url)).host();
        std::optional<Credential> credential;
        if (state->options->credentials)
            credential = state->options->credentials->read(host);
        if (!credential) {
            state->failure = trGit("no token stored for %1").arg(host);
            return GIT_EUSER;
        }
        QByteArray user = credential->user.isEmpty()
            ? (urlUser.isEmpty() ? QByteArrayLiteral("x-access-token") : urlUser)
            : credential->user.toUtf8();
        QByteArray secret = credential->secret.toUtf8();
        const int rc
            = git_credential_userpass_plaintext_new(out, user.constData(), secret.constData());
        wipe(secret);
        credential->secret.fill(u'\0');
        return rc;
    }
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, urlUser.isEmpty() ? "git" : urlUser.constData());
    state->failure = trGit("the remote asks for a kind of credential Flowsmith does not offer");
    return GIT_EUSER;
}

int checkCertificate(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    if (valid)
        return 0;
    // Keep libgit2's own verdict (known_hosts, CA store); only remember what to show.
    QString fingerprint;
    if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        const auto *key = reinterpret_cast<const git_cert_hostkey *>(cert);
        if (key->type & GIT_CERT_SSH_SHA256)
            fingerprint = QStringLiteral("SHA256:")
                + QString::fromLatin1(
                              QByteArray(reinterpret_cast<const char *>(key->hash_sha256), 32)
                                  .toBase64(QByteArray::OmitTrailingEquals));
        else if (key->type & GIT_CERT_SSH_SHA1)
            fingerprint
                = QStringLiteral("SHA1:")
                + QString::fromLatin1(
                      QByteArray(reinterpret_cast<const char *>(key->hash_sha1), 20).toHex(':'));
    } else if (cert->cert_type == GIT_CERT_X509) {
        const auto *x509 = reinterpret_cast<const git_cert_x509 *>(cert);
        fingerprint = QStringLiteral("SHA256:")
            + QString::fromLatin1(
                          QCryptographicHash::hash(QByteArray(static_cast<const char *>(x509->data),
                                                              qsizetype(x509->len)),
                                                   QCryptographicHash::Sha256)
                              .toHex(':'));
    }
    state->hostKey
        = trGit("the host %1 is not trusted; its key fingerprint is %2")
              .arg(QString::fromUtf8(host), fingerprint.isEmpty() ? trGit("unknown") : fingerprint);
    return GIT_PASSTHROUGH;
}

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    if (state->isCancelled())
        return GIT_EUSER;
    if (stats->received_objects < stats->total_objects)
        state->report(TransferProgress::Receiving, stats->received_objects, stats->total_objects,
                      qint64(stats->received_bytes));
    else
        state->report(TransferProgress::Indexing, stats->indexed_deltas, stats->total_deltas,
                      qint64(stats->received_bytes));
    return 0;
}

int onPushTransfer(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    if (state->isCancelled())
        return GIT_EUSER;
    state->report(TransferProgress::Pushing, current, total, qint64(bytes));
    return 0;
}

int onSideband(const char *, int, void *payload)
{
    return static_cast<CallbackState *>(payload)->isCancelled() ? GIT_EUSER : 0;
}

int onPushUpdate(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<CallbackState *>(payload)->rejected
            << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(refname), QString::fromUtf8(status));
    return 0;
}

git_remote_callbacks callbacksFor(CallbackState *state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = acquireCredential;
    callbacks.certificate_check = checkCertificate;
    callbacks.transfer_progress = onTransfer;
    callbacks.push_transfer_progress = onPushTransfer;
    callbacks.sideband_progress = onSideband;
    callbacks.push_update_reference = onPushUpdate;
    callbacks.payload = state;
    return callbacks;
}

// One message for a failed network operation: what, which remote, why.
QString networkError(const QString &what, const CallbackState &state)
{
    if (state.cancelled)
        return trGit("%1 %2: cancelled").arg(what, state.remote);
    QString why = state.failure.isEmpty() ? gitErrorText() : state.failure;
    if (!state.hostKey.isEmpty())
        why = state.hostKey + QStringLiteral("; ") + why;
    return trGit("%1 %2 failed: %3").arg(what, state.remote, why);
}

} // namespace

QString Repository::checkRemoteUrl(const QString &url)
{
    // scp-like "git@host:path" has no scheme and cannot carry a password.
    if (!url.contains(QLatin1String("://")))
        return {};
    const QUrl parsed(url);
    if (!parsed.password().isEmpty())
        return trGit("the remote URL %1 contains a password or token; remove it and store the "
                     "token in the keychain instead")
            .arg(parsed.toString(QUrl::RemovePassword));
    return {};
}

QStringList Repository::remotes() const
{
    QStringList result;
    git_strarray names {};
    if (git_remote_list(&names, m_repo) != 0)
        return result;
    for (size_t i = 0; i < names.count; ++i)
        result << QString::fromUtf8(names.strings[i]);
    git_strarray_dispose(&names);
    return result;
}

QString Repository::remoteUrl(const QString &remote) const
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, m_repo, remote.toUtf8().constData()) != 0)
        return {};
    const GitPtr<git_remote> owner(raw);
    return QString::fromUtf8(git_remote_url(raw));
}

bool Repository::addRemote(const QString &name, const QString &url, QString *error)
{
    const QString refused = checkRemoteUrl(url);
    if (!refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    git_remote *raw = nullptr;
    if (git_remote_create(&raw, m_repo, name.toUtf8().constData(), url.toUtf8().constData()) != 0) {
        setError(error, trGit("cannot add remote %1 (%2)").arg(name, gitErrorText()));
        return false;
    }
    git_remote_free(raw);
    return true;
}

namespace {

// Looks the remote up and refuses URLs that carry credentials.
GitPtr<git_remote> lookupRemote(git_repository *repo, const QString &name, QString *error)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, repo, name.toUtf8().constData()) != 0) {
        setError(error, trGit("no remote named %1").arg(name));
        return {};
    }
    GitPtr<git_remote> remote(raw);
    const QString refused = Repository::checkRemoteUrl(QString::fromUtf8(git_remote_url(raw)));
    if (!refused.isEmpty()) {
        setError(error, trGit("remote %1: %2").arg(name, refused));
        return {};
    }
    return remote;
}

} // namespace

bool Repository::fetch(const QString &remoteName, const RemoteOptions &options, QString *error)
{
    const GitPtr<git_remote> remote = lookupRemote(m_repo, remoteName, error);
    if (!remote)
        return false;
    CallbackState state;
    state.remote = remoteName;
    state.options = &options;
    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = callbacksFor(&state);
    if (git_remote_fetch(remote.get(), nullptr, &fetchOptions, "fetch") != 0) {
        setError(error, networkError(trGit("fetch from"), state));
        return false;
    }
    return true;
}

bool Repository::push(const QString &remoteName, const RemoteOptions &options, QString *error)
{
    const QString branch = currentBranch();
    if (branch.isEmpty() || resolve(QStringLiteral("HEAD")).isEmpty()) {
        setError(error, trGit("nothing to push: no branch with a commit is checked out"));
        return false;
    }
    const GitPtr<git_remote> remote = lookupRemote(m_repo, remoteName, error);
    if (!remote)
        return false;
    CallbackState state;
    state.remote = remoteName;
    state.options = &options;
    git_push_options pushOptions = GIT_PUSH_OPTIONS_INIT;
    pushOptions.callbacks = callbacksFor(&state);
    QByteArray refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch).toUtf8();
    char *refspecPointer = refspec.data();
    const git_strarray refspecs { &refspecPointer, 1 };
    if (git_remote_push(remote.get(), &refspecs, &pushOptions) != 0) {
        setError(error, networkError(trGit("push to"), state));
        return false;
    }
    if (!state.rejected.isEmpty()) {
        setError(error,
                 trGit("push to %1 was refused: %2 (pull first?)")
                     .arg(remoteName, state.rejected.join(QStringLiteral(", "))));
        return false;
    }
    git_reference *local = nullptr;
    if (git_branch_lookup(&local, m_repo, branch.toUtf8().constData(), GIT_BRANCH_LOCAL) == 0) {
        git_branch_set_upstream(local, (remoteName + u'/' + branch).toUtf8().constData());
        git_reference_free(local);
    }
    return true;
}

std::optional<PullResult> Repository::pull(const QString &remoteName, const RemoteOptions &options,
                                           QString *error)
{
    const QString branch = currentBranch();
    if (branch.isEmpty()) {
        setError(error, trGit("cannot pull: no branch is checked out"));
        return std::nullopt;
    }
    if (!fetch(remoteName, options, error))
        return std::nullopt;
    git_reference *rawUpstream = nullptr;
    const QByteArray upstreamName
        = QStringLiteral("refs/remotes/%1/%2").arg(remoteName, branch).toUtf8();
    if (git_reference_lookup(&rawUpstream, m_repo, upstreamName.constData()) != 0) {
        setError(error, trGit("remote %1 has no branch %2").arg(remoteName, branch));
        return std::nullopt;
    }
    const GitPtr<git_reference> upstream(rawUpstream);
    git_annotated_commit *rawTheirs = nullptr;
    if (git_annotated_commit_from_ref(&rawTheirs, m_repo, rawUpstream) != 0) {
        setError(error, gitErrorText());
        return std::nullopt;
    }
    const GitPtr<git_annotated_commit> theirs(rawTheirs);
    const git_annotated_commit *heads[] = { rawTheirs };
    git_merge_analysis_t analysis;
    git_merge_preference_t preference;
    if (git_merge_analysis(&analysis, &preference, m_repo, heads, 1) != 0) {
        setError(error, gitErrorText());
        return std::nullopt;
    }
    PullResult result;
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE) {
        result.commitId = resolve(QStringLiteral("HEAD"));
        return result;
    }
    if (hasTrackedChanges()) {
        setError(
            error,
            trGit("cannot pull from %1: the work tree has uncommitted changes").arg(remoteName));
        return std::nullopt;
    }
    const git_oid *theirId = git_annotated_commit_id(rawTheirs);

    if (analysis & (GIT_MERGE_ANALYSIS_FASTFORWARD | GIT_MERGE_ANALYSIS_UNBORN)) {
        git_object *target = nullptr;
        if (git_object_lookup(&target, m_repo, theirId, GIT_OBJECT_COMMIT) != 0) {
            setError(error, gitErrorText());
            return std::nullopt;
        }
        const GitPtr<git_object> targetOwner(target);
        git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
        checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
        if (git_checkout_tree(m_repo, target, &checkout) != 0) {
            setError(error, trGit("cannot fast-forward (%1)").arg(gitErrorText()));
            return std::nullopt;
        }
        git_reference *updated = nullptr;
        int rc = 0;
        if (analysis & GIT_MERGE_ANALYSIS_UNBORN) {
            rc = git_reference_create(&updated, m_repo,
                                      ("refs/heads/" + branch).toUtf8().constData(), theirId, 0,
                                      "pull: fast-forward");
        } else {
            git_reference *head = nullptr;
            rc = git_repository_head(&head, m_repo);
            if (rc == 0) {
                rc = git_reference_set_target(&updated, head, theirId, "pull: fast-forward");
                git_reference_free(head);
            }
        }
        git_reference_free(updated);
        if (rc != 0) {
            setError(error, trGit("cannot fast-forward (%1)").arg(gitErrorText()));
            return std::nullopt;
        }
        result.outcome = PullResult::FastForward;
        result.commitId = oidText(theirId);
        return result;
    }

    git_merge_options mergeOptions = GIT_MERGE_OPTIONS_INIT;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS;
    if (git_merge(m_repo, heads, 1, &mergeOptions, &checkout) != 0) {
        setError(error, trGit("cannot merge %1/%2 (%3)").arg(remoteName, branch, gitErrorText()));
        return std::nullopt;
    }

    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repo) != 0) {
        setError(error, gitErrorText());
        return std::nullopt;
    }
    const GitPtr<git_index> index(rawIndex);
    struct Conflict
    {
        QString path;
        git_oid base {}, ours {}, theirs {};
        bool hasBase = false, hasOurs = false, hasTheirs = false;
    };
    QList<Conflict> textual;
    if (git_index_has_conflicts(rawIndex)) {
        git_index_conflict_iterator *rawIterator = nullptr;
        git_index_conflict_iterator_new(&rawIterator, rawIndex);
        const GitPtr<git_index_conflict_iterator> iterator(rawIterator);
        const git_index_entry *base = nullptr, *ours = nullptr, *their = nullptr;
        while (git_index_conflict_next(&base, &ours, &their, rawIterator) == 0) {
            Conflict conflict;
            conflict.path = QString::fromUtf8((ours ? ours : their ? their : base)->path);
            if ((conflict.hasBase = base))
                conflict.base = base->id;
            if ((conflict.hasOurs = ours))
                conflict.ours = ours->id;
            if ((conflict.hasTheirs = their))
                conflict.theirs = their->id;
            textual << conflict;
        }
    }
    // Flows that git could not merge line by line are merged by meaning.
    const QDir dir(workDir());
    for (const Conflict &conflict : std::as_const(textual)) {
        const bool isFlow = conflict.path.endsWith(QLatin1String(".flow.yaml"));
        if (!isFlow || !conflict.hasOurs || !conflict.hasTheirs) {
            result.conflicts << FileMergeConflicts { conflict.path, {} };
            continue;
        }
        FileError loadError;
        const QByteArray baseBytes
            = conflict.hasBase ? blobBytes(m_repo, conflict.base) : QByteArray();
        const auto baseFlow = baseBytes.isEmpty()
            ? std::optional<Flow>(Flow())
            : Flow::fromYaml(baseBytes, conflict.path, &loadError);
        const auto oursFlow
            = Flow::fromYaml(blobBytes(m_repo, conflict.ours), conflict.path, &loadError);
        const auto theirsFlow
            = Flow::fromYaml(blobBytes(m_repo, conflict.theirs), conflict.path, &loadError);
        if (!baseFlow || !oursFlow || !theirsFlow) {
            result.conflicts << FileMergeConflicts { conflict.path, {} };
            continue;
        }
        const FlowMerge merge = FlowMerge::merge(*baseFlow, *oursFlow, *theirsFlow);
        QSaveFile file(dir.filePath(conflict.path));
        const QByteArray merged = merge.result().toYaml();
        if (!file.open(QIODevice::WriteOnly) || file.write(merged) != merged.size()
            || !file.commit()) {
            setError(error, QStringLiteral("%1: %2").arg(conflict.path, file.errorString()));
            return std::nullopt;
        }
        if (merge.isClean())
            git_index_add_bypath(rawIndex, conflict.path.toUtf8().constData());
        else
            result.conflicts << FileMergeConflicts { conflict.path, merge.conflicts() };
    }
    if (git_index_write(rawIndex) != 0) {
        setError(error, gitErrorText());
        return std::nullopt;
    }
    if (!result.conflicts.isEmpty()) {
        result.outcome = PullResult::Conflicts;
        return result;
    }
    const std::optional<QString> merged
        = commit(trGit("Merge branch '%1' of %2").arg(branch, remoteName), error);
    if (!merged)
        return std::nullopt;
    result.outcome = PullResult::Merged;
    result.commitId = *merged;
    return result;
}

} // namespace Flowsmith
