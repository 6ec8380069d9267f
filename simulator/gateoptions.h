#pragma once

#include "model/vcs/commitgate.h"

namespace Flowsmith::Sim {

/// Commit gate options whose mapping compiler and flow-test runner are the simulator's: the
/// model may not link the simulator, so the studio and the CLI hand them to the gate.
CommitGate::Options commitGateOptions();

/// Runs every tests/*.test.yaml of `project`; failures read "file:line: case: why".
GateTestOutcome runProjectTests(const Project &project);

} // namespace Flowsmith::Sim
