#include "model/vcs/flowchange.h"

#include "model/vcs/flowfields.h"

#include <QJsonValue>

namespace Flowsmith {

namespace {

QString side(const std::optional<QVariant> &value)
{
    return value ? Vcs::formatValue(*value) : QStringLiteral("(none)");
}

QString arrow()
{
    return QStringLiteral(" \u2192 ");
}

} // namespace

QString FlowChange::kindName(Kind kind)
{
    switch (kind) {
    case FlowPropertyChanged:
        return QStringLiteral("flowChanged");
    case GovernanceChanged:
        return QStringLiteral("governanceChanged");
    case SloChanged:
        return QStringLiteral("sloChanged");
    case NodeAdded:
        return QStringLiteral("nodeAdded");
    case NodeRemoved:
        return QStringLiteral("nodeRemoved");
    case NodeMoved:
        return QStringLiteral("nodeMoved");
    case NodeRenamed:
        return QStringLiteral("nodeRenamed");
    case NodeTypeChanged:
        return QStringLiteral("nodeTypeChanged");
    case NodeConfigChanged:
        return QStringLiteral("nodeConfigChanged");
    case EdgeAdded:
        return QStringLiteral("edgeAdded");
    case EdgeRemoved:
        return QStringLiteral("edgeRemoved");
    }
    return QString();
}

QString FlowChange::toText() const
{
    // The words are a stable, machine-readable format (like diff's), so they are not translated.
    const QString values = side(oldValue) + arrow() + side(newValue);
    switch (kind) {
    case FlowPropertyChanged:
    case GovernanceChanged:
    case SloChanged:
        return QStringLiteral("~ flow: %1 %2").arg(field, values);
    case NodeAdded:
        return QStringLiteral("+ node %1 (%2)").arg(nodeId, nodeType);
    case NodeRemoved:
        return QStringLiteral("- node %1 (%2)").arg(nodeId, nodeType);
    case NodeMoved:
        return QStringLiteral("~ node %1: moved %2").arg(nodeId, values);
    case NodeRenamed:
        return QStringLiteral("~ node %1: renamed %2").arg(nodeId, values);
    case NodeTypeChanged:
    case NodeConfigChanged:
        return QStringLiteral("~ node %1: %2 %3").arg(nodeId, field, values);
    case EdgeAdded:
        return QStringLiteral("+ edge %1").arg(from + arrow() + to);
    case EdgeRemoved:
        return QStringLiteral("- edge %1").arg(from + arrow() + to);
    }
    return QString();
}

QJsonObject FlowChange::toJson() const
{
    QJsonObject object { { QStringLiteral("kind"), kindName(kind) } };
    if (!nodeId.isEmpty())
        object.insert(QStringLiteral("node"), nodeId);
    if (!nodeType.isEmpty())
        object.insert(QStringLiteral("type"), nodeType);
    if (!from.isEmpty()) {
        object.insert(QStringLiteral("from"), from);
        object.insert(QStringLiteral("to"), to);
    }
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    if (oldValue)
        object.insert(QStringLiteral("old"), QJsonValue::fromVariant(*oldValue));
    if (newValue)
        object.insert(QStringLiteral("new"), QJsonValue::fromVariant(*newValue));
    return object;
}

} // namespace Flowsmith
