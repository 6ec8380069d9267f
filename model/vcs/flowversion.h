#pragma once

#include "model/core/flow.h"

namespace Flowsmith {

/// Reads one version of a flow file as git hands it to a diff or merge: an empty file (git's
/// stand-in for a flow that was added or deleted, or a BASE both branches added) is a flow
/// with nothing in it; anything else loads as usual.
std::optional<Flow> loadFlowVersion(const QString &path, FileError *error);

} // namespace Flowsmith
