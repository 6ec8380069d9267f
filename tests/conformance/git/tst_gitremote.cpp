// Pushes and fetches against real peers: a bare repository over file://, and `git daemon`
// started by the test on 127.0.0.1 — also stopped under a push. Tokens never reach the disk.

#include "gittesthelpers.h"

#include "model/vcs/credentialstore.h"
#include "model/vcs/repository.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>
#include <unistd.h>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

// An HTTP remote that refuses every request with 401, on its own thread (the push blocks the
// test's thread). It records the Authorization headers it was sent.
class RefusingServer : public QObject
{
public:
    quint16 start()
    {
        m_thread.start();
        moveToThread(&m_thread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            this,
            [this, &port] {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost, 0);
                port = m_server->serverPort();
                connect(m_server, &QTcpServer::newConnection, this, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        connect(socket, &QTcpSocket::readyRead, socket,
                                [this, socket] { answer(socket); });
                });
            },
            Qt::BlockingQueuedConnection);
        return port;
    }
    void stop()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QList<QByteArray> authorizations() const
    {
        QMutexLocker lock(&m_mutex);
        return m_authorizations;
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("authorization: basic ")) {
                QMutexLocker lock(&m_mutex);
                m_authorizations << QByteArray::fromBase64(line.mid(21).trimmed());
            }
        }
        m_pending.remove(socket);
        socket->write("HTTP/1.1 401 Unauthorized\r\n"
                      "WWW-Authenticate: Basic realm=\"flowsmith-test\"\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending;
    mutable QMutex m_mutex;
    QList<QByteArray> m_authorizations;
};

} // namespace

class TestGitRemote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushToBareOverFile();
    void pushToGitDaemon();
    void pushToStoppedDaemonKeepsCommit();
    void daemonStoppedDuringPush();
    void cancelledPush();
    void urlsWithPasswordsAreRefused_data();
    void urlsWithPasswordsAreRefused();
    void tokenNeverReachesTheDisk();
    void credentialsGiveUpAfterTwoAttempts();

private:
    std::optional<Repository> exampleRepository(const QString &folder);
    // Starts git daemon serving `base` on a free port; returns its URL prefix.
    QString startDaemon(QProcess *daemon, const QString &base);

    QTemporaryDir m_home;
};

void TestGitRemote::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateHome(m_home.filePath(QStringLiteral("home")));
}

std::optional<Repository> TestGitRemote::exampleRepository(const QString &folder)
{
    QString error;
    std::optional<Repository> repository = Repository::init(folder, &error);
    if (!repository || !copyTree(examplePath(), folder)
        || !repository->setIdentity({ QStringLiteral("Ada"), QStringLiteral("ada@example.com") },
                                    &error)
        || !repository->stageAll(&error) || !repository->commit("Add the example", &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return repository;
}

QString TestGitRemote::startDaemon(QProcess *daemon, const QString &base)
{
    const quint16 port = freePort();
    daemon->setProcessEnvironment(gitEnvironment());
    daemon->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so that a test can stop it together with its receive-pack.
    daemon->setChildProcessModifier([] { ::setsid(); });
    // The daemon itself, not the `git` wrapper: killing the wrapper would orphan it.
    const QString exec = QString::fromUtf8(run("git", { "--exec-path" }).out.trimmed());
    daemon->start(exec + QStringLiteral("/git-daemon"),
                  { "--reuseaddr", "--enable=receive-pack", "--export-all", "--base-path=" + base,
                    "--listen=127.0.0.1", "--port=" + QString::number(port), base });
    if (!daemon->waitForStarted())
        return {};
    // Ready when it accepts connections.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return QStringLiteral("git://127.0.0.1:%1/").arg(port);
        QThread::msleep(50);
    }
    return {};
}

void TestGitRemote::pushToBareOverFile()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath("remote.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("origin", QUrl::fromLocalFile(bare).toString(), &error));
    QList<TransferProgress> progress;
    RemoteOptions options;
    options.progress = [&](const TransferProgress &p) {
        progress << p;
    };
    QVERIFY2(repository->push("origin", options, &error), qPrintable(error));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(
        QString::fromUtf8(run("git", { "--git-dir", bare, "rev-parse", "main" }).out.trimmed()),
        repository->resolve("HEAD"));
    QCOMPARE(run("git", { "--git-dir", bare, "fsck", "--strict" }).exitCode, 0);
    // The branch now tracks its remote twin, as after `git push -u`.
    QCOMPARE(git(repository->workDir(), { "rev-parse", "--abbrev-ref", "main@{upstream}" })
                 .out.trimmed(),
             QByteArray("origin/main"));
    QVERIFY(repository->fetch("origin", {}, &error));
}

void TestGitRemote::pushToGitDaemon()
{
    QTemporaryDir dir;
    const QString base = dir.filePath("served");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", base + "/flows.git" }).exitCode, 0);
    QProcess daemon;
    const QString url = startDaemon(&daemon, base);
    QVERIFY2(!url.isEmpty(), daemon.readAll().constData());
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("origin", url + "flows.git", &error));
    QVERIFY2(repository->push("origin", {}, &error), qPrintable(error));
    QCOMPARE(
        QString::fromUtf8(
            run("git", { "--git-dir", base + "/flows.git", "rev-parse", "main" }).out.trimmed()),
        repository->resolve("HEAD"));
    // A clone over git:// reads back what we pushed.
    const Run clone = run("git", { "clone", "-q", url + "flows.git", dir.filePath("clone") });
    QVERIFY2(clone.exitCode == 0, clone.err.constData());
    QCOMPARE(readFile(dir.filePath("clone/flows/order-sync.flow.yaml")),
             readFile(dir.filePath("work/flows/order-sync.flow.yaml")));
    daemon.terminate();
    daemon.waitForFinished();
}

void TestGitRemote::pushToStoppedDaemonKeepsCommit()
{
    QTemporaryDir dir;
    const QString base = dir.filePath("served");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", base + "/flows.git" }).exitCode, 0);
    QProcess daemon;
    const QString url = startDaemon(&daemon, base);
    QVERIFY(!url.isEmpty());
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("deploy", url + "flows.git", &error));
    const QString head = repository->resolve("HEAD");

    // The daemon goes away between the commit and the push.
    daemon.kill();
    daemon.waitForFinished();
    QVERIFY(!repository->push("deploy", {}, &error));
    qInfo("push error: %s", qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("push to deploy failed")), qPrintable(error));
    QVERIFY2(error.size() > QStringLiteral("push to deploy failed: ").size() + 5,
             qPrintable(error));
    QCOMPARE(repository->resolve("HEAD"), head);
    const Run fsck = git(repository->workDir(), { "fsck", "--strict", "--no-dangling" });
    QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    QCOMPARE(git(repository->workDir(), { "status", "--porcelain" }).out, QByteArray());
}

// The daemon and its receive-pack die while the pack is on the wire: the push fails with a
// message that names the remote and the lost connection, nothing changes on either side.
void TestGitRemote::daemonStoppedDuringPush()
{
    QTemporaryDir dir;
    const QString base = dir.filePath("served");
    const QString bare = base + "/flows.git";
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    QProcess daemon;
    const QString url = startDaemon(&daemon, base);
    QVERIFY2(!url.isEmpty(), daemon.readAll().constData());
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("deploy", url + "flows.git", &error));
    QVERIFY2(repository->push("deploy", {}, &error), qPrintable(error));
    const QString deployed = repository->resolve("HEAD");

    // 8 MiB of seeded noise: zlib cannot shrink it, so the pack is on the wire for a while.
    QByteArray noise(8 << 20, Qt::Uninitialized);
    QRandomGenerator random(20261126);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QVERIFY(writeFile(dir.filePath("work/samples/noise.bin"), noise));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit("Add a large sample", &error));
    const QString head = repository->resolve("HEAD");
    QVERIFY(head != deployed);

    // Killed from the first report of bytes sent: the rest of the pack cannot arrive.
    qint64 sentWhenKilled = -1;
    RemoteOptions options;
    options.progress = [&](const TransferProgress &progress) {
        if (sentWhenKilled < 0 && progress.stage == TransferProgress::Pushing
            && progress.bytes > 0) {
            sentWhenKilled = progress.bytes;
            ::kill(-pid_t(daemon.processId()), SIGKILL);
        }
    };
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!repository->push("deploy", options, &error));
    qInfo("push error after %lld ms, %lld bytes sent: %s", timer.elapsed(), sentWhenKilled,
          qPrintable(error));
    daemon.waitForFinished();
    QVERIFY2(sentWhenKilled > 0 && sentWhenKilled < noise.size(),
             qPrintable(QString::number(sentWhenKilled)));
    QVERIFY2(error.contains(QLatin1String("push to deploy")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("connection")) && error.contains(QLatin1String("lost")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("did not complete")), qPrintable(error));

    // The local commit is intact, the repository sound, the remote still at the old commit.
    QCOMPARE(repository->resolve("HEAD"), head);
    QCOMPARE(git(repository->workDir(), { "rev-parse", "main" }).out.trimmed(), head.toLatin1());
    const Run fsck = git(repository->workDir(), { "fsck", "--strict", "--no-dangling" });
    QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    QCOMPARE(run("git", { "--git-dir", bare, "rev-parse", "main" }).out.trimmed(),
             deployed.toLatin1());
    QCOMPARE(readFile(repository->workDir() + "/samples/noise.bin"), noise);
}

void TestGitRemote::cancelledPush()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath("remote.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    QString error;
    QVERIFY(repository->addRemote("origin", QUrl::fromLocalFile(bare).toString(), &error));
    std::atomic_bool cancel = true;
    RemoteOptions options;
    options.cancel = &cancel;
    QVERIFY(!repository->push("origin", options, &error));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(run("git", { "--git-dir", bare, "rev-parse", "--verify", "-q", "main" }).exitCode != 0);
    QCOMPARE(git(repository->workDir(), { "fsck", "--no-dangling" }).exitCode, 0);
}

void TestGitRemote::urlsWithPasswordsAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::addRow("https with token") << "https://ada:ghp_secret123@git.example.com/x.git" << true;
    QTest::addRow("http with password") << "http://user:pw@example.com/x.git" << true;
    QTest::addRow("https with user only") << "https://ada@git.example.com/x.git" << false;
    QTest::addRow("ssh") << "ssh://git@example.com/x.git" << false;
    QTest::addRow("scp-like") << "git@example.com:team/x.git" << false;
    QTest::addRow("file") << "file:///tmp/x.git" << false;
}

void TestGitRemote::urlsWithPasswordsAreRefused()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QTemporaryDir dir;
    QString error;
    auto repository = Repository::init(dir.path(), &error);
    QVERIFY(repository);
    QCOMPARE(repository->addRemote("origin", url, &error), !refused);
    QCOMPARE(Repository::checkRemoteUrl(url).isEmpty(), !refused);
    if (!refused)
        return;
    QVERIFY(!error.contains(QLatin1String("secret123")) && !error.contains(QLatin1String(":pw@")));
    // A remote that someone added by hand is refused before any connection.
    QCOMPARE(git(dir.path(), { "remote", "add", "sneaky", url }).exitCode, 0);
    QVERIFY(!repository->fetch("sneaky", {}, &error));
    QVERIFY2(error.contains(QLatin1String("sneaky")) && error.contains(QLatin1String("password")),
             qPrintable(error));
}

void TestGitRemote::tokenNeverReachesTheDisk()
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray token = "glpat-Zx81TokenNeverOnDisk42";
    QTemporaryDir dir;
    const QString base = dir.filePath("served");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", base + "/flows.git" }).exitCode, 0);
    QProcess daemon;
    const QString url = startDaemon(&daemon, base);
    QVERIFY(!url.isEmpty());
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);

    MemoryCredentialStore store;
    QString error;
    QVERIFY(store.write("127.0.0.1", { "ada", QString::fromLatin1(token) }, &error));
    QVERIFY(store.write(QUrl::fromLocalFile(base).host(), { "ada", QString::fromLatin1(token) },
                        &error));
    QSettings settings; // what the studio would write next to it
    settings.setValue("vcs/lastRemote", url);
    settings.sync();

    RemoteOptions options;
    options.credentials = &store;
    QVERIFY(repository->addRemote("daemon", url + "flows.git", &error));
    QVERIFY(
        repository->addRemote("file", QUrl::fromLocalFile(base + "/flows.git").toString(), &error));
    QVERIFY2(repository->push("daemon", options, &error), qPrintable(error));
    QVERIFY2(repository->fetch("file", options, &error), qPrintable(error));
    daemon.terminate();
    daemon.waitForFinished();

    // Neither transport asks for a token, and none may be written anywhere.
    QCOMPARE(filesContaining(dir.path(), token), QStringList());
    QCOMPARE(filesContaining(m_home.path(), token), QStringList());
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(filesContaining(config, token), QStringList());
    QVERIFY(!readFile(repository->workDir() + "/.git/config").contains("glpat-"));
    QCOMPARE(store.readCount(), 0);
    settings.clear();
}

void TestGitRemote::credentialsGiveUpAfterTwoAttempts()
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray token = "ghp_" + QByteArray("Rejected0Token1Never2On3Disk4Zz");
    RefusingServer server;
    const quint16 port = server.start();
    QVERIFY(port != 0);
    QTemporaryDir dir;
    auto repository = exampleRepository(dir.filePath("work"));
    QVERIFY(repository);
    MemoryCredentialStore store;
    QString error;
    QVERIFY(store.write("127.0.0.1", { "ada", QString::fromLatin1(token) }, &error));
    QVERIFY(repository->addRemote(
        "origin", QStringLiteral("http://127.0.0.1:%1/flows.git").arg(port), &error));
    const QString head = repository->resolve("HEAD");
    RemoteOptions options;
    options.credentials = &store;
    QVERIFY(!repository->push("origin", options, &error));
    server.stop();
    qInfo("push error: %s", qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("push to origin failed"))
                 && error.contains(QLatin1String("failed twice")),
             qPrintable(error));
    // The token was offered (that is how the server saw it), twice, then no more.
    QCOMPARE(store.readCount(), 2);
    const QList<QByteArray> seen = server.authorizations();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first(), "ada:" + token);
    QVERIFY(!error.contains(QString::fromLatin1(token)));
    // …and went nowhere else: not the repository, its config, the home or the settings.
    QCOMPARE(filesContaining(dir.path(), token), QStringList());
    QCOMPARE(filesContaining(m_home.path(), token), QStringList());
    QCOMPARE(filesContaining(
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), token),
             QStringList());
    QCOMPARE(repository->resolve("HEAD"), head);
}

QTEST_GUILESS_MAIN(TestGitRemote)
#include "tst_gitremote.moc"
