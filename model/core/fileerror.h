#pragma once

#include <QString>

namespace Flowsmith {

/// Where something is in a project file: 1-based line and column, 0 when unknown.
struct SourcePosition
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/// Why a file could not be read or written. Always names the file and, where it can, the
/// place; `code` is stable (see errorcodes.h) so that tests and tools can match on it.
struct FileError
{
    QString code;
    QString file;
    SourcePosition position;
    QString message;

    /// "file:line:column: message", the form compilers use, which editors and CI turn into links.
    QString toString() const;
};

} // namespace Flowsmith
