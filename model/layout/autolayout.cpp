#include "model/layout/autolayout.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

#include <QCoreApplication>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace Flowsmith {

namespace {

constexpr qreal PointsPerInch = 72.0;

// Graphviz keeps global state (error handlers, the attribute dictionaries): one layout at a time.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::AutoLayout", text);
}

QString lastGraphvizError;

int collectGraphvizError(char *message)
{
    lastGraphvizError += QString::fromLocal8Bit(message).trimmed();
    return 0;
}

// cgraph's API predates const: it takes char * for names it only reads.
char *cs(QByteArray &bytes)
{
    return bytes.data();
}

void setAttr(void *object, const char *name, const QByteArray &value)
{
    QByteArray n(name);
    QByteArray v(value);
    QByteArray empty;
    agsafeset(object, cs(n), cs(v), cs(empty));
}

QByteArray inches(qreal sceneUnits)
{
    return QByteArray::number(sceneUnits / PointsPerInch, 'f', 4);
}

/// Ports become fields of a record: "{{<i0>|<i1>}|{<o0>|<o1>|<o2>}}" is, with rankdir=LR, a
/// column of inputs on the left and a column of outputs on the right. Fields are named by index
/// because port names (route.choice case ids) may hold characters records reserve.
struct NodePorts
{
    QStringList inputs;
    QStringList outputs;

    QByteArray recordLabel() const
    {
        QByteArray label = "{{";
        for (qsizetype i = 0; i < std::max<qsizetype>(inputs.size(), 1); ++i)
            label += (i ? "|<i" : "<i") + QByteArray::number(i) + '>';
        label += "}|{";
        for (qsizetype i = 0; i < std::max<qsizetype>(outputs.size(), 1); ++i)
            label += (i ? "|<o" : "<o") + QByteArray::number(i) + '>';
        label += "}}";
        return label;
    }
};

struct GraphDeleter
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};

struct ContextDeleter
{
    void operator()(GVC_t *context) const { gvFreeContext(context); }
};

} // namespace

std::optional<QHash<QString, QPointF>> AutoLayout::compute(const Flow &flow,
                                                           const QStringList &subset,
                                                           QString *error,
                                                           const LayoutMetrics &metrics)
{
    auto fail = [error](const QString &message) -> std::optional<QHash<QString, QPointF>> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // The nodes to place, in file order so that the same flow always gives the same layout.
    const QSet<QString> wanted(subset.cbegin(), subset.cend());
    QList<const FlowNode *> nodes;
    for (const FlowNode &node : flow.nodes)
        if (wanted.isEmpty() || wanted.contains(node.id))
            nodes.append(&node);
    QHash<QString, QPointF> result;
    if (nodes.isEmpty())
        return result;

    QPointF origin(std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::max());
    for (const FlowNode *node : std::as_const(nodes))
        origin = { std::min(origin.x(), node->at.x()), std::min(origin.y(), node->at.y()) };

    std::lock_guard lock(graphvizMutex());
    lastGraphvizError.clear();
    const agusererrf previousHandler = agseterrf(collectGraphvizError);
    const agerrlevel_t previousLevel = agseterr(AGERR);
    struct Restore
    {
        agusererrf handler;
        agerrlevel_t level;
        ~Restore()
        {
            agseterrf(handler);
            agseterr(level);
        }
    } restore { previousHandler, previousLevel };

    std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
    if (!context)
        return fail(tr("Graphviz could not be started."));

    QByteArray graphName("flow");
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(cs(graphName), Agdirected, nullptr));
    if (!graph)
        return fail(tr("Graphviz could not create a graph."));
    Agraph_t *g = graph.get();
    setAttr(g, "rankdir", "LR");
    setAttr(g, "ranksep", inches(metrics.rankSeparation));
    setAttr(g, "nodesep", inches(metrics.nodeSeparation));

    const NodeCatalog &catalog = NodeCatalog::instance();
    QHash<QString, Agnode_t *> gvNodes;
    QHash<QString, NodePorts> ports;
    int index = 0;
    for (const FlowNode *node : std::as_const(nodes)) {
        // Names are indexes: node ids are free text and graphviz would parse some of them.
        QByteArray name = "n" + QByteArray::number(index++);
        Agnode_t *n = agnode(g, cs(name), 1);
        NodePorts nodePorts;
        for (const PortSpec &port : catalog.ports(*node))
            (port.direction == PortDirection::Input ? nodePorts.inputs : nodePorts.outputs)
                .append(port.name);
        const QSizeF size = metrics.nodeSize(*node);
        setAttr(n, "shape", "record");
        setAttr(n, "label", nodePorts.recordLabel());
        setAttr(n, "fixedsize", "true");
        setAttr(n, "width", inches(size.width()));
        setAttr(n, "height", inches(size.height()));
        gvNodes.insert(node->id, n);
        ports.insert(node->id, nodePorts);
    }

    for (const FlowEdge &edge : flow.edges) {
        Agnode_t *tail = gvNodes.value(edge.from.node);
        Agnode_t *head = gvNodes.value(edge.to.node);
        if (!tail || !head || tail == head)
            continue;
        Agedge_t *e = agedge(g, tail, head, nullptr, 1);
        const qsizetype out = ports.value(edge.from.node).outputs.indexOf(edge.from.port);
        const qsizetype in = ports.value(edge.to.node).inputs.indexOf(edge.to.port);
        setAttr(e, "tailport", "o" + QByteArray::number(std::max<qsizetype>(out, 0)) + ":e");
        setAttr(e, "headport", "i" + QByteArray::number(std::max<qsizetype>(in, 0)) + ":w");
    }

    if (gvLayout(context.get(), g, "dot") != 0) {
        return fail(lastGraphvizError.isEmpty()
                        ? tr("Graphviz could not lay out the flow.")
                        : tr("Graphviz could not lay out the flow: %1").arg(lastGraphvizError));
    }

    // Graphviz puts centres in points with y up; the canvas wants top-left corners with y down.
    const qreal top = GD_bb(g).UR.y;
    QPointF minimum(std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::max());
    for (const FlowNode *node : std::as_const(nodes)) {
        Agnode_t *n = gvNodes.value(node->id);
        const qreal width = ND_width(n) * PointsPerInch;
        const qreal height = ND_height(n) * PointsPerInch;
        const QPointF topLeft(ND_coord(n).x - width / 2, top - ND_coord(n).y - height / 2);
        minimum = { std::min(minimum.x(), topLeft.x()), std::min(minimum.y(), topLeft.y()) };
        result.insert(node->id, topLeft);
    }
    gvFreeLayout(context.get(), g);

    // Whole scene units keep the file tidy and the result exact from run to run.
    for (auto it = result.begin(); it != result.end(); ++it) {
        const QPointF p = it.value() - minimum + origin;
        it.value() = QPointF(std::round(p.x()), std::round(p.y()));
    }
    return result;
}

} // namespace Flowsmith
