#pragma once

#include "document.h"
#include "model/core/flow.h"

#include <optional>

namespace Flowsmith {

/// An open flow file. Owns the Flow and its undo stack; views read flow() and follow the change
/// signals, and change the flow only by pushing commands (nodecommands.h, edgecommands.h,
/// flowcommands.h…) onto undoStack(). Nodes are addressed by id.
class FlowDocument : public Document
{
    Q_OBJECT

public:
    enum class NodeProperty { Name, Position, Config };
    Q_ENUM(NodeProperty)
    enum class FlowProperty { Name, Description };
    Q_ENUM(FlowProperty)
    enum class GovernanceField {
        Owner,
        BusinessOwner,
        Steward,
        RetireBy,
        Classification,
        Capabilities
    };
    Q_ENUM(GovernanceField)
    enum class SloField { LatencyMs, SuccessRate };
    Q_ENUM(SloField)

    explicit FlowDocument(QObject *parent = nullptr);
    explicit FlowDocument(Flow flow, QObject *parent = nullptr);
    ~FlowDocument() override;

    const Flow &flow() const { return m_flow; }
    const FlowNode *node(const QString &id) const { return m_flow.node(id); }

    const FlowGroup *group(const QString &id) const;
    const FlowNote *note(const QString &id) const;

    /// `base` if no node has that id yet, otherwise `base-2`, `base-3`…
    QString uniqueNodeId(const QString &base) const;
    /// The same for groups and notes (which share no ids with nodes).
    QString uniqueGroupId(const QString &base) const;
    QString uniqueNoteId(const QString &base) const;
    /// The groups whose member list names `nodeId`.
    QStringList groupsOfNode(const QString &nodeId) const;

    QString flowProperty(FlowProperty property) const;
    /// A QString, or a QStringList for Capabilities.
    QVariant governanceValue(GovernanceField field) const;
    std::optional<double> sloValue(SloField field) const;

signals:
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id, Flowsmith::FlowDocument::NodeProperty property);
    /// A node got a new id; the edges that referenced the old id now reference the new one.
    void nodeIdChanged(const QString &oldId, const QString &newId);
    void edgeAdded(const Flowsmith::FlowEdge &edge);
    void edgeRemoved(const Flowsmith::FlowEdge &edge);
    void flowPropertyChanged(Flowsmith::FlowDocument::FlowProperty property);
    void governanceChanged(Flowsmith::FlowDocument::GovernanceField field);
    void sloChanged(Flowsmith::FlowDocument::SloField field);
    void groupAdded(const QString &id);
    void groupRemoved(const QString &id);
    /// Title, members or colour of a group changed.
    void groupChanged(const QString &id);
    void noteAdded(const QString &id);
    void noteRemoved(const QString &id);
    /// Text, position or size of a note changed.
    void noteChanged(const QString &id);

protected:
    bool readFile(const QString &path, FileError *error) override;
    bool writeFile(const QString &path, FileError *error) const override;

private:
    // The mutators: only the commands may call them, so every change is undoable.
    friend class AddNodesCommand;
    friend class RemoveNodesCommand;
    friend class MoveNodesCommand;
    friend class LiveNodeMove;
    friend class ConnectPortsCommand;
    friend class DisconnectPortsCommand;
    friend class RenameNodeCommand;
    friend class ChangeNodeIdCommand;
    friend class SetNodeConfigCommand;
    friend class SetFlowPropertyCommand;
    friend class SetGovernanceCommand;
    friend class SetSloCommand;
    friend class AddGroupCommand;
    friend class RemoveGroupsCommand;
    friend class ChangeGroupCommand;
    friend class AddNoteCommand;
    friend class RemoveNotesCommand;
    friend class ChangeNoteCommand;

    void insertNode(int index, const FlowNode &node);
    FlowNode takeNode(int index);
    void insertEdge(int index, const FlowEdge &edge);
    FlowEdge takeEdge(int index);
    void setNodePosition(const QString &id, QPointF at);
    void setNodeName(const QString &id, const QString &name);
    void setNodeConfig(const QString &id, const QVariantMap &config);
    /// Gives node `oldId` the id `newId`, and the edges at `fromEdges` / `toEdges` (indexes into
    /// the edge list) a new `from` / `to` node: the command decides which edges, so that undo
    /// renames exactly those back.
    void setNodeId(const QString &oldId, const QString &newId, const QList<int> &fromEdges,
                   const QList<int> &toEdges);
    void setFlowProperty(FlowProperty property, const QString &value);
    void setGovernanceValue(GovernanceField field, const QVariant &value);
    void setSloValue(SloField field, std::optional<double> value);
    void insertGroup(int index, const FlowGroup &group);
    FlowGroup takeGroup(int index);
    /// Replaces title, members and colour; the group keeps its id and the YAML it was read from.
    void setGroup(int index, const FlowGroup &group);
    void insertNote(int index, const FlowNote &note);
    FlowNote takeNote(int index);
    /// Replaces text, position and size; the note keeps its id and its YAML.
    void setNote(int index, const FlowNote &note);

    Flow m_flow;
};

} // namespace Flowsmith
