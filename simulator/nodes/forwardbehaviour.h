#pragma once

#include "simulator/nodebehaviour.h"

namespace Flowsmith::Sim {

/// Sources and error.catch: what arrives leaves on `out` unchanged.
class ForwardBehaviour : public NodeBehaviour
{
public:
    void receive(const QString &port, const Message &message, NodeContext &context) override;
};

} // namespace Flowsmith::Sim
