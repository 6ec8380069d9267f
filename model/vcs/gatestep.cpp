#include "model/vcs/gatestep.h"

#include <QCoreApplication>

namespace Flowsmith {

QString GateStep::title(Id id)
{
    switch (id) {
    case Validate:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Validate the project");
    case Export:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Regenerate dist/");
    case Test:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Run the flow tests");
    case SecretScan:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Scan for secrets");
    case Diff:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Summarise the change");
    case Commit:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Commit");
    case Push:
        return QCoreApplication::translate("Flowsmith::CommitGate", "Push");
    }
    return {};
}

QString GateStep::stateName(State state)
{
    switch (state) {
    case Pending:
        return QCoreApplication::translate("Flowsmith::CommitGate", "pending");
    case Running:
        return QCoreApplication::translate("Flowsmith::CommitGate", "running");
    case Passed:
        return QCoreApplication::translate("Flowsmith::CommitGate", "passed");
    case Warning:
        return QCoreApplication::translate("Flowsmith::CommitGate", "warning");
    case Failed:
        return QCoreApplication::translate("Flowsmith::CommitGate", "failed");
    case Skipped:
        return QCoreApplication::translate("Flowsmith::CommitGate", "skipped");
    }
    return {};
}

} // namespace Flowsmith
