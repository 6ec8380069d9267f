#pragma once

#include <QString>

namespace Flowsmith::Sim {

/// Thrown by a node behaviour when a message fails in it. The engine catches it and hands the
/// message to the flow's error.catch nodes; it never leaves the engine.
struct SimulationError
{
    QString message;
    QString code = QStringLiteral("node-error");
};

} // namespace Flowsmith::Sim
