#pragma once

// Shared by the git conformance tests: a private HOME (so no user's git config or keyring
// takes part), real git through QProcess, and the example project copied into a repository.

#include "model/vcs/repository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

namespace Flowsmith::GitTest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment gitEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

inline Run run(const QString &program, const QStringList &args, const QString &workingDir = {},
               int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(gitEnvironment());
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline Run git(const QString &dir, const QStringList &args)
{
    return run(QStringLiteral("git"), QStringList { QStringLiteral("-C"), dir } + args);
}

/// Points HOME and the XDG folders at `home`, before libgit2 reads any config.
inline void isolateHome(const QString &home)
{
    QDir().mkpath(home);
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + "/.config").toUtf8());
    qputenv("XDG_DATA_HOME", (home + "/.local/share").toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

inline QString examplePath()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Replaces `from` (which must occur exactly once) in a file.
inline bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readFile(path);
    if (bytes.count(from) != 1)
        return false;
    bytes.replace(from, to);
    return writeFile(path, bytes);
}

/// A TCP port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// Every file below `dir` whose bytes contain `needle`.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            hits << path;
    }
    return hits;
}

/// The commit `branch` of a bare repository points to; empty when it has none.
inline QString branchHead(const QString &bareDir, const QString &branch = QStringLiteral("main"))
{
    const Run head = run("git", { "--git-dir", bareDir, "rev-parse", "--verify", "-q", branch });
    return head.exitCode == 0 ? QString::fromLatin1(head.out.trimmed()) : QString();
}

/// Appends a line to the repository's README.md and commits it; returns the new HEAD.
inline QString commitReadmeLine(Repository &repository, const QString &text)
{
    const QString readme = repository.workDir() + "/README.md";
    QString error;
    if (!writeFile(readme, readFile(readme) + text.toUtf8() + '\n')
        || !repository.stage({ "README.md" }, &error) || !repository.commit(text, &error))
        qWarning("%s", qPrintable(error));
    return repository.resolve("HEAD");
}

} // namespace Flowsmith::GitTest
