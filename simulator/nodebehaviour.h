#pragma once

#include "simulator/message.h"

#include <QString>

#include <memory>

namespace Flowsmith {
struct FlowNode;
}

namespace Flowsmith::Sim {

class NodeContext;
class ProjectResources;

/// How one node type handles a message in a simulation (design §3). One instance per node per
/// run; it may keep state (an aggregate's open groups, a sink's failure count).
class NodeBehaviour
{
public:
    virtual ~NodeBehaviour() = default;

    /// Handles a message that arrived on `port`. Throws SimulationError when the message fails.
    virtual void receive(const QString &port, const Message &message, NodeContext &context) = 0;
    /// Back to the state of a fresh run.
    virtual void reset() { }

    /// The behaviour for `node`, reading mappings and schemas through `resources`. Returns
    /// nullptr and sets `error` when the node's config cannot work (bad expression, missing
    /// mapping).
    static std::unique_ptr<NodeBehaviour> create(const FlowNode &node, ProjectResources &resources,
                                                 QString *error);
};

} // namespace Flowsmith::Sim
