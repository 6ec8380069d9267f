// The remote dialog against a real sshd started by the test: pushing to an unknown host shows
// its fingerprint and a Trust button; pressing it records the host and the push goes through.
// A changed host key afterwards is refused without an offer to trust it. A chosen key file
// protected by a passphrase: the dialog asks for it, once more when it was wrong, gives up after
// two, remembers the key's path for the remote and writes the passphrase nowhere.
// FLOWSMITH_SCREENSHOT_DIR=dir saves what the prompt looks like.

#include "tests/conformance/git/sshserver.h"

#include "editors/vcs/passphraseprompt.h"
#include "editors/vcs/remotedialog.h"
#include "editors/vcs/sshkeyfield.h"
#include "model/vcs/knownhosts.h"
#include "model/vcs/repository.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

class TestRemoteDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostIsShownAndCanBeTrusted();
    void chosenKeyAsksForItsPassphrase();

private:
    QTemporaryDir m_settings; ///< where QSettings writes, whatever HOME says
};

namespace {

// Types `text` into the open passphrase prompt and presses Return.
bool answerPrompt(PassphrasePrompt *prompt, const QByteArray &text)
{
    QInputDialog *dialog = prompt->dialog();
    QLineEdit *edit = dialog ? dialog->findChild<QLineEdit *>() : nullptr;
    if (!edit || edit->echoMode() != QLineEdit::Password)
        return false;
    QTest::keyClicks(edit, QString::fromUtf8(text));
    QTest::keyClick(edit, Qt::Key_Return);
    return true;
}

} // namespace

void TestRemoteDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

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

void TestRemoteDialog::chosenKeyAsksForItsPassphrase()
{
    const QByteArray passphrase = "Gui-Pass-4Tq8-NeverOnDisk";
    const QByteArray mistyped = "Gui-Typo-9Wm2-NeverOnDisk";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    isolateHome(dir.filePath("home"));
    qunsetenv("SSH_AUTH_SOCK");
    QDir().mkpath(dir.filePath("ssh"));
    SshServer sshd;
    const QString why = sshd.start(dir.filePath("ssh"), "a");
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    // Nothing in ~/.ssh and no agent: only the chosen key can log in.
    const QString key = dir.filePath("keys/deploy_ed25519");
    QDir().mkpath(dir.filePath("keys"));
    QCOMPARE(run("ssh-keygen",
                 { "-q", "-t", "ed25519", "-N", QString::fromLatin1(passphrase), "-f", key })
                 .exitCode,
             0);
    const QString authorized = dir.filePath("ssh/authorized_keys");
    QVERIFY(writeFile(authorized, readFile(key + ".pub")));
    const QString knownHosts = dir.filePath("flowsmith/known_hosts");
    QString error;
    const QList<QByteArray> hostKey = readFile(sshd.hostPublicKey()).split(' ');
    QVERIFY(hostKey.size() > 1);
    QVERIFY(KnownHosts::trust(
        knownHosts,
        HostKey::fromSshBlob("127.0.0.1", sshd.port(), QByteArray::fromBase64(hostKey[1])),
        &error));

    const QString bare = dir.filePath("served/flows.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", bare }).exitCode, 0);
    const QString work = dir.filePath("work");
    std::optional<Repository> repository = Repository::init(work, &error);
    QVERIFY(repository);
    QVERIFY(copyTree(examplePath(), work));
    QVERIFY(repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(repository->stageAll(&error));
    QVERIFY(repository->commit("Add the example", &error));
    const QString url = sshd.url(bare);
    QVERIFY(repository->addRemote("deploy", url, &error));
    QSettings().remove("vcs/sshKeys");

    auto dialog = std::make_unique<RemoteDialog>(&*repository);
    dialog->setKnownHostsFile(knownHosts);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    SshKeyField *field = dialog->sshKeyField();
    QVERIFY(field->isEnabled());
    QCOMPARE(field->keyFile(), QString());
    // The user types the key's path; leaving the field remembers it for this remote.
    QTest::keyClicks(field->lineEdit(), key);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
    QCOMPARE(SshKeyField::rememberedKeyFile(url), key);

    QSignalSpy finished(dialog.get(), &RemoteDialog::operationFinished);
    QSignalSpy prompted(dialog->passphrasePrompt(), &PassphrasePrompt::prompted);
    // Mistyped twice: asked twice, then a clear error, and nothing pushed.
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 20000);
    QCOMPARE(prompted.at(0).at(0).toString(), key);
    QCOMPARE(prompted.at(0).at(1).toInt(), 1);
    QVERIFY(dialog->passphrasePrompt()->dialog()->labelText().contains(key));
    QVERIFY(answerPrompt(dialog->passphrasePrompt(), mistyped));
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 2, 20000);
    QCOMPARE(prompted.at(1).at(1).toInt(), 2);
    QVERIFY(dialog->passphrasePrompt()->dialog()->labelText().contains("not accepted"));
    const QString shots = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->passphrasePrompt()->dialog()->grab().save(shots + "/ssh-passphrase.png");
    QVERIFY(answerPrompt(dialog->passphrasePrompt(), mistyped));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString refused = dialog->statusLabel()->text();
    QVERIFY2(refused.contains("refused twice") && refused.contains("passphrase is wrong")
                 && refused.contains(key),
             qPrintable(refused));
    QCOMPARE(prompted.size(), 2);
    QVERIFY(!dialog->trustButton()->isVisible());
    QVERIFY(run("git", { "--git-dir", bare, "rev-parse", "--verify", "-q", "main" }).exitCode != 0);

    // Typed right: the push lands.
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 3, 20000);
    QCOMPARE(prompted.at(2).at(1).toInt(), 1);
    QVERIFY(answerPrompt(dialog->passphrasePrompt(), passphrase));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QCOMPARE(run("git", { "--git-dir", bare, "rev-parse", "main" }).out.trimmed(),
             repository->resolve("HEAD").toLatin1());
    dialog.reset();

    // Another dialog on the same remote offers the remembered key.
    RemoteDialog again(&*repository);
    QCOMPARE(again.sshKeyField()->keyFile(), key);

    // The settings hold the key's path, and the passphrase is nowhere: not the settings, the
    // repository, the home, the known hosts, nor what the dialog said.
    QSettings settings;
    settings.sync();
    QVERIFY(settings.fileName().startsWith(m_settings.path()));
    QVERIFY(readFile(settings.fileName()).contains(key.toUtf8()));
    for (const QByteArray &secret : { passphrase, mistyped }) {
        QCOMPARE(filesContaining(dir.path(), secret), QStringList());
        QCOMPARE(filesContaining(m_settings.path(), secret), QStringList());
        QCOMPARE(
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            secret),
            QStringList());
        QVERIFY(!refused.toUtf8().contains(secret));
        QVERIFY(!finished.at(1).at(1).toString().toUtf8().contains(secret));
    }
    settings.remove("vcs/sshKeys");
}

QTEST_MAIN(TestRemoteDialog)
#include "tst_remotedialog.moc"
