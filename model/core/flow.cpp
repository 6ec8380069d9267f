#include "model/core/flow.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"
#include "model/core/nodecatalog.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlreader.h"
#include "model/core/yamlvalue.h"
#include "model/core/yamlwriter.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

Governance readGovernance(YamlReader &r, const YAML::Node &map)
{
    Governance g;
    g.owner = r.string(map, "owner");
    g.businessOwner = r.string(map, "businessOwner");
    g.steward = r.string(map, "steward");
    g.retireBy = r.string(map, "retireBy");
    g.classification = r.string(map, "classification");
    g.capabilities = r.stringList(map, "capabilities");
    g.position = r.position(map);
    g.origin = YamlReader::origin(map);
    return g;
}

ServiceLevel readServiceLevel(YamlReader &r, const YAML::Node &map)
{
    ServiceLevel slo;
    slo.latencyMs = r.number(map, "latencyMs");
    slo.successRate = r.number(map, "successRate");
    slo.position = r.position(map);
    slo.origin = YamlReader::origin(map);
    return slo;
}

// Reads `key: [a, b]` (two numbers) into `pair`; absent leaves it untouched.
bool readPair(YamlReader &r, const YAML::Node &map, const char *key, QPointF *pair,
              const QString &what = tr("a position [x, y]"))
{
    const YAML::Node seq = r.sequence(map, key);
    if (!r.ok())
        return false;
    if (!seq.IsDefined())
        return true;
    if (seq.size() != 2 || !seq[0].IsScalar() || !seq[1].IsScalar())
        return r.fail(ErrorCode::WrongType, seq,
                      tr("'%1' must be %2").arg(QLatin1String(key), what));
    const QVariant a = Yaml::toVariant(seq[0]);
    const QVariant b = Yaml::toVariant(seq[1]);
    const auto isNumber = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
    };
    if (!isNumber(a) || !isNumber(b))
        return r.fail(ErrorCode::WrongType, isNumber(a) ? seq[1] : seq[0],
                      tr("'%1' must be %2 of two numbers").arg(QLatin1String(key), what));
    *pair = QPointF(a.toDouble(), b.toDouble());
    return true;
}

bool readGroup(YamlReader &r, const YAML::Node &map, FlowGroup *group)
{
    if (!r.expectMap(map, tr("a group")))
        return false;
    group->id = r.string(map, "id", true);
    group->title = r.string(map, "title");
    group->nodes = r.stringList(map, "nodes");
    group->color = r.string(map, "color");
    group->position = r.position(map);
    group->origin = YamlReader::origin(map);
    return r.ok();
}

bool readNote(YamlReader &r, const YAML::Node &map, FlowNote *note)
{
    if (!r.expectMap(map, tr("a note")))
        return false;
    note->id = r.string(map, "id", true);
    note->text = r.string(map, "text");
    if (!readPair(r, map, "at", &note->at))
        return false;
    QPointF size;
    if (!readPair(r, map, "size", &size, tr("a size [width, height]")))
        return false;
    if (map["size"].IsDefined() && !map["size"].IsNull())
        note->size = QSizeF(size.x(), size.y());
    note->position = r.position(map);
    note->origin = YamlReader::origin(map);
    return r.ok();
}

bool readNode(YamlReader &r, const YAML::Node &map, FlowNode *node)
{
    if (!r.expectMap(map, tr("a node")))
        return false;
    node->id = r.string(map, "id", true);
    node->type = r.string(map, "type", true);
    if (r.ok() && !NodeCatalog::instance().type(node->type))
        return r.fail(ErrorCode::UnknownNodeType, map["type"],
                      tr("unknown node type '%1' (node '%2')").arg(node->type, node->id));
    node->name = r.string(map, "name");
    if (!readPair(r, map, "at", &node->at))
        return false;
    node->config = r.variantMap(map, "config");
    node->position = r.position(map);
    node->origin = YamlReader::origin(map);
    return r.ok();
}

bool readEdge(YamlReader &r, const YAML::Node &map, FlowEdge *edge)
{
    if (!r.expectMap(map, tr("an edge")))
        return false;
    const QString from = r.string(map, "from", true);
    const QString to = r.string(map, "to", true);
    if (!r.ok())
        return false;
    edge->from = PortRef::parse(from);
    edge->to = PortRef::parse(to);
    if (edge->from.port.isEmpty() || edge->from.node.isEmpty())
        return r.fail(ErrorCode::InvalidValue, map["from"],
                      tr("'%1' must name a node and its port, like receive.out").arg(from));
    if (edge->to.port.isEmpty() || edge->to.node.isEmpty())
        return r.fail(ErrorCode::InvalidValue, map["to"],
                      tr("'%1' must name a node and its port, like erp.in").arg(to));
    edge->position = r.position(map);
    edge->origin = YamlReader::origin(map);
    return true;
}

YAML::Node governanceNode(const Governance &g)
{
    YamlMapWriter w(g.origin);
    w.setString("owner", g.owner);
    w.setString("businessOwner", g.businessOwner);
    w.setString("steward", g.steward);
    w.setString("retireBy", g.retireBy);
    w.setString("classification", g.classification);
    w.setStringList("capabilities", g.capabilities);
    return w.node();
}

YAML::Node serviceLevelNode(const ServiceLevel &slo)
{
    YamlMapWriter w(slo.origin);
    w.setNumber("latencyMs", slo.latencyMs);
    w.setNumber("successRate", slo.successRate);
    YAML::Node node = w.node();
    if (slo.origin.isNull())
        node.SetStyle(YAML::EmitterStyle::Flow);
    return node;
}

// Writes `key: [a, b]`, keeping the original node when the numbers are equal. `present`
// false writes nothing new (an original key is kept with the new numbers).
void writePair(YamlMapWriter &w, const char *key, QPointF pair, bool present)
{
    const YAML::Node old = w.original(key);
    const bool unchanged = old.IsDefined() && old.IsSequence() && old.size() == 2
        && Yaml::toVariant(old[0]).toDouble() == pair.x()
        && Yaml::toVariant(old[1]).toDouble() == pair.y();
    if (unchanged || (!old.IsDefined() && !present))
        return;
    YAML::Node seq(YAML::NodeType::Sequence);
    seq.SetStyle(YAML::EmitterStyle::Flow);
    seq.push_back(Yaml::numberNode(pair.x()));
    seq.push_back(Yaml::numberNode(pair.y()));
    w.setNode(key, seq);
}

YAML::Node groupNode(const FlowGroup &g)
{
    YamlMapWriter w(g.origin);
    w.setString("id", g.id, true);
    w.setString("title", g.title);
    w.setStringList("nodes", g.nodes);
    w.setString("color", g.color);
    return w.node();
}

YAML::Node noteNode(const FlowNote &n)
{
    YamlMapWriter w(n.origin);
    w.setString("id", n.id, true);
    w.setString("text", n.text);
    writePair(w, "at", n.at, true);
    if (n.size.isEmpty() && !w.original("size").IsDefined())
        w.remove("size");
    else
        writePair(w, "size", QPointF(n.size.width(), n.size.height()), true);
    return w.node();
}

YAML::Node flowNodeNode(const FlowNode &n)
{
    YamlMapWriter w(n.origin);
    w.setString("id", n.id, true);
    w.setString("type", n.type, true);
    w.setString("name", n.name);
    writePair(w, "at", n.at, !n.at.isNull());
    w.setVariant("config", n.config);
    return w.node();
}

YAML::Node edgeNode(const FlowEdge &e)
{
    YamlMapWriter w(e.origin);
    w.setString("from", e.from.toString(), true);
    w.setString("to", e.to.toString(), true);
    YAML::Node node = w.node();
    if (e.origin.isNull())
        node.SetStyle(YAML::EmitterStyle::Flow);
    return node;
}

} // namespace

PortRef PortRef::parse(const QString &text)
{
    // Node ids may contain dots ("erp.v2"); ports never do, so split at the last one.
    const int dot = text.lastIndexOf(u'.');
    if (dot < 0)
        return { text, QString() };
    return { text.left(dot), text.mid(dot + 1) };
}

bool Governance::isEmpty() const
{
    return owner.isEmpty() && businessOwner.isEmpty() && steward.isEmpty() && retireBy.isEmpty()
        && classification.isEmpty() && capabilities.isEmpty();
}

namespace {

// A rebuild costs about as much as this many scans of the list. After a change the first
// lookups scan, and only a run of lookups on the unchanged list pays for a rebuild, so code
// that alternates edits and lookups (a paste: add a node, the canvas looks it up, add the
// next) stays near the cost of a plain scan instead of rebuilding after every edit.
constexpr int ScansBeforeRebuild = 16;

int scanForNode(const QList<FlowNode> &nodes, const QString &id)
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

} // namespace

// How the node index stays exact without being told about changes:
// - a different size or data pointer of `nodes` (insert, remove, append, assignment, a detach
//   of a shared list) makes the hash stale until the next rebuild;
// - so does the one node handed out writable by node() since the last lookup, when its id no
//   longer maps to its index (it was renamed);
// - a hit is only returned when nodes[i] really has that id, otherwise the hash is stale;
// - a miss is confirmed by a scan, so a node renamed or moved in place through `nodes`
//   directly is still found (and the hash is stale);
// - a stale hash is not read: lookups scan until ScansBeforeRebuild of them paid for a rebuild.
// With unique ids that makes every answer exact. What remains unseen is a duplicate id that
// appears in front of the hashed node through an edit keeping the list's length and buffer
// (a rename or swap in place, a remove and an insert): duplicate ids are an error (FS110).
Flow::NodeIndex &Flow::NodeIndex::operator=(const NodeIndex &)
{
    QMutexLocker lock(&m_mutex);
    m_index.clear();
    m_data = nullptr;
    m_size = -1;
    m_touched = -1;
    m_stale = false;
    m_staleLookups = 0;
    return *this;
}

void Flow::NodeIndex::touch(int index)
{
    QMutexLocker lock(&m_mutex);
    m_touched = index;
}

bool Flow::NodeIndex::isCurrent(const QList<FlowNode> &nodes) const
{
    if (m_size != nodes.size() || m_data != nodes.constData())
        return false;
    if (m_touched < 0)
        return true;
    // A later duplicate maps elsewhere too: that costs a needless rebuild, never a wrong answer.
    return m_touched < nodes.size() && m_index.value(nodes.at(m_touched).id, -1) == m_touched;
}

void Flow::NodeIndex::rebuild(const QList<FlowNode> &nodes)
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = int(nodes.size()) - 1; i >= 0; --i)
        m_index.insert(nodes.at(i).id, i); // backwards: the first of duplicate ids wins
    m_data = nodes.constData();
    m_size = nodes.size();
    m_touched = -1;
    m_stale = false;
    m_staleLookups = 0;
}

int Flow::NodeIndex::find(const QList<FlowNode> &nodes, const QString &id)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stale && !isCurrent(nodes))
        m_stale = true;
    m_touched = -1;
    if (!m_stale) {
        if (const auto it = m_index.constFind(id); it == m_index.cend()) {
            const int index = scanForNode(nodes, id);
            if (index < 0)
                return -1;
            m_stale = true; // changed in place behind the hash's back
            ++m_staleLookups;
            return index;
        } else if (*it < nodes.size() && nodes.at(*it).id == id) {
            return *it;
        }
        m_stale = true; // the hashed node moved or was renamed in place
    }
    if (++m_staleLookups <= ScansBeforeRebuild)
        return scanForNode(nodes, id);
    rebuild(nodes);
    return m_index.value(id, -1);
}

int Flow::indexOfNode(const QString &nodeId) const
{
    return m_nodeIndex.find(nodes, nodeId);
}

int Flow::indexOfGroup(const QString &groupId) const
{
    for (int i = 0; i < groups.size(); ++i)
        if (groups.at(i).id == groupId)
            return i;
    return -1;
}

int Flow::indexOfNote(const QString &noteId) const
{
    for (int i = 0; i < notes.size(); ++i)
        if (notes.at(i).id == noteId)
            return i;
    return -1;
}

const FlowNode *Flow::node(const QString &nodeId) const
{
    const int index = indexOfNode(nodeId);
    return index < 0 ? nullptr : &nodes.at(index);
}

FlowNode *Flow::node(const QString &nodeId)
{
    const int index = indexOfNode(nodeId);
    if (index < 0)
        return nullptr;
    FlowNode *result = &nodes[index]; // may detach a shared list: the next lookup sees that
    m_nodeIndex.touch(index);
    return result;
}

std::optional<Flow> Flow::fromYaml(const QByteArray &bytes, const QString &fileName,
                                   FileError *error)
{
    const auto root = Yaml::parse(bytes, fileName, error);
    if (!root)
        return std::nullopt;
    YamlReader r(fileName, error);
    Flow flow;
    if (!r.readHeader(*root, FormatVersion, &flow.formatVersion))
        return std::nullopt;
    flow.id = r.string(*root, "id", true);
    flow.name = r.string(*root, "name");
    flow.description = r.string(*root, "description");
    const YAML::Node governance = r.mapping(*root, "governance");
    if (governance.IsDefined())
        flow.governance = readGovernance(r, governance);
    const YAML::Node slo = r.mapping(*root, "slo");
    if (slo.IsDefined())
        flow.slo = readServiceLevel(r, slo);
    for (const YAML::Node &item : r.sequence(*root, "nodes")) {
        FlowNode node;
        if (!readNode(r, item, &node))
            break;
        flow.nodes.append(node);
    }
    for (const YAML::Node &item : r.sequence(*root, "edges")) {
        FlowEdge edge;
        if (!readEdge(r, item, &edge))
            break;
        flow.edges.append(edge);
    }
    for (const YAML::Node &item : r.sequence(*root, "groups")) {
        FlowGroup group;
        if (!readGroup(r, item, &group))
            break;
        flow.groups.append(group);
    }
    for (const YAML::Node &item : r.sequence(*root, "notes")) {
        FlowNote note;
        if (!readNote(r, item, &note))
            break;
        flow.notes.append(note);
    }
    if (!r.ok())
        return std::nullopt;
    flow.origin = YamlReader::origin(*root, bytes);
    return flow;
}

QByteArray Flow::toYaml() const
{
    YamlMapWriter w(origin);
    w.setInteger("flowsmith", formatVersion);
    w.setString("id", id, true);
    w.setString("name", name);
    w.setString("description", description);
    const YAML::Node governanceYaml = governanceNode(governance);
    if (governanceYaml.size() > 0 || !governance.origin.isNull())
        w.setNode("governance", governanceYaml);
    else
        w.remove("governance");
    const YAML::Node sloYaml = serviceLevelNode(slo);
    if (sloYaml.size() > 0 || !slo.origin.isNull())
        w.setNode("slo", sloYaml);
    else
        w.remove("slo");
    YAML::Node nodesYaml = Yaml::sequenceLike(w.original("nodes"));
    for (const FlowNode &n : nodes)
        nodesYaml.push_back(flowNodeNode(n));
    w.setSequence("nodes", nodesYaml);
    YAML::Node edgesYaml = Yaml::sequenceLike(w.original("edges"));
    for (const FlowEdge &e : edges)
        edgesYaml.push_back(edgeNode(e));
    w.setSequence("edges", edgesYaml);
    YAML::Node groupsYaml = Yaml::sequenceLike(w.original("groups"));
    for (const FlowGroup &g : groups)
        groupsYaml.push_back(groupNode(g));
    w.setSequence("groups", groupsYaml);
    YAML::Node notesYaml = Yaml::sequenceLike(w.original("notes"));
    for (const FlowNote &n : notes)
        notesYaml.push_back(noteNode(n));
    w.setSequence("notes", notesYaml);
    return Yaml::documentText(w.node(), origin);
}

std::optional<Flow> Flow::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromYaml(*bytes, path, error);
}

bool Flow::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toYaml(), error);
}

} // namespace Flowsmith
