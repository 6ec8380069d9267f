// KeychainCredentialStore against a real Secret Service: the test runs itself again inside a
// private D-Bus session with its own gnome-keyring-daemon and a throw-away HOME, so no
// user's keyring is touched.

#include "gittesthelpers.h"

#include "model/vcs/keychaincredentialstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

const char childVariable[] = "FLOWSMITH_KEYRING_CHILD";
const QString token = QStringLiteral("glpat-") + QStringLiteral("Kc7rT2uVw9Xy4Zq1Lm8N");

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripInPrivateSession();
    void storeReadRemove(); // the part that runs inside the session
};

void TestKeychainStore::roundTripInPrivateSession()
{
    if (qEnvironmentVariableIsSet(childVariable))
        QSKIP("runs in the parent only");
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (session.isEmpty() || keyring.isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (packages dbus-daemon, "
              "gnome-keyring)");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The daemon reads the new keyring's password from stdin and unlocks it.
    process.start(session,
                  { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("printf flowsmith-test | %1 --unlock --components=secrets "
                                   ">/dev/null && exec \"$0\" storeReadRemove")
                        .arg(keyring),
                    QCoreApplication::applicationFilePath() });
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(60000)) {
        process.kill();
        QFAIL("the keyring session did not finish within 60 s");
    }
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychainStore::storeReadRemove()"), output.constData());
    // The keyring on disk is encrypted: the token is nowhere in plain text.
    QCOMPARE(filesContaining(home.path(), token.toUtf8()), QStringList());
}

void TestKeychainStore::storeReadRemove()
{
    if (!qEnvironmentVariableIsSet(childVariable))
        QSKIP("runs inside the private keyring session only (see roundTripInPrivateSession)");
    KeychainCredentialStore store(QStringLiteral("flowsmith-test"));
    QString error;
    QVERIFY2(
        store.write(QStringLiteral("git.example.com"), { QStringLiteral("ada"), token }, &error),
        qPrintable(error));
    const std::optional<Credential> read = store.read(QStringLiteral("git.example.com"));
    QVERIFY2(read, qPrintable(store.lastError()));
    QCOMPARE(read->user, QStringLiteral("ada"));
    QCOMPARE(read->secret, token);
    QVERIFY(!store.read(QStringLiteral("other.example.com")));
    QVERIFY2(store.remove(QStringLiteral("git.example.com"), &error), qPrintable(error));
    QVERIFY(!store.read(QStringLiteral("git.example.com")));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
