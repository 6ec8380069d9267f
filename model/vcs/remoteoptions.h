#pragma once

#include "model/vcs/hostkey.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Flowsmith {

class CredentialStore;

/// How far a fetch or push has come. `total` is 0 while unknown.
struct TransferProgress
{
    enum Stage { Receiving, Indexing, Pushing };
    Stage stage = Receiving;
    qint64 current = 0;
    qint64 total = 0;
    qint64 bytes = 0;
};

/// What network work needs from its caller: where https tokens and ssh keys come from, which
/// hosts are trusted, a flag that cancels the transfer (checked in every progress callback)
/// and where progress goes. Callbacks are called on the thread doing the work.
struct RemoteOptions
{
    CredentialStore *credentials = nullptr;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const TransferProgress &)> progress;
    /// A known_hosts file of hosts the user trusted in Flowsmith, read besides
    /// ~/.ssh/known_hosts (KnownHosts); empty: KnownHosts::flowsmithFile(). Host-key and
    /// certificate checks are never switched off.
    QString knownHostsFile;
    /// The private key for ssh URLs. Empty: ssh-agent (SSH_AUTH_SOCK), then ~/.ssh/id_ed25519,
    /// id_ecdsa and id_rsa where they exist (an encrypted one is unlocked through `passphrase`).
    QString sshKeyFile;
    /// Asked for the passphrase of an encrypted ssh key file, on the thread doing the work;
    /// `attempt` is 2 when the first passphrase was not accepted. Return nothing to give up.
    /// The passphrase is handed to libgit2 and wiped; it is never stored. Without this
    /// callback an encrypted key file is refused with a hint to use ssh-agent.
    std::function<std::optional<QByteArray>(const QString &keyFile, int attempt)> passphrase;
    /// Told about a host whose key or certificate was not trusted, before the operation fails:
    /// the studio shows the fingerprint and offers to trust an unknown ssh host.
    std::function<void(const HostKey &)> untrustedHost;
};

} // namespace Flowsmith
