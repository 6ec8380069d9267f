#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

namespace Flowsmith::Sim {

/// transform.map: body := the mapping's compiled expression (or the node's own expression).
/// An undefined result gives a null body, as a runtime's change node leaves no payload.
class MapBehaviour : public NodeBehaviour
{
public:
    explicit MapBehaviour(MessageExpression expression);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    MessageExpression m_expression;
};

} // namespace Flowsmith::Sim
