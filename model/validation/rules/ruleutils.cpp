#include "ruleutils.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/core/project.h"
#include "model/validation/flowgraph.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QFile>

namespace Flowsmith::RuleUtils {

QDate isoDate(const QString &text)
{
    // Qt::ISODate also takes "2028-12-31T10:00"; a retireBy is a day.
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

bool isEmptyValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().trimmed().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return value.toMap().isEmpty();
    default:
        return false;
    }
}

void forEachReference(const FlowCheck &check, ConfigFieldType type,
                      const std::function<void(const FlowNode &, const QString &)> &visit)
{
    for (const FlowNode &node : check.flow.nodes) {
        const NodeType *nodeType = check.catalog.type(node.type);
        if (!nodeType)
            continue;
        for (const ConfigField &field : nodeType->configFields) {
            if (field.type != type)
                continue;
            const QVariant value = node.config.value(field.key);
            if (!isEmptyValue(value))
                visit(node, value.toString());
        }
    }
}

const FlowNode *findNode(const FlowCheck &check, const QString &id)
{
    const int index = check.graph.indexOf(id);
    return index < 0 ? nullptr : &check.flow.nodes[index];
}

SourcePosition edgePosition(const FlowCheck &check, const FlowEdge &edge)
{
    if (edge.position.isValid())
        return edge.position;
    if (const FlowNode *node = findNode(check, edge.from.node))
        return node->position;
    return {};
}

QString edgeNodeId(const FlowCheck &check, const FlowEdge &edge)
{
    if (findNode(check, edge.from.node))
        return edge.from.node;
    if (findNode(check, edge.to.node))
        return edge.to.node;
    return {};
}

SourcePosition topLevelKeyPosition(const ProjectSnapshot &snapshot, const QString &file,
                                   const char *key)
{
    if (!snapshot.project)
        return { 1, 1 };
    QFile in(snapshot.project->absolutePath(file));
    if (!in.open(QIODevice::ReadOnly))
        return { 1, 1 };
    const QByteArray prefix = QByteArray(key) + ':';
    int line = 0;
    while (!in.atEnd()) {
        ++line;
        if (in.readLine().startsWith(prefix))
            return { line, 1 };
    }
    return { 1, 1 };
}

} // namespace Flowsmith::RuleUtils
