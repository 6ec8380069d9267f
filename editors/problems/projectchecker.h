#pragma once

#include "model/core/problem.h"

#include <QString>

namespace Flowsmith::ProjectChecker {

/// Validates the project in `folder` as the CLI's `validate` does. Reads every file itself,
/// so it is safe to run on a worker thread (the studio does, with QtConcurrent).
ProblemList check(const QString &folder);

} // namespace Flowsmith::ProjectChecker
