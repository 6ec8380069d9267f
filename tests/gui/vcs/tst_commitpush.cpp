// The commit dialog's "Commit and Push" against a real sshd started by the test: an unknown host
// refuses the push and shows its fingerprint with a Trust button; trusting it pushes the kept
// commit. A passphrase-protected key chosen in the dialog is unlocked through the prompt. A
// changed host key is refused with no offer to trust it.
// FLOWSMITH_SCREENSHOT_DIR=dir saves what the dialog looks like with the trust panel.

#include "tests/conformance/git/sshserver.h"

#include "editors/vcs/commitdialog.h"
#include "editors/vcs/hosttrustpanel.h"
#include "editors/vcs/passphraseprompt.h"
#include "editors/vcs/sshkeyfield.h"
#include "model/vcs/repository.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Flowsmith;
using namespace Flowsmith::GitTest;

namespace {

const QString orderSync = QStringLiteral("flows/order-sync.flow.yaml");

QTreeWidgetItem *pushStep(CommitDialog &dialog)
{
    for (int i = 0; i < dialog.stepTree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = dialog.stepTree()->topLevelItem(i);
        if (item->text(0) == GateStep::title(GateStep::Push))
            return item;
    }
    return nullptr;
}

} // namespace

class TestCommitPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panelOffersOnlyUnknownSshHosts_data();
    void panelOffersOnlyUnknownSshHosts();
    void keyFieldKnowsSshUrls_data();
    void keyFieldKnowsSshUrls();
    void unknownHostIsTrustedFromTheCommitDialog();
    void protectedKeyIsUnlockedFromTheCommitDialog();
    void changedHostKeyIsNeverOffered();
    void cleanupTestCase();

private:
    // Changes the flow, stages it and commits and pushes through the dialog; returns once the
    // gate has finished.
    bool commitAndPush(CommitDialog &dialog, const QByteArray &from, const QByteArray &to,
                       const QString &message);
    QString bareHead() const;

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    QString m_bare;
    QString m_work;
    QString m_knownHosts;
    QString m_noSshd;
    SshServer m_sshd;
    std::optional<Repository> m_repository;
};

void TestCommitPush::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    const QString home = m_dir.filePath("home");
    isolateHome(home);
    qunsetenv("SSH_AUTH_SOCK");
    QDir().mkpath(m_dir.filePath("ssh"));
    m_noSshd = m_sshd.start(m_dir.filePath("ssh"), "a");
    if (!m_noSshd.isEmpty())
        return;
    // The studio finds the user's default key, as OpenSSH would.
    QDir().mkpath(home + "/.ssh");
    QVERIFY(QFile::copy(m_sshd.userKey(), home + "/.ssh/id_ed25519"));
    QVERIFY(QFile::copy(m_sshd.userKey() + ".pub", home + "/.ssh/id_ed25519.pub"));

    m_bare = m_dir.filePath("served/flows.git");
    QCOMPARE(run("git", { "init", "-q", "--bare", "-b", "main", m_bare }).exitCode, 0);
    m_work = m_dir.filePath("work");
    QString error;
    m_repository = Repository::init(m_work, &error);
    QVERIFY2(m_repository, qPrintable(error));
    QVERIFY(copyTree(examplePath(), m_work));
    QVERIFY(m_repository->setIdentity({ "Ada", "ada@example.com" }, &error));
    QVERIFY(m_repository->stageAll(&error));
    QVERIFY(m_repository->commit("Add the example", &error));
    QVERIFY(m_repository->addRemote("deploy", m_sshd.url(m_bare), &error));
    m_knownHosts = m_dir.filePath("flowsmith/known_hosts");
}

void TestCommitPush::panelOffersOnlyUnknownSshHosts_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("trust");
    QTest::addColumn<bool>("offered");
    QTest::addRow("unknown ssh host") << true << int(HostKey::Ssh) << int(HostKey::Unknown) << true;
    QTest::addRow("changed ssh key") << true << int(HostKey::Ssh) << int(HostKey::Changed) << false;
    QTest::addRow("trusted ssh host")
        << true << int(HostKey::Ssh) << int(HostKey::Trusted) << false;
    QTest::addRow("untrusted certificate")
        << true << int(HostKey::Tls) << int(HostKey::Unknown) << false;
    QTest::addRow("changed certificate")
        << true << int(HostKey::Tls) << int(HostKey::Changed) << false;
    QTest::addRow("no host") << false << int(HostKey::Ssh) << int(HostKey::Unknown) << false;
}

void TestCommitPush::panelOffersOnlyUnknownSshHosts()
{
    QFETCH(bool, present);
    QFETCH(int, kind);
    QFETCH(int, trust);
    QFETCH(bool, offered);
    QWidget window;
    auto *panel = new HostTrustPanel(&window);
    panel->setKnownHostsFile(m_dir.filePath("panel/known_hosts"));
    window.show();
    QVERIFY(!panel->isVisible());
    std::optional<HostKey> key;
    if (present) {
        // An ed25519 key blob: the type and 32 key bytes, each length-prefixed.
        const QByteArray blob = QByteArray::fromHex("0000000b") + "ssh-ed25519"
            + QByteArray::fromHex("00000020") + QByteArray(32, '\x2a');
        key = HostKey::fromSshBlob("git.example.com", 2222, blob);
        QCOMPARE(key->type, QStringLiteral("ssh-ed25519"));
        key->kind = HostKey::Kind(kind);
        key->trust = HostKey::Trust(trust);
        key->fingerprint = QStringLiteral("SHA256:abc");
    }
    QCOMPARE(panel->offer(key), offered);
    QCOMPARE(panel->isVisible(), offered);
    QCOMPARE(bool(panel->host()), offered);
    QString error;
    QVERIFY2(panel->trustHost(&error) == offered, qPrintable(error));
    QCOMPARE(QFile::exists(m_dir.filePath("panel/known_hosts")), offered);
    QVERIFY(!panel->isVisible());
    if (offered) {
        QCOMPARE(readFile(m_dir.filePath("panel/known_hosts")),
                 "[git.example.com]:2222 " + key->type.toLatin1() + ' ' + key->key.toBase64()
                     + '\n');
        QFile::remove(m_dir.filePath("panel/known_hosts"));
    }
}

void TestCommitPush::keyFieldKnowsSshUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ssh");
    QTest::addRow("ssh://") << "ssh://git@example.com:2222/flows.git" << true;
    QTest::addRow("git+ssh://") << "git+ssh://example.com/flows.git" << true;
    QTest::addRow("scp-like") << "git@github.com:acme/flows.git" << true;
    QTest::addRow("https") << "https://github.com/acme/flows.git" << false;
    QTest::addRow("git daemon") << "git://127.0.0.1:9418/flows.git" << false;
    QTest::addRow("file URL") << "file:///srv/git/flows.git" << false;
    QTest::addRow("absolute path") << "/srv/git/flows.git" << false;
    QTest::addRow("relative path with colon") << "../a:b/flows.git" << false;
}

void TestCommitPush::keyFieldKnowsSshUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ssh);
    QCOMPARE(SshKeyField::isSshUrl(url), ssh);
    SshKeyField field;
    field.setRemoteUrl(url);
    QCOMPARE(field.isEnabled(), ssh);
    field.lineEdit()->setText("/keys/id_test");
    QCOMPARE(field.keyFile(), ssh ? QStringLiteral("/keys/id_test") : QString());
}

void TestCommitPush::cleanupTestCase()
{
    m_sshd.stop();
}

QString TestCommitPush::bareHead() const
{
    return branchHead(m_bare);
}

bool TestCommitPush::commitAndPush(CommitDialog &dialog, const QByteArray &from,
                                   const QByteArray &to, const QString &message)
{
    QString error;
    if (!editFile(m_work + u'/' + orderSync, from, to)
        || !m_repository->stage({ orderSync }, &error))
        return false;
    dialog.refresh();
    QSignalSpy finished(&dialog, &CommitDialog::gateFinished);
    QTest::keyClicks(dialog.messageEdit(), message);
    if (!dialog.commitAndPushButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog.commitAndPushButton(), Qt::LeftButton);
    return finished.wait(60000) || finished.size() == 1;
}

void TestCommitPush::unknownHostIsTrustedFromTheCommitDialog()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    CommitDialog dialog(&*m_repository, m_work);
    dialog.setKnownHostsFile(m_knownHosts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.remoteBox()->currentText(), QStringLiteral("deploy"));
    QVERIFY(dialog.sshKeyField()->isEnabled());
    QVERIFY(!dialog.trustPanel()->isVisible());
    QSignalSpy pushes(&dialog, &CommitDialog::pushFinished);

    QVERIFY(commitAndPush(dialog, "status: 422", "status: 400", "Answer 400"));
    QVERIFY(dialog.lastResult().committed);
    QVERIFY(!dialog.lastResult().pushed);
    QCOMPARE(pushes.size(), 1);
    QCOMPARE(pushes.at(0).at(0).toBool(), false);
    const QString fingerprint = sshFingerprint(m_sshd.hostPublicKey());
    QVERIFY(pushStep(dialog)->text(1).contains("failed"));
    QVERIFY2(pushStep(dialog)->text(2).contains(fingerprint),
             qPrintable(pushStep(dialog)->text(2)));
    QVERIFY(dialog.trustPanel()->isVisible());
    QVERIFY(dialog.trustPanel()->hostLabel()->text().contains(fingerprint));
    QVERIFY(dialog.trustPanel()->trustButton()->isVisible());
    QVERIFY(dialog.trustPanel()->trustButton()->isEnabled());
    QCOMPARE(dialog.untrustedHost()->fingerprint, fingerprint);
    QVERIFY2(dialog.statusLabel()->text().contains("unknown host"),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(bareHead(), QString());
    QVERIFY(!QFile::exists(m_knownHosts));
    const QString head = m_repository->resolve("HEAD");
    QCOMPARE(dialog.lastResult().commitId, head);
    const QString shots = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + "/commitdialog-unknown-host.png");

    // Trust: the kept commit is pushed, without committing again.
    QTest::mouseClick(dialog.trustPanel()->trustButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning() || pushes.size() == 2);
    QTRY_COMPARE_WITH_TIMEOUT(pushes.size(), 2, 20000);
    QVERIFY2(pushes.at(1).at(0).toBool(), qPrintable(pushes.at(1).at(1).toString()));
    QVERIFY(!dialog.trustPanel()->isVisible());
    QVERIFY(pushStep(dialog)->text(1).contains("passed"));
    QCOMPARE(m_repository->resolve("HEAD"), head);
    QCOMPARE(bareHead(), head);
    QCOMPARE(run("git", { "--git-dir", m_bare, "log", "--format=%s", "main" }).out,
             QByteArray("Answer 400\nAdd the example\n"));
    QCOMPARE(run("git", { "--git-dir", m_bare, "fsck" }).exitCode, 0);
    QCOMPARE(run("ssh-keygen",
                 { "-F", QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), "-f", m_knownHosts })
                 .exitCode,
             0);
}

void TestCommitPush::protectedKeyIsUnlockedFromTheCommitDialog()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    QVERIFY(QFile::exists(m_knownHosts));
    const QByteArray passphrase = "Commit-Pass-6Hn1-NeverOnDisk";
    const QString key = m_dir.filePath("keys/protected_ed25519");
    QDir().mkpath(m_dir.filePath("keys"));
    QCOMPARE(run("ssh-keygen",
                 { "-q", "-t", "ed25519", "-N", QString::fromLatin1(passphrase), "-f", key })
                 .exitCode,
             0);
    const QString authorized = m_dir.filePath("ssh/authorized_keys");
    QVERIFY(writeFile(authorized, readFile(authorized) + readFile(key + ".pub")));

    CommitDialog dialog(&*m_repository, m_work);
    dialog.setKnownHostsFile(m_knownHosts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.sshKeyField()->lineEdit()->clear();
    QTest::keyClicks(dialog.sshKeyField()->lineEdit(), key);
    QTest::keyClick(dialog.sshKeyField()->lineEdit(), Qt::Key_Return);
    QCOMPARE(SshKeyField::rememberedKeyFile(m_repository->remoteUrl("deploy")), key);

    QSignalSpy prompted(dialog.passphrasePrompt(), &PassphrasePrompt::prompted);
    QSignalSpy pushes(&dialog, &CommitDialog::pushFinished);
    QString error;
    QVERIFY(editFile(m_work + u'/' + orderSync, "status: 400", "status: 409"));
    QVERIFY(m_repository->stage({ orderSync }, &error));
    dialog.refresh();
    QTest::keyClicks(dialog.messageEdit(), "Answer 409");
    QTest::mouseClick(dialog.commitAndPushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 60000);
    QCOMPARE(prompted.at(0).at(0).toString(), key);
    QLineEdit *edit = dialog.passphrasePrompt()->dialog()->findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QString::fromLatin1(passphrase));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(pushes.size(), 1, 20000);
    QVERIFY2(pushes.at(0).at(0).toBool(), qPrintable(pushes.at(0).at(1).toString()));
    QCOMPARE(bareHead(), m_repository->resolve("HEAD"));
    QCOMPARE(prompted.size(), 1);

    QSettings().sync();
    QCOMPARE(filesContaining(m_dir.path(), passphrase), QStringList());
    QCOMPARE(filesContaining(m_settings.path(), passphrase), QStringList());
    QVERIFY(!pushes.at(0).at(1).toString().toUtf8().contains(passphrase));
    QSettings().remove("vcs/sshKeys");
}

void TestCommitPush::changedHostKeyIsNeverOffered()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    const quint16 port = m_sshd.port();
    m_sshd.stop();
    const QString restarted = m_sshd.start(m_dir.filePath("ssh"), "b", port);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    const QString before = bareHead();
    CommitDialog dialog(&*m_repository, m_work);
    dialog.setKnownHostsFile(m_knownHosts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.sshKeyField()->keyFile().isEmpty());
    QVERIFY(commitAndPush(dialog, "status: 409", "status: 410", "Answer 410"));
    QVERIFY(dialog.lastResult().committed);
    QVERIFY(!dialog.lastResult().pushed);
    const QString summary = pushStep(dialog)->text(2);
    QVERIFY2(summary.contains("changed")
                 && summary.contains(sshFingerprint(m_sshd.hostPublicKey())),
             qPrintable(summary));
    QVERIFY(!dialog.trustPanel()->isVisible());
    QVERIFY(!dialog.untrustedHost());
    QVERIFY(!dialog.trustHostAndRetry());
    QCOMPARE(bareHead(), before);
}

QTEST_MAIN(TestCommitPush)
#include "tst_commitpush.moc"
