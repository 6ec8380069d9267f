// Repository: remotes — fetch, push and pull, with credentials from a CredentialStore.

#include "model/vcs/repository.h"

#include "model/vcs/credentialstore.h"
#include "model/vcs/flowmerge.h"
#include "model/vcs/gitsupport.h"
#include "model/vcs/knownhosts.h"
#include "model/vcs/sigpipeguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    int port = 22; ///< of the remote's URL: known_hosts names hosts with their port
    QString hostKey; ///< why the host's key or certificate was not trusted, with its fingerprint
    QStringList rejected; ///< refs the remote refused on push
    qsizetype nextKeySource = 0; ///< the next of sshKeySources() to offer
    QString passphraseKey; ///< the key file last offered with a passphrase

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

// The ssh keys to offer, in order: the configured key file alone, or ssh-agent followed by the
// default key files that exist.
struct SshKeySource
{
    bool agent = false;
    QString privateKey;
};

QList<SshKeySource> sshKeySources(const RemoteOptions &options)
{
    if (!options.sshKeyFile.isEmpty())
        return { SshKeySource { false, options.sshKeyFile } };
    QList<SshKeySource> sources;
    if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        sources << SshKeySource { true, {} };
    for (const char *name : { "id_ed25519", "id_ecdsa", "id_rsa" }) {
        const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(path))
            sources << SshKeySource { false, path };
    }
    return sources;
}

// What a private key file tells without its passphrase.
struct PrivateKeyInfo
{
    bool encrypted = false;
    QByteArray publicKey; ///< "type base64" from an OpenSSH key file; empty for PEM files
};

// One big-endian length-prefixed string of the OpenSSH key format; ok is cleared when cut short.
QByteArray takeSshString(const QByteArray &data, qsizetype *pos, bool *ok)
{
    if (!*ok || *pos + 4 > data.size()) {
        *ok = false;
        return {};
    }
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData() + *pos);
    const quint32 length
        = quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3];
    *pos += 4;
    if (length > quint32(data.size() - *pos)) {
        *ok = false;
        return {};
    }
    const QByteArray result = data.mid(*pos, qsizetype(length));
    *pos += qsizetype(length);
    return result;
}

// Reads the unencrypted head of a private key file: whether it needs a passphrase, and for
// the OpenSSH format (what ssh-keygen writes) the public key stored in the clear.
PrivateKeyInfo inspectPrivateKey(const QString &path)
{
    PrivateKeyInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QByteArray text = file.read(256 * 1024);
    if (text.contains("Proc-Type: 4,ENCRYPTED") || text.contains("BEGIN ENCRYPTED PRIVATE KEY"))
        info.encrypted = true;
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----");
    static const QByteArray end = QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (!info.encrypted && from >= 0 && to > from) {
        QByteArray body = text.mid(from + begin.size(), to - from - begin.size());
        body.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        QByteArray blob = QByteArray::fromBase64(body);
        static const QByteArray magic("openssh-key-v1\0", 15);
        bool ok = blob.startsWith(magic);
        qsizetype pos = magic.size();
        const QByteArray cipher = takeSshString(blob, &pos, &ok);
        takeSshString(blob, &pos, &ok); // kdf name
        takeSshString(blob, &pos, &ok); // kdf options
        pos += 4; // the number of keys: ssh-keygen writes one
        const QByteArray publicBlob = takeSshString(blob, &pos, &ok);
        if (ok) {
            info.encrypted = cipher != "none";
            const QString type = HostKey::sshKeyType(publicBlob);
            if (!type.isEmpty())
                info.publicKey = type.toLatin1() + ' ' + publicBlob.toBase64();
        }
        wipe(blob);
        wipe(body);
    }
    wipe(text);
    return info;
}

// Offers a private key file, asking for its passphrase when it is encrypted.
int offerKeyFile(git_credential **out, const QByteArray &user, const QString &path,
                 CallbackState *state)
{
    const QByteArray privateKey = QFile::encodeName(path);
    // libssh2 derives the public key from the private one when none is given.
    const bool hasPublicFile = QFileInfo::exists(path + QStringLiteral(".pub"));
    const QByteArray publicKey = hasPublicFile ? privateKey + ".pub" : QByteArray();
    const PrivateKeyInfo info = inspectPrivateKey(path);
    if (!info.encrypted)
        return git_credential_ssh_key_new(out, user.constData(),
                                          hasPublicFile ? publicKey.constData() : nullptr,
                                          privateKey.constData(), nullptr);
    if (!state->options->passphrase) {
        state->failure = trGit("the ssh key %1 is protected by a passphrase; add it to ssh-agent "
                               "(ssh-add), or push from the studio, which asks for the passphrase")
                             .arg(QDir::toNativeSeparators(path));
        return GIT_EUSER;
    }
    const int attempt = state->passphraseKey == path ? 2 : 1;
    std::optional<QByteArray> passphrase = state->options->passphrase(path, attempt);
    if (!passphrase) {
        if (!state->isCancelled())
            state->failure = trGit("no passphrase was given for the ssh key %1")
                                 .arg(QDir::toNativeSeparators(path));
        return GIT_EUSER;
    }
    state->passphraseKey = path;
    int rc = -1;
    if (!hasPublicFile && !info.publicKey.isEmpty()) {
        // Without a public key libssh2 derives it with the passphrase, and a wrong one then
        // ends the operation at once instead of asking again; OpenSSH files carry it in clear.
        QFile file(path);
        QByteArray keyBytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        rc = git_credential_ssh_key_memory_new(out, user.constData(), info.publicKey.constData(),
                                               keyBytes.constData(), passphrase->constData());
        wipe(keyBytes);
    }
    if (rc != 0)
        rc = git_credential_ssh_key_new(out, user.constData(),
                                        hasPublicFile ? publicKey.constData() : nullptr,
                                        privateKey.constData(), passphrase->constData());
    wipe(*passphrase);
    return rc;
}

int acquireCredential(git_credential **out, const char *url, const char *userFromUrl,
                      unsigned int allowed, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    const QByteArray urlUser = userFromUrl ? QByteArray(userFromUrl) : QByteArray();
    // ssh asks for the user name first when the URL has none; that is no attempt to log in.
    if (allowed == GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, urlUser.isEmpty() ? "git" : urlUser.constData());
    // libgit2 asks again after every rejection; two wrong answers are enough.
    if (++state->credentialAttempts > 2) {
        state->failure = !state->passphraseKey.isEmpty()
            ? trGit("the ssh key %1 was refused twice: the passphrase is wrong, or the server "
                    "does not accept this key")
                  .arg(QDir::toNativeSeparators(state->passphraseKey))
            : trGit("authentication failed twice; check the key in ssh-agent or the "
                    "token stored for this host");
        return GIT_EUSER;
    }
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray user = urlUser.isEmpty() ? QByteArrayLiteral("git") : urlUser;
        // A key sent with a passphrase came back: the passphrase was probably mistyped, so the
        // same key is offered again (asking once more) rather than the next one.
        if (!state->passphraseKey.isEmpty())
            return offerKeyFile(out, user, state->passphraseKey, state);
        const QList<SshKeySource> sources = sshKeySources(*state->options);
        const qsizetype next = state->nextKeySource++;
        if (next >= sources.size()) {
            const git_error *last = git_error_last();
            const QString why = last && last->message && *last->message
                ? QStringLiteral(" (%1)").arg(QString::fromUtf8(last->message).trimmed())
                : QString();
            state->failure = sources.isEmpty()
                ? trGit("no ssh key: add your key to ssh-agent (SSH_AUTH_SOCK) or keep it as "
                        "~/.ssh/id_ed25519, id_ecdsa or id_rsa")
                : trGit("the ssh key was not accepted for %1%2; check which keys the server "
                        "accepts, and that the key file has no passphrase or is in ssh-agent")
                      .arg(QString::fromUtf8(user), why);
            return GIT_EUSER;
        }
        const SshKeySource &source = sources[next];
        if (source.agent)
            return git_credential_ssh_key_from_agent(out, user.constData());
        return offerKeyFile(out, user, source.privateKey, state);
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

// The port of a remote URL; scp-like "user@host:path" is ssh on 22.
int remotePort(const QString &url)
{
    if (!url.contains(QLatin1String("://")))
        return 22;
    const QUrl parsed(url);
    const QString scheme = parsed.scheme();
    return parsed.port(scheme == QLatin1String("https")      ? 443
                           : scheme == QLatin1String("http") ? 80
                                                             : 22);
}

int checkSshHostKey(const git_cert_hostkey *cert, int valid, const QString &host,
                    CallbackState *state)
{
    if (!(cert->type & GIT_CERT_SSH_RAW) || !cert->hostkey) {
        // No key to show: keep libgit2's verdict (from ~/.ssh/known_hosts).
        if (!valid)
            state->hostKey = trGit("the ssh host key of %1 is not trusted").arg(host);
        return GIT_PASSTHROUGH;
    }
    // libgit2 matched ~/.ssh/known_hosts itself; our reading adds Flowsmith's own file.
    if (valid)
        return 0;
    HostKey key = HostKey::fromSshBlob(host, state->port,
                                       QByteArray(cert->hostkey, qsizetype(cert->hostkey_len)));
    const QString ours = state->options->knownHostsFile.isEmpty() ? KnownHosts::flowsmithFile()
                                                                  : state->options->knownHostsFile;
    const KnownHosts known({ ours, KnownHosts::userFile() });
    key.trust = known.check(key);
    if (key.trust == HostKey::Trusted)
        return 0;
    const QString where = KnownHosts::hostPattern(host, state->port);
    if (key.trust == HostKey::Changed)
        state->hostKey = trGit("the host key of %1 has changed (it now presents %2 %3); this can "
                               "mean someone intercepts the connection, so Flowsmith refuses "
                               "it. If the server's key really was replaced, remove the old "
                               "entry from known_hosts")
                             .arg(where, key.type, key.fingerprint);
    else
        state->hostKey = trGit("the host %1 is unknown; its %2 key fingerprint is %3. Trust it "
                               "only if this matches the fingerprint published by the server's "
                               "administrator")
                             .arg(where, key.type, key.fingerprint);
    if (state->options->untrustedHost)
        state->options->untrustedHost(key);
    git_error_set_str(GIT_ERROR_SSH, "host key not trusted");
    return GIT_ECERTIFICATE;
}

int checkCertificate(git_cert *cert, int valid, const char *hostName, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    const QString host = QString::fromUtf8(hostName);
    if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2)
        return checkSshHostKey(reinterpret_cast<const git_cert_hostkey *>(cert), valid, host,
                               state);
    if (valid)
        return 0;
    if (cert->cert_type == GIT_CERT_X509) {
        const auto *x509 = reinterpret_cast<const git_cert_x509 *>(cert);
        HostKey key = HostKey::fromCertificate(
            host, state->port,
            QByteArray(static_cast<const char *>(x509->data), qsizetype(x509->len)));
        state->hostKey
            = trGit("the TLS certificate of %1 is not trusted (it is self-signed, "
                    "expired, for another host or from an unknown authority); its "
                    "SHA-256 fingerprint is %2")
                  .arg(state->port == 443 ? host
                                          : QStringLiteral("%1:%2").arg(host).arg(state->port),
                       key.fingerprint);
        if (state->options->untrustedHost)
            state->options->untrustedHost(key);
    } else {
        state->hostKey = trGit("the certificate of %1 is not trusted").arg(host);
    }
    // Keep libgit2's own verdict (the CA store): an untrusted certificate is never accepted.
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

// True when libgit2's last error says an established connection broke off (the peer went
// away mid-transfer), as opposed to one that could not be made at all.
bool connectionWasLost()
{
    const git_error *last = git_error_last();
    if (!last || !last->message)
        return false;
    if (last->klass != GIT_ERROR_NET && last->klass != GIT_ERROR_OS && last->klass != GIT_ERROR_SSH)
        return false;
    const QString text = QString::fromUtf8(last->message);
    static const char *const signs[]
        = { "broken pipe",        "connection reset",     "eof",
            "error sending data", "error receiving data", "disconnect",
            "connection closed",  "failed to send",       "failed to receive",
            "unable to send",     "unable to read" };
    for (const char *sign : signs) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// One message for a failed network operation: what, which remote, why.
QString networkError(const QString &what, const CallbackState &state)
{
    if (state.cancelled)
        return trGit("%1 %2: cancelled").arg(what, state.remote);
    if (state.failure.isEmpty() && state.hostKey.isEmpty() && connectionWasLost())
        return trGit("%1 %2 did not complete: the connection to the remote was lost (%3)")
            .arg(what, state.remote, gitErrorText());
    QString why = state.failure.isEmpty() ? gitErrorText() : state.failure;
    if (!state.hostKey.isEmpty())
        why = state.failure.isEmpty() ? state.hostKey
                                      : state.hostKey + QStringLiteral("; ") + state.failure;
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
    state.port = remotePort(QString::fromUtf8(git_remote_url(remote.get())));
    state.options = &options;
    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = callbacksFor(&state);
    const SigpipeGuard noSigpipe;
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
    state.port = remotePort(QString::fromUtf8(git_remote_url(remote.get())));
    state.options = &options;
    git_push_options pushOptions = GIT_PUSH_OPTIONS_INIT;
    pushOptions.callbacks = callbacksFor(&state);
    QByteArray refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch).toUtf8();
    char *refspecPointer = refspec.data();
    const git_strarray refspecs { &refspecPointer, 1 };
    const SigpipeGuard noSigpipe;
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
