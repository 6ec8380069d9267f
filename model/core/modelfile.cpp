#include "model/core/modelfile.h"

#include "model/core/errorcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Flowsmith::ModelFile {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::ModelFile", text);
}

bool fail(FileError *error, QLatin1StringView code, const QString &file, SourcePosition position,
          const QString &message)
{
    if (error)
        *error = FileError { QString(code), file, position, message };
    return false;
}

std::optional<QByteArray> read(const QString &path, FileError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, ErrorCode::CannotRead, path, {}, tr("no such file"));
        return std::nullopt;
    }
    if (info.isDir()) {
        fail(error, ErrorCode::CannotRead, path, {}, tr("is a folder, not a file"));
        return std::nullopt;
    }
    if (info.size() > MaxFileSize) {
        fail(error, ErrorCode::FileTooLarge, path, {},
             tr("file is %1 MiB; Flowsmith reads project files up to %2 MiB")
                 .arg(info.size() / (1024 * 1024))
                 .arg(MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorCode::CannotRead, path, {}, tr("cannot read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Read one byte past the cap: the file may have grown since the size check.
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        fail(error, ErrorCode::FileTooLarge, path, {},
             tr("file is larger than %1 MiB").arg(MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes, FileError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, ErrorCode::CannotWrite, path, {},
                    tr("cannot write: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, ErrorCode::CannotWrite, path, {}, tr("cannot write: %1").arg(reason));
    }
    if (!file.commit())
        return fail(error, ErrorCode::CannotWrite, path, {},
                    tr("cannot write: %1").arg(file.errorString()));
    return true;
}

} // namespace Flowsmith::ModelFile
