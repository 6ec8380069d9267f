// Pushing over ssh with a passphrase-protected key, against sshd started by the test: the
// passphrase is asked for through RemoteOptions::passphrase, a mistyped one is asked for once
// more, two wrong ones end with a clear error, and the passphrase is written nowhere.

#include "sshserver.h"

#include "model/vcs/knownhosts.h"
#include "model/vcs/repository.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

const QByteArray rightPassphrase = "Pp-Right-7Kq2-NeverOnDisk";
const QByteArray wrongPassphrase = "Pp-Wrong-3Zx9-NeverOnDisk";

} // namespace

class TestGitPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void push_data();
    void push();
    void encryptedKeyWithoutPromptIsRefused();
    void passphraseNeverReachesTheDisk();
    void cleanupTestCase();

private:
    QString commitChange(const QString &text);
    QString bareHead() const;

    QTemporaryDir m_dir;
    QString m_bare;
    QString m_key; ///< the encrypted key, with its .pub beside it
    QString m_keyAlone; ///< the same key without a .pub file
    QString m_knownHosts;
    SshServer m_sshd;
    std::optional<Repository> m_repository;
    QString m_noSshd;
    QStringList m_errors; ///< every error message the pushes gave
};

void TestGitPassphrase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    isolateHome(m_dir.filePath("home"));
    qunsetenv("SSH_AUTH_SOCK");
    m_bare = m_dir.filePath("served/flows.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", m_bare }).exitCode, 0);
    QString error;
    const QString work = m_dir.filePath("work");
    m_repository = Repository::init(work, &error);
    QVERIFY2(m_repository, qPrintable(error));
    QVERIFY(copyTree(examplePath(), work));
    QVERIFY(m_repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(m_repository->stageAll(&error));
    QVERIFY(m_repository->commit("Add the example", &error));

    QDir().mkpath(m_dir.filePath("ssh"));
    m_noSshd = m_sshd.start(m_dir.filePath("ssh"), "a");
    if (!m_noSshd.isEmpty())
        return;
    m_key = m_dir.filePath("keys/protected_ed25519");
    QDir().mkpath(m_dir.filePath("keys"));
    QCOMPARE(run("ssh-keygen",
                 { "-q", "-t", "ed25519", "-N", QString::fromLatin1(rightPassphrase), "-C",
                   "flowsmith-protected", "-f", m_key })
                 .exitCode,
             0);
    m_keyAlone = m_dir.filePath("keys/alone_ed25519");
    QVERIFY(QFile::copy(m_key, m_keyAlone));
    // sshd reads authorized_keys at every login: the protected key is let in from now on.
    const QString authorized = m_dir.filePath("ssh/authorized_keys");
    QVERIFY(writeFile(authorized, readFile(authorized) + readFile(m_key + ".pub")));
    // The host is trusted already: this test is about the key.
    const QList<QByteArray> hostKey = readFile(m_sshd.hostPublicKey()).split(' ');
    QVERIFY(hostKey.size() >= 2);
    m_knownHosts = m_dir.filePath("home/.local/share/flowsmith/known_hosts");
    const HostKey key
        = HostKey::fromSshBlob("127.0.0.1", m_sshd.port(), QByteArray::fromBase64(hostKey[1]));
    QVERIFY2(KnownHosts::trust(m_knownHosts, key, &error), qPrintable(error));
    QVERIFY2(m_repository->addRemote("deploy", m_sshd.url(m_bare), &error), qPrintable(error));
}

void TestGitPassphrase::cleanupTestCase()
{
    m_sshd.stop();
}

QString TestGitPassphrase::commitChange(const QString &text)
{
    return commitReadmeLine(*m_repository, text);
}

QString TestGitPassphrase::bareHead() const
{
    return branchHead(m_bare);
}

void TestGitPassphrase::push_data()
{
    QTest::addColumn<bool>("publicFile");
    QTest::addColumn<QStringList>("answers"); // "right", "wrong" or "none", one per prompt
    QTest::addColumn<bool>("pushed");
    QTest::addColumn<QString>("errorPart");

    QTest::addRow("right passphrase") << true << QStringList { "right" } << true << QString();
    QTest::addRow("mistyped once") << true << QStringList { "wrong", "right" } << true << QString();
    QTest::addRow("wrong twice") << true << QStringList { "wrong", "wrong" } << false
                                 << "refused twice: the passphrase is wrong";
    QTest::addRow("prompt declined")
        << true << QStringList { "none" } << false << "no passphrase was given";
    QTest::addRow("no .pub, right") << false << QStringList { "right" } << true << QString();
    QTest::addRow("no .pub, mistyped once")
        << false << QStringList { "wrong", "right" } << true << QString();
    QTest::addRow("no .pub, wrong twice") << false << QStringList { "wrong", "wrong" } << false
                                          << "refused twice: the passphrase is wrong";
}

void TestGitPassphrase::push()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    QFETCH(bool, publicFile);
    QFETCH(QStringList, answers);
    QFETCH(bool, pushed);
    QFETCH(QString, errorPart);

    const QString before = bareHead();
    const QString head = commitChange(QTest::currentDataTag());
    const QString key = publicFile ? m_key : m_keyAlone;
    RemoteOptions options;
    options.sshKeyFile = key;
    options.knownHostsFile = m_knownHosts;
    QList<int> attempts;
    options.passphrase = [&](const QString &keyFile, int attempt) -> std::optional<QByteArray> {
        attempts << attempt;
        if (keyFile != key || attempts.size() > answers.size())
            return std::nullopt;
        const QString answer = answers.at(attempts.size() - 1);
        if (answer == QLatin1String("none"))
            return std::nullopt;
        return answer == QLatin1String("right") ? rightPassphrase : wrongPassphrase;
    };
    QString error;
    const bool ok = m_repository->push("deploy", options, &error);
    if (!ok)
        m_errors << error;
    qInfo("push error: %s", qPrintable(error));
    QCOMPARE(ok, pushed);
    QList<int> expected;
    for (int i = 1; i <= answers.size(); ++i)
        expected << i;
    QCOMPARE(attempts, expected);
    QCOMPARE(bareHead(), pushed ? head : before);
    if (!pushed) {
        QVERIFY2(error.contains(errorPart) && error.contains(QDir::toNativeSeparators(key)),
                 qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(wrongPassphrase)));
        QVERIFY(!error.contains(QString::fromLatin1(rightPassphrase)));
    }
}

void TestGitPassphrase::encryptedKeyWithoutPromptIsRefused()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    // flowsmith-cli has nobody to ask: it says so instead of failing twice in the dark.
    const QString before = bareHead();
    commitChange("Without a prompt");
    RemoteOptions options;
    options.sshKeyFile = m_key;
    options.knownHostsFile = m_knownHosts;
    QString error;
    QVERIFY(!m_repository->push("deploy", options, &error));
    QVERIFY2(error.contains("protected by a passphrase") && error.contains("ssh-agent"),
             qPrintable(error));
    QCOMPARE(bareHead(), before);
}

void TestGitPassphrase::passphraseNeverReachesTheDisk()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    // Not the repository, its config, the home, the settings, the known hosts nor sshd's
    // folder; nor any message the pushes gave.
    for (const QByteArray &secret : { rightPassphrase, wrongPassphrase }) {
        QCOMPARE(filesContaining(m_dir.path(), secret), QStringList());
        QCOMPARE(
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            secret),
            QStringList());
        for (const QString &error : std::as_const(m_errors))
            QVERIFY(!error.toUtf8().contains(secret));
    }
    QVERIFY(!m_errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestGitPassphrase)
#include "tst_gitpassphrase.moc"
