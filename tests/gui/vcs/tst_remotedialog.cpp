// The remote dialog against a real sshd started by the test: pushing to an unknown host shows
// its fingerprint and a Trust button; pressing it records the host and the push goes through.
// A changed host key afterwards is refused without an offer to trust it.
// FLOWSMITH_SCREENSHOT_DIR=dir saves what the prompt looks like.

#include "tests/conformance/git/sshserver.h"

#include "editors/vcs/remotedialog.h"
#include "model/vcs/repository.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

class TestRemoteDialog : public QObject
{
    Q_OBJECT

private slots:
    void unknownHostIsShownAndCanBeTrusted();
};

void TestRemoteDialog::unknownHostIsShownAndCanBeTrusted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath("home");
    isolateHome(home);
    qunsetenv("SSH_AUTH_SOCK");
    QDir().mkpath(dir.filePath("ssh"));
    SshServer sshd;
    const QString why = sshd.start(dir.filePath("ssh"), "a");
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    // The studio finds the user's default key, as OpenSSH would.
    QDir().mkpath(home + "/.ssh");
    QVERIFY(QFile::copy(sshd.userKey(), home + "/.ssh/id_ed25519"));
    QVERIFY(QFile::copy(sshd.userKey() + ".pub", home + "/.ssh/id_ed25519.pub"));

    const QString bare = dir.filePath("served/flows.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    const QString work = dir.filePath("work");
    QString error;
    std::optional<Repository> repository = Repository::init(work, &error);
    QVERIFY(repository);
    QVERIFY(copyTree(examplePath(), work));
    QVERIFY(repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit("Add the example", &error));
    QVERIFY(repository->addRemote("deploy", sshd.url(bare), &error));

    RemoteDialog dialog(&*repository);
    const QString knownHosts = dir.filePath("flowsmith/known_hosts");
    dialog.setKnownHostsFile(knownHosts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.trustButton()->isVisible());
    QSignalSpy finished(&dialog, &RemoteDialog::operationFinished);

    QTest::mouseClick(dialog.pushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString fingerprint = sshFingerprint(sshd.hostPublicKey());
    const QString shown = dialog.statusLabel()->text();
    QVERIFY2(shown.contains(fingerprint) && shown.contains(QLatin1String("unknown")),
             qPrintable(shown));
    QVERIFY(dialog.trustButton()->isVisible());
    QVERIFY(dialog.trustButton()->isEnabled());
    QVERIFY(dialog.hostLabel()->isVisible());
    QVERIFY(dialog.hostLabel()->text().contains(fingerprint));
    QVERIFY(dialog.untrustedHost());
    QCOMPARE(dialog.untrustedHost()->fingerprint, fingerprint);
    QVERIFY(run("git", { "--git-dir", bare, "rev-parse", "--verify", "-q", "main" }).exitCode != 0);
    QVERIFY(!QFile::exists(knownHosts));
    const QString shots = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + "/remote-unknown-host.png");

    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(!dialog.trustButton()->isVisible());
    QVERIFY(!dialog.hostLabel()->isVisible());
    QCOMPARE(run("ssh-keygen",
                 { "-F", QStringLiteral("[127.0.0.1]:%1").arg(sshd.port()), "-f", knownHosts })
                 .exitCode,
             0);
    QCOMPARE(run("git", { "--git-dir", bare, "rev-parse", "main" }).out.trimmed(),
             repository->resolve("HEAD").toLatin1());
    QCOMPARE(run("git", { "--git-dir", bare, "log", "--format=%s", "main" }).out,
             QByteArray("Add the example\n"));

    // Another key on the same address: refused, and no offer to trust it.
    const quint16 port = sshd.port();
    sshd.stop();
    const QString restarted = sshd.start(dir.filePath("ssh"), "b", port);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QVERIFY(writeFile(work + "/README.md", readFile(work + "/README.md") + "More.\n"));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit("More", &error));
    QTest::mouseClick(dialog.pushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    QCOMPARE(finished.at(2).at(0).toBool(), false);
    const QString refused = dialog.statusLabel()->text();
    QVERIFY2(refused.contains(QLatin1String("changed"))
                 && refused.contains(sshFingerprint(sshd.hostPublicKey())),
             qPrintable(refused));
    QVERIFY(!dialog.trustButton()->isVisible());
    QVERIFY(!dialog.hostLabel()->isVisible());
    QVERIFY(!dialog.untrustedHost());
    QVERIFY(run("git", { "--git-dir", bare, "log", "--format=%s", "main" }).out
            == QByteArray("Add the example\n"));
}

QTEST_MAIN(TestRemoteDialog)
#include "tst_remotedialog.moc"
