#include "simulator/nodes/recordbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

void RecordBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    context.record(message);
}

} // namespace Flowsmith::Sim
