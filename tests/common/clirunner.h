#pragma once

// Runs the built flowsmith-cli as a user does and copies projects for it to change. Shared by
// the tests that drive the real binary.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Flowsmith::Test {

inline QString cliPath()
{
    return QStringLiteral(FLOWSMITH_BINARY_DIR "/app/cli/flowsmith-cli");
}

inline QString exampleProject()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
}

struct CliRun
{
    int exitCode = -1; ///< -1: it crashed or did not finish within the minute
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(cliPath(), arguments);
    CliRun result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Copies every file under `source` to `target`, writable (the example may be read-only).
inline bool copyTree(const QString &source, const QString &target)
{
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString destination = QDir(target).filePath(QDir(source).relativeFilePath(path));
        QDir().mkpath(QFileInfo(destination).absolutePath());
        if (!QFile::copy(path, destination))
            return false;
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace Flowsmith::Test
