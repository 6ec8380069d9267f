// KnownHosts and HostKey on known_hosts lines written by OpenSSH 9.2 (ssh-keygen, ssh-keygen -H):
// which host keys count as trusted, unknown or changed, and what trusting a host writes.

#include "model/vcs/knownhosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

namespace {

// Public keys made with `ssh-keygen -t ed25519` (k1, k2) and `-t ecdsa` (k3).
const QByteArray k1 = "AAAAC3NzaC1lZDI1NTE5AAAAIH9ICtMpm5RP/jef+4vU+hfV/999lJ8Q3lA44bhezJhT";
const QByteArray k2 = "AAAAC3NzaC1lZDI1NTE5AAAAIDHIT3N8xy8tC4jJOiuVw7M4opdBHuxBn3rJI+E9ZbHg";
const QByteArray k3 = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJ2LFcTOuW1xVv08VG4rhX"
                      "jxYQi1K2ysR7gzy1dTwKH2vYjYqMPcHbJETpyZEBmCvrWPovEXC6KOBPbvwesVYLQ=";
// `ssh-keygen -lf` of k1.
const QString k1Fingerprint = QStringLiteral("SHA256:DHXT3r5E8yKGqF+/dx2VqwbAmxubiIJhO3D8BrwhtQw");
// "[127.0.0.1]:2222 ssh-ed25519 k1" after `ssh-keygen -H`.
const QByteArray hashedLine = "|1|tef/ESI6lbimv6ERBJWYDAHGBB8=|yiAlGu6+fxCfReKpVYUYBoUpLkE= "
                              "ssh-ed25519 "
    + k1;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void hostKeyFromBlob();
    void check_data();
    void check();
    void trustAppendsAnOpenSshLine();
    void onlySshKeysCanBeTrusted();
};

void TestKnownHosts::hostKeyFromBlob()
{
    const HostKey key = HostKey::fromSshBlob("example.com", 22, QByteArray::fromBase64(k1));
    QCOMPARE(key.type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(key.fingerprint, k1Fingerprint);
    QCOMPARE(HostKey::sshKeyType(QByteArray::fromBase64(k3)),
             QStringLiteral("ecdsa-sha2-nistp256"));
    // A blob too short for its length prefix names no type.
    QCOMPARE(HostKey::sshKeyType(QByteArray::fromBase64(k1).left(8)), QString());
    QCOMPARE(HostKey::sshKeyType(QByteArray("\0\0", 2)), QString());
}

void TestKnownHosts::check_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("trust");

    const QByteArray plain = "git.example.com ssh-ed25519 " + k1 + "\n";
    QTest::addRow("plain match") << plain << "git.example.com" << 22 << k1 << int(HostKey::Trusted);
    QTest::addRow("host names ignore case")
        << plain << "GIT.example.com" << 22 << k1 << int(HostKey::Trusted);
    QTest::addRow("other host") << plain << "example.org" << 22 << k1 << int(HostKey::Unknown);
    QTest::addRow("same host, other port")
        << plain << "git.example.com" << 2222 << k1 << int(HostKey::Unknown);
    QTest::addRow("changed key") << plain << "git.example.com" << 22 << k2 << int(HostKey::Changed);
    QTest::addRow("second key of another type")
        << plain << "git.example.com" << 22 << k3 << int(HostKey::Unknown);
    QTest::addRow("bracketed port") << "[127.0.0.1]:2222 ssh-ed25519 " + k1 + "\n"
                                    << "127.0.0.1" << 2222 << k1 << int(HostKey::Trusted);
    QTest::addRow("comma-separated names")
        << "gitlab.local,10.0.0.5 ssh-ed25519 " + k1 + " comment\n"
        << "10.0.0.5" << 22 << k1 << int(HostKey::Trusted);
    QTest::addRow("hashed") << hashedLine + "\n"
                            << "127.0.0.1" << 2222 << k1 << int(HostKey::Trusted);
    QTest::addRow("hashed, changed") << hashedLine + "\n"
                                     << "127.0.0.1" << 2222 << k2 << int(HostKey::Changed);
    QTest::addRow("hashed, other port") << hashedLine + "\n"
                                        << "127.0.0.1" << 22 << k1 << int(HostKey::Unknown);
    QTest::addRow("revoked marker never trusts")
        << "@revoked git.example.com ssh-ed25519 " + k1 + "\n"
        << "git.example.com" << 22 << k1 << int(HostKey::Unknown);
    QTest::addRow("comments and junk") << "# git.example.com ssh-ed25519 " + k1 + "\nnot a line\n\n"
                                       << "git.example.com" << 22 << k1 << int(HostKey::Unknown);
    QTest::addRow("no file") << QByteArray() << "git.example.com" << 22 << k1
                             << int(HostKey::Unknown);
}

void TestKnownHosts::check()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, key);
    QFETCH(int, trust);
    QTemporaryDir dir;
    const QString path = dir.filePath("known_hosts");
    if (!file.isEmpty())
        QVERIFY(writeFile(path, file));
    const KnownHosts known({ path, dir.filePath("missing") });
    QCOMPARE(int(known.check(HostKey::fromSshBlob(host, port, QByteArray::fromBase64(key)))),
             trust);
}

void TestKnownHosts::trustAppendsAnOpenSshLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("flowsmith/known_hosts");
    const HostKey first = HostKey::fromSshBlob("127.0.0.1", 2222, QByteArray::fromBase64(k1));
    QString error;
    QVERIFY2(KnownHosts::trust(path, first, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "[127.0.0.1]:2222 ssh-ed25519 " + k1 + "\n");
    file.close();
    // Existing lines stay, even without a final newline.
    QVERIFY(writeFile(path, "old.example.com ssh-ed25519 " + k2));
    const HostKey second = HostKey::fromSshBlob("git.example.com", 22, QByteArray::fromBase64(k3));
    QVERIFY2(KnownHosts::trust(path, second, &error), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             "old.example.com ssh-ed25519 " + k2 + "\ngit.example.com ecdsa-sha2-nistp256 " + k3
                 + "\n");
    const KnownHosts known({ path });
    QCOMPARE(known.check(second), HostKey::Trusted);
    QCOMPARE(known.check(first), HostKey::Unknown);
}

void TestKnownHosts::onlySshKeysCanBeTrusted()
{
    QTemporaryDir dir;
    const HostKey certificate = HostKey::fromCertificate("127.0.0.1", 443, "not really DER");
    QCOMPARE(certificate.kind, HostKey::Tls);
    QCOMPARE(certificate.fingerprint.count(u':'), 31);
    QString error;
    QVERIFY(!KnownHosts::trust(dir.filePath("known_hosts"), certificate, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("known_hosts")));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
