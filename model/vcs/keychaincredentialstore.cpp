#include "model/vcs/keychaincredentialstore.h"

#include "model/data/jsonvariant.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace Flowsmith {

namespace {

// Runs a qtkeychain job to its end; true when it succeeded.
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    // The fallback would keep the token in a plain-text settings file.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service)
    : m_service(service)
{ }

std::optional<Credential> KeychainCredentialStore::read(const QString &host)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(host);
    m_lastError.clear();
    if (!runJob(job, &m_lastError))
        return std::nullopt;
    FileError error;
    const QVariantMap entry = parseJsonText(job.textData(), QStringLiteral("keychain"), &error)
                                  .value_or(QVariant())
                                  .toMap();
    Credential credential;
    credential.user = entry.value(QStringLiteral("user")).toString();
    credential.secret = entry.value(QStringLiteral("secret")).toString();
    if (credential.secret.isEmpty())
        return std::nullopt;
    return credential;
}

bool KeychainCredentialStore::write(const QString &host, const Credential &credential,
                                    QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(host);
    const QVariantMap entry { { QStringLiteral("user"), credential.user },
                              { QStringLiteral("secret"), credential.secret } };
    job.setTextData(toCompactText(entry));
    return runJob(job, error);
}

bool KeychainCredentialStore::remove(const QString &host, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(host);
    return runJob(job, error);
}

} // namespace Flowsmith
