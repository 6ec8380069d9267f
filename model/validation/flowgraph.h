#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Flowsmith {

class Flow;
struct FlowNode;

/// The connections of a flow as the graph rules need them: which nodes an edge joins, in
/// node order. Edges that name a missing node are left out (FS101 reports them), so every
/// index here is valid.
class FlowGraph
{
public:
    explicit FlowGraph(const Flow &flow);

    /// Index of the first node with that id, or -1.
    int indexOf(const QString &nodeId) const { return m_index.value(nodeId, -1); }
    /// Indexes of the nodes that edges from node `index` lead to, in edge order.
    const QList<int> &successors(int index) const { return m_successors[index]; }
    /// Whether an edge ends at `port` of the node (any port when `port` is empty).
    bool hasIncoming(int index, const QString &port = {}) const;
    bool hasOutgoing(int index) const { return !m_successors[index].isEmpty(); }
    int nodeCount() const { return int(m_successors.size()); }

private:
    QHash<QString, int> m_index;
    QList<QList<int>> m_successors;
    QList<QStringList> m_incomingPorts;
};

} // namespace Flowsmith
