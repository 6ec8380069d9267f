#pragma once

// A real OpenSSH server for the git tests: sshd started by the test on 127.0.0.1 with a host
// key and an authorized user key generated into a temporary folder, public-key login only.

#include "gittesthelpers.h"

#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace Flowsmith::GitTest {

/// Creates an ed25519 key pair at `path` (and path.pub) unless it exists.
inline bool makeSshKey(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    return run("ssh-keygen",
               { "-q", "-t", "ed25519", "-N", "", "-C", "flowsmith-test", "-f", path })
               .exitCode
        == 0;
}

/// The SHA256 fingerprint of a public key file, as `ssh-keygen -lf` prints it.
inline QString sshFingerprint(const QString &publicKey)
{
    const QList<QByteArray> fields = run("ssh-keygen", { "-lf", publicKey }).out.split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields[1]) : QString();
}

/// The name of the user the test runs as: the one sshd lets in.
inline QString currentUser()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

inline bool waitForPort(quint16 port, QProcess *process)
{
    for (int i = 0; i < 100; ++i) {
        if (process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

class SshServer
{
public:
    ~SshServer() { stop(); }

    /// Starts sshd in `dir` presenting the host key `hostKeyName` (generated on first use) on
    /// `port` (0: a free one). Returns an empty string, or why sshd cannot run here.
    QString start(const QString &dir, const QString &hostKeyName, quint16 port = 0)
    {
        stop();
        m_dir = dir;
        m_hostKey = dir + "/host_" + hostKeyName;
        if (!makeSshKey(m_hostKey) || !makeSshKey(userKey()))
            return QStringLiteral("ssh-keygen failed (is openssh-client installed?)");
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")))
            return QStringLiteral("/usr/sbin/sshd is missing (install openssh-server)");
        // sshd started as root insists on its privilege separation folder.
        if (getuid() == 0 && !QDir().mkpath(QStringLiteral("/run/sshd")))
            return QStringLiteral("cannot create /run/sshd");
        if (!QFile::exists(dir + "/authorized_keys")
            && !QFile::copy(userKey() + ".pub", dir + "/authorized_keys"))
            return QStringLiteral("cannot write authorized_keys");
        m_port = port ? port : freePort();
        const QByteArray config = "ListenAddress 127.0.0.1\n"
                                  "Port "
            + QByteArray::number(m_port)
            + "\n"
              "HostKey "
            + m_hostKey.toUtf8()
            + "\n"
              "PidFile none\n"
              "AuthorizedKeysFile "
            + dir.toUtf8()
            + "/authorized_keys\n"
              "StrictModes no\n"
              "UsePAM no\n"
              "PasswordAuthentication no\n"
              "KbdInteractiveAuthentication no\n"
              "PubkeyAuthentication yes\n"
              "PermitRootLogin prohibit-password\n"
              "AllowUsers "
            + currentUser().toUtf8() + "\n";
        if (!writeFile(dir + "/sshd_config", config))
            return QStringLiteral("cannot write sshd_config");
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setChildProcessModifier([] { ::setsid(); });
        m_process.start(QStringLiteral("/usr/sbin/sshd"),
                        { "-D", "-e", "-f", dir + "/sshd_config" });
        if (!m_process.waitForStarted() || !waitForPort(m_port, &m_process)) {
            m_process.waitForFinished(1000);
            return QStringLiteral("sshd did not start: ")
                + QString::fromLocal8Bit(m_process.readAll());
        }
        return {};
    }

    /// Stops sshd and the sessions it forked.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(-pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(3000)) {
            ::kill(-pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished();
        }
    }

    quint16 port() const { return m_port; }
    QString hostPublicKey() const { return m_hostKey + ".pub"; }
    QString userKey() const { return m_dir + "/user_ed25519"; }
    /// ssh://user@127.0.0.1:port/absolute/path
    QString url(const QString &absolutePath) const
    {
        return QStringLiteral("ssh://%1@127.0.0.1:%2%3")
            .arg(currentUser())
            .arg(m_port)
            .arg(absolutePath);
    }
    QByteArray log() { return m_process.readAll(); }

private:
    QProcess m_process;
    QString m_dir;
    QString m_hostKey;
    quint16 m_port = 0;
};

} // namespace Flowsmith::GitTest
