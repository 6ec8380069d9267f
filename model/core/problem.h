#pragma once

#include "fileerror.h"

#include <QList>
#include <QString>

namespace Flowsmith {

enum class Severity { Error, Warning, Note };

/// A finding of validation: a stable code (FS101…), how bad it is, what and where.
/// `file` is relative to the project folder.
struct Problem
{
    QString code;
    Severity severity = Severity::Error;
    QString message;
    QString file;
    SourcePosition position;
    QString flowId;
    QString nodeId;

    friend bool operator==(const Problem &, const Problem &) = default;
};

using ProblemList = QList<Problem>;

} // namespace Flowsmith
