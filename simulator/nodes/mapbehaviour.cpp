#include "simulator/nodes/mapbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

MapBehaviour::MapBehaviour(MessageExpression expression)
    : m_expression(std::move(expression))
{ }

void MapBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    auto value = m_expression.evaluate(message);
    Message out = context.derive(message);
    out.body = value ? std::move(*value) : Json(nullptr);
    context.send(QStringLiteral("out"), std::move(out));
}

} // namespace Flowsmith::Sim
