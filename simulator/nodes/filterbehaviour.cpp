#include "simulator/nodes/filterbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

FilterBehaviour::FilterBehaviour(MessageExpression condition)
    : m_condition(std::move(condition))
{ }

void FilterBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    if (m_condition.test(message))
        context.send(QStringLiteral("out"), message);
}

} // namespace Flowsmith::Sim
