#include "model/vcs/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

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
    const QJsonObject object = QJsonDocument::fromJson(job.textData().toUtf8()).object();
    Credential credential;
    credential.user = object.value(QLatin1String("user")).toString();
    credential.secret = object.value(QLatin1String("secret")).toString();
    if (credential.secret.isEmpty())
        return std::nullopt;
    return credential;
}

bool KeychainCredentialStore::write(const QString &host, const Credential &credential,
                                    QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(host);
    const QJsonObject object { { QStringLiteral("user"), credential.user },
                               { QStringLiteral("secret"), credential.secret } };
    job.setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return runJob(job, error);
}

bool KeychainCredentialStore::remove(const QString &host, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(host);
    return runJob(job, error);
}

} // namespace Flowsmith
