#pragma once

// Helpers the validation tests share: a writable copy of a fixture project.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace ValidationTest {

inline QString dataDir()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/unit/validation/data");
}

/// Copies a fixture folder into `target`, so that tests can change files without touching
/// the source tree.
inline bool copyTree(const QString &source, const QString &target)
{
    QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(source).relativeFilePath(path);
        const QString destination = QDir(target).filePath(relative);
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return false;
        if (!QFile::copy(path, destination))
            return false;
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/// The 1-based line on which `anchor` starts in `text`, or 0 when it is not there.
inline int lineOf(const QByteArray &text, const QByteArray &anchor)
{
    const qsizetype at = text.indexOf(anchor);
    if (at < 0)
        return 0;
    return int(text.left(at).count('\n')) + 1;
}

} // namespace ValidationTest
