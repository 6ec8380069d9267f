#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

namespace Flowsmith::Sim {

/// route.split: one message per element of the array its expression gives (the body when it
/// has none), each with Node-RED's `parts` header {id, index, count, type}. A split inside a
/// split keeps the outer parts under `parts.parts`, so joins nest.
class SplitBehaviour : public NodeBehaviour
{
public:
    explicit SplitBehaviour(MessageExpression expression);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    MessageExpression m_expression; ///< null: the body
};

} // namespace Flowsmith::Sim
