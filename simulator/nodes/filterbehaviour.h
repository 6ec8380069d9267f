#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

namespace Flowsmith::Sim {

/// route.filter: passes a message on `out` when its condition is true (JSONata truthiness).
class FilterBehaviour : public NodeBehaviour
{
public:
    explicit FilterBehaviour(MessageExpression condition);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    MessageExpression m_condition;
};

} // namespace Flowsmith::Sim
