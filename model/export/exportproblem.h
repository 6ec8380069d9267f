#pragma once

#include "model/core/fileerror.h"

#include <QString>

namespace Flowsmith {

/// Something an exporter could not carry over to its runtime. Errors stop the export (nothing is
/// written); warnings name a behaviour the runtime will not reproduce exactly.
struct ExportProblem
{
    enum Severity { Warning, Error };

    Severity severity = Error;
    QString file; ///< project-relative path of the flow file, "flows/order-sync.flow.yaml"
    SourcePosition position; ///< the node's place in that file
    QString nodeId; ///< empty for problems of the whole flow
    QString message; ///< translated

    /// "flows/x.flow.yaml:12: message", the form compilers use.
    QString toString() const;
};

} // namespace Flowsmith
