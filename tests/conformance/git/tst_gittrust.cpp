// Host-key and certificate checks against real peers: pushes over ssh to an sshd started by
// the test (unknown host, trusted host with a key file and with ssh-agent, a changed host key)
// and fetches from an `openssl s_server` with a self-signed certificate.

#include "gittesthelpers.h"
#include "sshserver.h"

#include "model/vcs/knownhosts.h"
#include "model/vcs/repository.h"

#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

class TestGitTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostIsRefusedWithItsFingerprint();
    void trustedHostTakesThePush();
    void pushWithKeyFromSshAgent();
    void unauthorizedKeyGivesUp();
    void noKeyAtAll();
    void changedHostKeyIsRefused();
    void selfSignedCertificateIsRefused();
    void cleanupTestCase();

private:
    // Commits one more line to the example's README and returns the new HEAD.
    QString commitChange(const QString &text);
    QString bareHead() const;

    QTemporaryDir m_dir;
    QString m_bare;
    QString m_knownHosts;
    SshServer m_sshd;
    std::optional<Repository> m_repository;
    std::optional<HostKey> m_offered; ///< what the last push's untrustedHost callback got
    QProcess m_agent;
    QString m_noSshd; ///< why sshd cannot run here; empty when it runs
};

#define REQUIRE_SSHD()                                                                             \
    if (!m_noSshd.isEmpty())                                                                       \
        QSKIP(qPrintable(m_noSshd));

void TestGitTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateHome(m_dir.filePath("home"));
    m_bare = m_dir.filePath("served/flows.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", m_bare }).exitCode, 0);
    m_knownHosts = m_dir.filePath("home/.local/share/flowsmith/known_hosts");

    QString error;
    const QString work = m_dir.filePath("work");
    m_repository = Repository::init(work, &error);
    QVERIFY2(m_repository, qPrintable(error));
    QVERIFY(copyTree(examplePath(), work));
    QVERIFY(m_repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(m_repository->stageAll(&error));
    QVERIFY(m_repository->commit("Add the example", &error));

    // Without sshd the ssh cases skip, naming why; the TLS case still runs.
    QDir().mkpath(m_dir.filePath("ssh"));
    m_noSshd = m_sshd.start(m_dir.filePath("ssh"), "a");
    if (m_noSshd.isEmpty())
        QVERIFY2(m_repository->addRemote("deploy", m_sshd.url(m_bare), &error), qPrintable(error));
}

void TestGitTrust::cleanupTestCase()
{
    m_sshd.stop();
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.kill();
        m_agent.waitForFinished();
    }
}

QString TestGitTrust::commitChange(const QString &text)
{
    return commitReadmeLine(*m_repository, text);
}

QString TestGitTrust::bareHead() const
{
    return branchHead(m_bare);
}

void TestGitTrust::unknownHostIsRefusedWithItsFingerprint()
{
    REQUIRE_SSHD();
    RemoteOptions options;
    options.sshKeyFile = m_sshd.userKey();
    options.knownHostsFile = m_knownHosts;
    options.untrustedHost = [this](const HostKey &key) {
        m_offered = key;
    };
    QString error;
    QVERIFY(!m_repository->push("deploy", options, &error));
    qInfo("push error: %s", qPrintable(error));

    const QString fingerprint = sshFingerprint(m_sshd.hostPublicKey());
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    QVERIFY2(error.contains(fingerprint), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("push to deploy"))
                 && error.contains(QLatin1String("unknown")),
             qPrintable(error));
    QVERIFY(m_offered);
    QCOMPARE(m_offered->trust, HostKey::Unknown);
    QCOMPARE(m_offered->fingerprint, fingerprint);
    QCOMPARE(m_offered->type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(m_offered->port, int(m_sshd.port()));
    QCOMPARE(bareHead(), QString());
    QVERIFY(!QFile::exists(m_knownHosts));
}

void TestGitTrust::trustedHostTakesThePush()
{
    REQUIRE_SSHD();
    QVERIFY(m_offered);
    QString error;
    QVERIFY2(KnownHosts::trust(m_knownHosts, *m_offered, &error), qPrintable(error));
    // The line OpenSSH itself would write, with the key from the server's .pub file.
    const QList<QByteArray> publicKey = readFile(m_sshd.hostPublicKey()).split(' ');
    QCOMPARE(readFile(m_knownHosts),
             "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + publicKey[0] + ' '
                 + publicKey[1] + '\n');
    const Run sshCheck
        = run("ssh-keygen",
              { "-F", QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), "-f", m_knownHosts });
    QCOMPARE(sshCheck.exitCode, 0);

    m_offered.reset();
    RemoteOptions options;
    options.sshKeyFile = m_sshd.userKey();
    options.knownHostsFile = m_knownHosts;
    options.untrustedHost = [this](const HostKey &key) {
        m_offered = key;
    };
    QVERIFY2(m_repository->push("deploy", options, &error), qPrintable(error));
    QVERIFY(!m_offered);
    QCOMPARE(bareHead(), m_repository->resolve("HEAD"));
    const Run log = run("git", { "--git-dir", m_bare, "log", "--format=%s", "main" });
    QCOMPARE(log.out, QByteArray("Add the example\n"));
}

void TestGitTrust::pushWithKeyFromSshAgent()
{
    REQUIRE_SSHD();
    QVERIFY(QFile::exists(m_knownHosts));
    const QString socket = m_dir.filePath("agent.sock");
    m_agent.setProcessChannelMode(QProcess::MergedChannels);
    m_agent.start("ssh-agent", { "-D", "-a", socket });
    QVERIFY(m_agent.waitForStarted());
    QProcessEnvironment env = gitEnvironment();
    env.insert("SSH_AUTH_SOCK", socket);
    auto sshAdd = [&env](const QStringList &args) {
        QProcess add;
        add.setProcessEnvironment(env);
        add.start("ssh-add", args);
        add.waitForFinished();
        return add.exitStatus() == QProcess::NormalExit ? add.exitCode() : -1;
    };
    // The socket appears before the agent listens on it; `ssh-add -l` exits 2 until it does.
    for (int i = 0; i < 100 && sshAdd({ "-l" }) == 2; ++i)
        QThread::msleep(20);
    QCOMPARE(sshAdd({ m_sshd.userKey() }), 0);
    QCOMPARE(sshAdd({ "-l" }), 0);

    const QString head = commitChange("Pushed with a key from ssh-agent");
    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    // No key file: the agent. No known-hosts file: Flowsmith's own, where the host was trusted.
    QCOMPARE(KnownHosts::flowsmithFile(), m_knownHosts);
    RemoteOptions options;
    QString error;
    const bool pushed = m_repository->push("deploy", options, &error);
    qputenv("SSH_AUTH_SOCK", previous);
    m_agent.kill();
    m_agent.waitForFinished();
    QVERIFY2(pushed, qPrintable(error));
    QCOMPARE(bareHead(), head);
}

void TestGitTrust::unauthorizedKeyGivesUp()
{
    REQUIRE_SSHD();
    const QString stranger = m_dir.filePath("stranger_ed25519");
    QVERIFY(makeSshKey(stranger));
    const QString before = bareHead();
    commitChange("Never arrives");
    RemoteOptions options;
    options.sshKeyFile = stranger;
    options.knownHostsFile = m_knownHosts;
    QString error;
    QVERIFY(!m_repository->push("deploy", options, &error));
    qInfo("push error: %s", qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("push to deploy failed"))
                 && error.contains(QLatin1String("ssh key was not accepted")),
             qPrintable(error));
    QCOMPARE(bareHead(), before);
}

void TestGitTrust::noKeyAtAll()
{
    REQUIRE_SSHD();
    // No key file, no agent, nothing in the (private) ~/.ssh.
    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    const QString before = bareHead();
    QString error;
    const bool pushed = m_repository->push("deploy", {}, &error);
    qputenv("SSH_AUTH_SOCK", previous);
    QVERIFY(!pushed);
    QVERIFY2(error.contains(QLatin1String("no ssh key")), qPrintable(error));
    QCOMPARE(bareHead(), before);
}

void TestGitTrust::changedHostKeyIsRefused()
{
    REQUIRE_SSHD();
    // Another server answers on the same address and port, with another host key.
    const quint16 port = m_sshd.port();
    m_sshd.stop();
    const QString why = m_sshd.start(m_dir.filePath("ssh"), "b", port);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString before = bareHead();
    RemoteOptions options;
    options.sshKeyFile = m_sshd.userKey();
    options.knownHostsFile = m_knownHosts;
    m_offered.reset();
    options.untrustedHost = [this](const HostKey &key) {
        m_offered = key;
    };
    QString error;
    QVERIFY(!m_repository->push("deploy", options, &error));
    qInfo("push error: %s", qPrintable(error));
    const QString fingerprint = sshFingerprint(m_sshd.hostPublicKey());
    QVERIFY2(error.contains(QLatin1String("changed")) && error.contains(fingerprint),
             qPrintable(error));
    QVERIFY(m_offered);
    QCOMPARE(m_offered->trust, HostKey::Changed);
    QCOMPARE(bareHead(), before);
}

void TestGitTrust::selfSignedCertificateIsRefused()
{
    const QString cert = m_dir.filePath("tls/cert.pem");
    const QString key = m_dir.filePath("tls/key.pem");
    QDir().mkpath(m_dir.filePath("tls"));
    const Run req
        = run("openssl",
              { "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1" });
    if (req.exitCode != 0)
        QSKIP("openssl cannot make a certificate (install openssl)");
    const QByteArray printed
        = run("openssl", { "x509", "-in", cert, "-noout", "-fingerprint", "-sha256" }).out;
    const QString fingerprint
        = QString::fromLatin1(printed.mid(printed.indexOf('=') + 1).trimmed());
    QVERIFY(fingerprint.count(u':') == 31);

    const quint16 port = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start("openssl",
                 { "s_server", "-accept", QStringLiteral("127.0.0.1:%1").arg(port), "-cert", cert,
                   "-key", key, "-www", "-quiet" });
    QVERIFY(server.waitForStarted());
    QVERIFY2(waitForPort(port, &server), server.readAll().constData());

    QString error;
    QVERIFY(m_repository->addRemote(
        "secure", QStringLiteral("https://127.0.0.1:%1/flows.git").arg(port), &error));
    m_offered.reset();
    RemoteOptions options;
    options.knownHostsFile = m_knownHosts;
    options.untrustedHost = [this](const HostKey &host) {
        m_offered = host;
    };
    QVERIFY(!m_repository->fetch("secure", options, &error));
    qInfo("fetch error: %s", qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("fetch from secure failed"))
                 && error.contains(QLatin1String("certificate"))
                 && error.contains(QLatin1String("not trusted")) && error.contains(fingerprint),
             qPrintable(error));
    QVERIFY(m_offered);
    QCOMPARE(m_offered->kind, HostKey::Tls);
    QCOMPARE(m_offered->fingerprint, fingerprint);
    // Trusting works for ssh host keys only: a certificate is never pinned around the CA store.
    QVERIFY(!KnownHosts::trust(m_knownHosts, *m_offered, &error));

    m_offered.reset();
    const QString before = bareHead();
    QVERIFY(!m_repository->push("secure", options, &error));
    QVERIFY2(error.contains(QLatin1String("push to secure failed")) && error.contains(fingerprint),
             qPrintable(error));
    QVERIFY(m_offered);
    QCOMPARE(git(m_repository->workDir(), { "for-each-ref", "refs/remotes/secure" }).out,
             QByteArray());
    QCOMPARE(bareHead(), before);
    server.kill();
    server.waitForFinished();
}

QTEST_GUILESS_MAIN(TestGitTrust)
#include "tst_gittrust.moc"
