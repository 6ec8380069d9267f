#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Flowsmith {

/// A user name and token (or password) for one remote host.
struct Credential
{
    QString user;
    QString secret;
};

/// Where https tokens for remotes live, keyed by the remote URL's host. Never the project,
/// .git/config, settings or logs: the studio uses the system keychain (KeychainCredentialStore),
/// tests an in-memory store.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    virtual std::optional<Credential> read(const QString &host) = 0;
    virtual bool write(const QString &host, const Credential &credential, QString *error) = 0;
    virtual bool remove(const QString &host, QString *error) = 0;
};

/// Keeps credentials in memory only, for tests and for one session without a keychain.
class MemoryCredentialStore : public CredentialStore
{
public:
    std::optional<Credential> read(const QString &host) override;
    bool write(const QString &host, const Credential &credential, QString *error) override;
    bool remove(const QString &host, QString *error) override;

    int readCount() const { return m_reads; } ///< how often a credential was asked for

private:
    QHash<QString, Credential> m_credentials;
    int m_reads = 0;
};

} // namespace Flowsmith
