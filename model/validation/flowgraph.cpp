#include "flowgraph.h"

#include "model/core/flow.h"

namespace Flowsmith {

FlowGraph::FlowGraph(const Flow &flow)
    : m_successors(flow.nodes.size())
    , m_incomingPorts(flow.nodes.size())
{
    // A duplicate id (FS110) resolves to its first node, as Flow::node() does.
    for (int i = int(flow.nodes.size()) - 1; i >= 0; --i)
        m_index.insert(flow.nodes[i].id, i);
    for (const FlowEdge &edge : flow.edges) {
        const int from = indexOf(edge.from.node);
        const int to = indexOf(edge.to.node);
        if (from < 0 || to < 0)
            continue;
        m_successors[from].append(to);
        m_incomingPorts[to].append(edge.to.port);
    }
}

bool FlowGraph::hasIncoming(int index, const QString &port) const
{
    if (port.isEmpty())
        return !m_incomingPorts[index].isEmpty();
    return m_incomingPorts[index].contains(port);
}

} // namespace Flowsmith
