#pragma once

#include "model/vcs/credentialstore.h"

namespace Flowsmith {

/// Credentials in the system keychain through qtkeychain (Secret Service on Linux): service
/// "flowsmith", key = the remote's host. Each call waits for the keychain in a local event
/// loop, so use it from a thread that may block (the studio's network worker, the CLI).
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("flowsmith"));

    std::optional<Credential> read(const QString &host) override;
    bool write(const QString &host, const Credential &credential, QString *error) override;
    bool remove(const QString &host, QString *error) override;

    /// Why the last read found nothing ("No keychain service available"…), for messages.
    QString lastError() const { return m_lastError; }

private:
    QString m_service;
    QString m_lastError;
};

} // namespace Flowsmith
