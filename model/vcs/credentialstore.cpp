#include "model/vcs/credentialstore.h"

namespace Flowsmith {

CredentialStore::~CredentialStore() = default;

std::optional<Credential> MemoryCredentialStore::read(const QString &host)
{
    ++m_reads;
    const auto it = m_credentials.constFind(host);
    if (it == m_credentials.cend())
        return std::nullopt;
    return *it;
}

bool MemoryCredentialStore::write(const QString &host, const Credential &credential, QString *)
{
    m_credentials.insert(host, credential);
    return true;
}

bool MemoryCredentialStore::remove(const QString &host, QString *)
{
    m_credentials.remove(host);
    return true;
}

} // namespace Flowsmith
