#pragma once

#include "fileerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Flowsmith::ModelFile {

/// The largest project file the model reads. Real files are a few kilobytes; the cap keeps a
/// stray log or dump opened by mistake from taking the studio's memory.
inline constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

/// Reads a whole project file, refusing missing files, directories and files over
/// MaxFileSize (checked before reading) with an FS001/FS002 error naming the path.
std::optional<QByteArray> read(const QString &path, FileError *error);

/// Writes atomically (QSaveFile): either the whole new content or the old file stays.
bool write(const QString &path, const QByteArray &bytes, FileError *error);

/// Sets `*error` (when not null) and returns false, so failures are one-liners.
bool fail(FileError *error, QLatin1StringView code, const QString &file, SourcePosition position,
          const QString &message);

} // namespace Flowsmith::ModelFile
