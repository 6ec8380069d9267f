#pragma once

#include <QString>
#include <QStringList>

namespace Flowsmith {

/// One step of the commit gate (design §6) and how it went. Details are one line each, in the
/// `path:line: message` form where a place is known.
struct GateStep
{
    enum Id { Validate, Export, Test, SecretScan, Diff, Commit, Push };
    enum State { Pending, Running, Passed, Warning, Failed, Skipped };

    Id id = Validate;
    State state = Pending;
    QString summary; ///< one translated line: "2 errors", "12 passed"
    QStringList details;

    /// Translated step name for the dialog: "Validate", "Regenerate dist/"…
    static QString title(Id id);
    static QString stateName(State state); ///< "passed", "failed"…
};

} // namespace Flowsmith
