#include "simulator/nodes/choicebehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

ChoiceBehaviour::ChoiceBehaviour(QList<Case> cases)
    : m_cases(std::move(cases))
{ }

void ChoiceBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    for (const Case &c : m_cases) {
        if (c.condition.test(message)) {
            context.send(c.id, message);
            return;
        }
    }
    context.send(QStringLiteral("otherwise"), message);
}

} // namespace Flowsmith::Sim
