#include "flowdocument.h"

namespace Flowsmith {

FlowDocument::FlowDocument(QObject *parent)
    : Document(parent)
{ }

FlowDocument::FlowDocument(Flow flow, QObject *parent)
    : Document(parent)
    , m_flow(std::move(flow))
{ }

FlowDocument::~FlowDocument() = default;

QString FlowDocument::uniqueNodeId(const QString &base) const
{
    if (!m_flow.node(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!m_flow.node(candidate))
            return candidate;
    }
}

const FlowGroup *FlowDocument::group(const QString &id) const
{
    const int index = m_flow.indexOfGroup(id);
    return index < 0 ? nullptr : &m_flow.groups.at(index);
}

const FlowNote *FlowDocument::note(const QString &id) const
{
    const int index = m_flow.indexOfNote(id);
    return index < 0 ? nullptr : &m_flow.notes.at(index);
}

namespace {

template<typename Taken> QString uniqueId(const QString &base, Taken taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

QString FlowDocument::uniqueGroupId(const QString &base) const
{
    return uniqueId(base, [this](const QString &id) { return m_flow.indexOfGroup(id) >= 0; });
}

QString FlowDocument::uniqueNoteId(const QString &base) const
{
    return uniqueId(base, [this](const QString &id) { return m_flow.indexOfNote(id) >= 0; });
}

QStringList FlowDocument::groupsOfNode(const QString &nodeId) const
{
    QStringList result;
    for (const FlowGroup &g : m_flow.groups)
        if (g.nodes.contains(nodeId))
            result.append(g.id);
    return result;
}

QString FlowDocument::flowProperty(FlowProperty property) const
{
    switch (property) {
    case FlowProperty::Name:
        return m_flow.name;
    case FlowProperty::Description:
        return m_flow.description;
    }
    return {};
}

QVariant FlowDocument::governanceValue(GovernanceField field) const
{
    const Governance &g = m_flow.governance;
    switch (field) {
    case GovernanceField::Owner:
        return g.owner;
    case GovernanceField::BusinessOwner:
        return g.businessOwner;
    case GovernanceField::Steward:
        return g.steward;
    case GovernanceField::RetireBy:
        return g.retireBy;
    case GovernanceField::Classification:
        return g.classification;
    case GovernanceField::Capabilities:
        return g.capabilities;
    }
    return {};
}

std::optional<double> FlowDocument::sloValue(SloField field) const
{
    switch (field) {
    case SloField::LatencyMs:
        return m_flow.slo.latencyMs;
    case SloField::SuccessRate:
        return m_flow.slo.successRate;
    }
    return std::nullopt;
}

bool FlowDocument::readFile(const QString &path, FileError *error)
{
    std::optional<Flow> flow = Flow::load(path, error);
    if (!flow)
        return false;
    m_flow = std::move(*flow);
    return true;
}

bool FlowDocument::writeFile(const QString &path, FileError *error) const
{
    return m_flow.save(path, error);
}

void FlowDocument::insertNode(int index, const FlowNode &node)
{
    m_flow.nodes.insert(index, node);
    emit nodeAdded(node.id);
}

FlowNode FlowDocument::takeNode(int index)
{
    FlowNode node = m_flow.nodes.takeAt(index);
    emit nodeRemoved(node.id);
    return node;
}

void FlowDocument::insertEdge(int index, const FlowEdge &edge)
{
    m_flow.edges.insert(index, edge);
    emit edgeAdded(edge);
}

FlowEdge FlowDocument::takeEdge(int index)
{
    FlowEdge edge = m_flow.edges.takeAt(index);
    emit edgeRemoved(edge);
    return edge;
}

void FlowDocument::setNodePosition(const QString &id, QPointF at)
{
    FlowNode *node = m_flow.node(id);
    if (!node || node->at == at)
        return;
    node->at = at;
    emit nodeChanged(id, NodeProperty::Position);
}

void FlowDocument::setNodeName(const QString &id, const QString &name)
{
    if (FlowNode *node = m_flow.node(id)) {
        node->name = name;
        emit nodeChanged(id, NodeProperty::Name);
    }
}

void FlowDocument::setNodeConfig(const QString &id, const QVariantMap &config)
{
    if (FlowNode *node = m_flow.node(id)) {
        node->config = config;
        emit nodeChanged(id, NodeProperty::Config);
    }
}

void FlowDocument::setNodeId(const QString &oldId, const QString &newId,
                             const QList<int> &fromEdges, const QList<int> &toEdges)
{
    FlowNode *node = m_flow.node(oldId);
    if (!node)
        return;
    node->id = newId;
    for (int index : fromEdges)
        m_flow.edges[index].from.node = newId;
    for (int index : toEdges)
        m_flow.edges[index].to.node = newId;
    emit nodeIdChanged(oldId, newId);
}

void FlowDocument::setFlowProperty(FlowProperty property, const QString &value)
{
    switch (property) {
    case FlowProperty::Name:
        m_flow.name = value;
        break;
    case FlowProperty::Description:
        m_flow.description = value;
        break;
    }
    emit flowPropertyChanged(property);
}

void FlowDocument::setGovernanceValue(GovernanceField field, const QVariant &value)
{
    Governance &g = m_flow.governance;
    switch (field) {
    case GovernanceField::Owner:
        g.owner = value.toString();
        break;
    case GovernanceField::BusinessOwner:
        g.businessOwner = value.toString();
        break;
    case GovernanceField::Steward:
        g.steward = value.toString();
        break;
    case GovernanceField::RetireBy:
        g.retireBy = value.toString();
        break;
    case GovernanceField::Classification:
        g.classification = value.toString();
        break;
    case GovernanceField::Capabilities:
        g.capabilities = value.toStringList();
        break;
    }
    emit governanceChanged(field);
}

void FlowDocument::setSloValue(SloField field, std::optional<double> value)
{
    switch (field) {
    case SloField::LatencyMs:
        m_flow.slo.latencyMs = value;
        break;
    case SloField::SuccessRate:
        m_flow.slo.successRate = value;
        break;
    }
    emit sloChanged(field);
}

void FlowDocument::insertGroup(int index, const FlowGroup &group)
{
    m_flow.groups.insert(index, group);
    emit groupAdded(group.id);
}

FlowGroup FlowDocument::takeGroup(int index)
{
    FlowGroup group = m_flow.groups.takeAt(index);
    emit groupRemoved(group.id);
    return group;
}

void FlowDocument::setGroup(int index, const FlowGroup &group)
{
    FlowGroup &g = m_flow.groups[index];
    g.title = group.title;
    g.nodes = group.nodes;
    g.color = group.color;
    emit groupChanged(g.id);
}

void FlowDocument::insertNote(int index, const FlowNote &note)
{
    m_flow.notes.insert(index, note);
    emit noteAdded(note.id);
}

FlowNote FlowDocument::takeNote(int index)
{
    FlowNote note = m_flow.notes.takeAt(index);
    emit noteRemoved(note.id);
    return note;
}

void FlowDocument::setNote(int index, const FlowNote &note)
{
    FlowNote &n = m_flow.notes[index];
    n.text = note.text;
    n.at = note.at;
    n.size = note.size;
    emit noteChanged(n.id);
}

} // namespace Flowsmith
