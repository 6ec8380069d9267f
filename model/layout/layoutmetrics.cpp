#include "model/layout/layoutmetrics.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

#include <algorithm>

namespace Flowsmith {

QSizeF LayoutMetrics::nodeSize(const FlowNode &node) const
{
    qsizetype inputs = 0;
    qsizetype outputs = 0;
    for (const PortSpec &port : NodeCatalog::instance().ports(node))
        ++(port.direction == PortDirection::Input ? inputs : outputs);
    const qsizetype rows = std::max<qsizetype>({ inputs, outputs, 1 });
    return { nodeWidth, nodeHeight + qreal(rows - 1) * portRowHeight };
}

} // namespace Flowsmith
