#pragma once

#include "model/core/problem.h"

#include <QString>

namespace Flowsmith {

/// How many problems of each severity a list holds.
struct ProblemCounts
{
    int errors = 0;
    int warnings = 0;
    int notes = 0;

    static ProblemCounts of(const ProblemList &problems);
    int total() const { return errors + warnings + notes; }
};

/// "error", "warning", "note": the untranslated words of the text, JSON and SARIF outputs.
QString severityName(Severity severity);

/// Puts problems in reading order: by file, line, column, then code and message, so that
/// output is stable from run to run.
void sortProblems(ProblemList &problems);

} // namespace Flowsmith
