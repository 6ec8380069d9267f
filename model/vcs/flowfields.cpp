#include "model/vcs/flowfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Flowsmith::Vcs {

namespace {

const char *const governanceKeys[]
    = { "owner", "businessOwner", "steward", "retireBy", "classification", "capabilities" };

enum FlowFieldRank { IdRank, FlowNameRank, DescriptionRank, GovernanceRank, SloRank = 20 };

void flattenConfig(const QVariantMap &map, const QStringList &prefix, FieldMap *out)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QStringList keys = prefix + QStringList { it.key() };
        const QVariant &value = it.value();
        // An empty map is a value of its own: without it, {} and an absent key would read alike.
        if (value.typeId() == QMetaType::QVariantMap && !value.toMap().isEmpty())
            flattenConfig(value.toMap(), keys, out);
        else
            (*out)[{ ConfigRank, keys }] = value;
    }
}

bool insertPath(QVariantMap *map, const QStringList &keys, int index, const QVariant &value)
{
    const QString &key = keys.at(index);
    if (index == keys.size() - 1) {
        if (map->contains(key) && map->value(key).typeId() == QMetaType::QVariantMap
            && !map->value(key).toMap().isEmpty())
            return value.typeId() == QMetaType::QVariantMap && value.toMap().isEmpty();
        if (!map->contains(key) || value.typeId() != QMetaType::QVariantMap)
            map->insert(key, value);
        return true;
    }
    QVariant &child = (*map)[key];
    if (child.isValid() && child.typeId() != QMetaType::QVariantMap)
        return false;
    QVariantMap childMap = child.toMap();
    const bool ok = insertPath(&childMap, keys, index + 1, value);
    child = childMap;
    return ok;
}

QVariant pointValue(const QPointF &point)
{
    return QVariantList { point.x(), point.y() };
}

} // namespace

FieldMap nodeFields(const FlowNode &node)
{
    FieldMap fields;
    fields[{ TypeRank, { QStringLiteral("type") } }] = node.type;
    if (!node.name.isEmpty())
        fields[{ NameRank, { QStringLiteral("name") } }] = node.name;
    fields[{ AtRank, { QStringLiteral("at") } }] = pointValue(node.at);
    flattenConfig(node.config, { QStringLiteral("config") }, &fields);
    return fields;
}

FieldMap flowFields(const Flow &flow)
{
    FieldMap fields;
    const auto setString = [&](int rank, QStringList keys, const QString &value) {
        if (!value.isEmpty())
            fields[{ rank, std::move(keys) }] = value;
    };
    setString(IdRank, { QStringLiteral("id") }, flow.id);
    setString(FlowNameRank, { QStringLiteral("name") }, flow.name);
    setString(DescriptionRank, { QStringLiteral("description") }, flow.description);
    const Governance &g = flow.governance;
    const QString values[] = { g.owner, g.businessOwner, g.steward, g.retireBy, g.classification };
    const QString governance = QStringLiteral("governance");
    for (int i = 0; i < 5; ++i)
        setString(GovernanceRank + i, { governance, QLatin1String(governanceKeys[i]) }, values[i]);
    if (!g.capabilities.isEmpty())
        fields[{ GovernanceRank + 5, { governance, QStringLiteral("capabilities") } }]
            = g.capabilities;
    const QString slo = QStringLiteral("slo");
    if (flow.slo.latencyMs)
        fields[{ SloRank, { slo, QStringLiteral("latencyMs") } }] = *flow.slo.latencyMs;
    if (flow.slo.successRate)
        fields[{ SloRank + 1, { slo, QStringLiteral("successRate") } }] = *flow.slo.successRate;
    return fields;
}

bool applyNodeFields(const FieldMap &fields, FlowNode *node)
{
    node->type.clear();
    node->name.clear();
    node->at = QPointF();
    QVariantMap config;
    bool ok = true;
    for (const auto &[path, value] : fields) {
        switch (path.rank) {
        case TypeRank:
            node->type = value.toString();
            break;
        case NameRank:
            node->name = value.toString();
            break;
        case AtRank: {
            const QVariantList at = value.toList();
            if (at.size() == 2)
                node->at = QPointF(at.at(0).toDouble(), at.at(1).toDouble());
            break;
        }
        default:
            ok = insertPath(&config, path.keys, 1, value) && ok;
        }
    }
    node->config = config;
    return ok;
}

void applyFlowFields(const FieldMap &fields, Flow *flow)
{
    const auto string = [&](int rank, const QStringList &keys) {
        const auto it = fields.find({ rank, keys });
        return it == fields.end() ? QString() : it->second.toString();
    };
    flow->id = string(IdRank, { QStringLiteral("id") });
    flow->name = string(FlowNameRank, { QStringLiteral("name") });
    flow->description = string(DescriptionRank, { QStringLiteral("description") });
    const QString governance = QStringLiteral("governance");
    Governance &g = flow->governance;
    QString *targets[] = { &g.owner, &g.businessOwner, &g.steward, &g.retireBy, &g.classification };
    for (int i = 0; i < 5; ++i)
        *targets[i] = string(GovernanceRank + i, { governance, QLatin1String(governanceKeys[i]) });
    const auto capabilities
        = fields.find({ GovernanceRank + 5, { governance, QStringLiteral("capabilities") } });
    g.capabilities
        = capabilities == fields.end() ? QStringList() : capabilities->second.toStringList();
    const QString slo = QStringLiteral("slo");
    const auto number = [&](int rank, const QString &key) -> std::optional<double> {
        const auto it = fields.find({ rank, { slo, key } });
        if (it == fields.end())
            return std::nullopt;
        return it->second.toDouble();
    };
    flow->slo.latencyMs = number(SloRank, QStringLiteral("latencyMs"));
    flow->slo.successRate = number(SloRank + 1, QStringLiteral("successRate"));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid())
        return false;
    // Compare through JSON so that maps and lists compare deeply and 5 equals 5.0.
    return QJsonValue::fromVariant(a) == QJsonValue::fromVariant(b);
}

QString formatValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(formatValue(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(formatValue(it.key()) + QStringLiteral(": ") + formatValue(it.value()));
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    // Scalars as JSON: strings quoted and escaped, integral numbers without a fraction.
    const QByteArray json = QJsonDocument(QJsonArray { QJsonValue::fromVariant(value) })
                                .toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace Flowsmith::Vcs
