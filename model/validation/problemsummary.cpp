#include "problemsummary.h"

#include <algorithm>
#include <tuple>

namespace Flowsmith {

ProblemCounts ProblemCounts::of(const ProblemList &problems)
{
    ProblemCounts counts;
    for (const Problem &problem : problems) {
        switch (problem.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Note:
            ++counts.notes;
            break;
        }
    }
    return counts;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("error");
}

void sortProblems(ProblemList &problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.file, a.position.line, a.position.column, a.code, a.message)
            < std::tie(b.file, b.position.line, b.position.column, b.code, b.message);
    });
}

} // namespace Flowsmith
