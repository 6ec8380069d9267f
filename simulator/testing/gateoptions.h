#pragma once

#include "model/vcs/commitgate.h"

namespace Flowsmith::Sim {

/// Commit gate options whose flow-test runner is the simulator's: the model may not link the
/// simulator, so the studio and the CLI hand it to the gate.
CommitGate::Options commitGateOptions();

/// Runs every tests/*.test.yaml of `project`; failures read "file:line: case: why".
GateTestOutcome runProjectTests(const Project &project);

} // namespace Flowsmith::Sim
