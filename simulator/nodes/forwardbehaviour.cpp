#include "simulator/nodes/forwardbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

void ForwardBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    context.send(QStringLiteral("out"), message);
}

} // namespace Flowsmith::Sim
