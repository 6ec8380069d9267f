#include "simulator/nodebehaviour.h"

#include "model/core/flow.h"
#include "simulator/nodes/aggregatebehaviour.h"
#include "simulator/nodes/choicebehaviour.h"
#include "simulator/nodes/filterbehaviour.h"
#include "simulator/nodes/forwardbehaviour.h"
#include "simulator/nodes/httpsinkbehaviour.h"
#include "simulator/nodes/mapbehaviour.h"
#include "simulator/nodes/maskbehaviour.h"
#include "simulator/nodes/recordbehaviour.h"
#include "simulator/nodes/rulesbehaviour.h"
#include "simulator/nodes/setbehaviour.h"
#include "simulator/nodes/splitbehaviour.h"
#include "simulator/nodes/validatebehaviour.h"
#include "simulator/projectresources.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Sim", text);
}

// Compiles a config expression; throws the error text so the factory reads straight through.
MessageExpression expression(const QString &text, const QString &what)
{
    QString error;
    MessageExpression compiled = MessageExpression::compile(text, &error);
    if (compiled.isNull())
        throw tr("%1: %2").arg(what, error);
    return compiled;
}

QString required(const QVariantMap &config, const char *key)
{
    const QString value = config.value(QLatin1String(key)).toString().trimmed();
    if (value.isEmpty())
        throw tr("config '%1' is missing").arg(QLatin1String(key));
    return value;
}

std::unique_ptr<NodeBehaviour> build(const FlowNode &node, ProjectResources &resources)
{
    const QString &type = node.type;
    const QVariantMap &config = node.config;

    if (type.startsWith(QLatin1String("source.")) || type == QLatin1String("error.catch"))
        return std::make_unique<ForwardBehaviour>();
    if (type == QLatin1String("sink.log") || type == QLatin1String("sink.topic")
        || type == QLatin1String("sink.reply"))
        return std::make_unique<RecordBehaviour>();
    if (type == QLatin1String("route.filter"))
        return std::make_unique<FilterBehaviour>(
            expression(required(config, "condition"), QStringLiteral("condition")));
    if (type == QLatin1String("route.choice")) {
        QList<ChoiceBehaviour::Case> cases;
        for (const QVariant &item : config.value(QStringLiteral("cases")).toList()) {
            const QVariantMap map = item.toMap();
            const QString id = required(map, "id");
            cases.append(
                { id,
                  expression(required(map, "condition"), tr("condition of case '%1'").arg(id)) });
        }
        return std::make_unique<ChoiceBehaviour>(std::move(cases));
    }
    if (type == QLatin1String("route.split")) {
        const QString text = config.value(QStringLiteral("expression")).toString().trimmed();
        return std::make_unique<SplitBehaviour>(
            text.isEmpty() ? MessageExpression() : expression(text, QStringLiteral("expression")));
    }
    if (type == QLatin1String("route.aggregate")) {
        const QString mode
            = config.value(QStringLiteral("mode"), QStringLiteral("automatic")).toString();
        if (mode == QLatin1String("count")) {
            const int count = config.value(QStringLiteral("count")).toInt();
            if (count < 1)
                throw tr("config 'count' must be at least 1 in count mode");
            return std::make_unique<AggregateBehaviour>(AggregateBehaviour::Mode::Count, count);
        }
        if (mode != QLatin1String("automatic"))
            throw tr("unknown aggregate mode '%1' (automatic or count)").arg(mode);
        return std::make_unique<AggregateBehaviour>(AggregateBehaviour::Mode::Automatic, 0);
    }
    if (type == QLatin1String("transform.map")) {
        const QString mapping = config.value(QStringLiteral("mapping")).toString().trimmed();
        if (!mapping.isEmpty()) {
            QString error;
            MessageExpression compiled = resources.mapping(mapping, &error);
            if (compiled.isNull())
                throw error;
            return std::make_unique<MapBehaviour>(std::move(compiled));
        }
        const QString text = config.value(QStringLiteral("expression")).toString();
        if (text.trimmed().isEmpty())
            throw tr("config 'mapping' or 'expression' is missing");
        return std::make_unique<MapBehaviour>(expression(text, QStringLiteral("expression")));
    }
    if (type == QLatin1String("transform.set")) {
        QList<SetBehaviour::Action> actions;
        for (const QVariant &item : config.value(QStringLiteral("actions")).toList()) {
            const QVariantMap map = item.toMap();
            SetBehaviour::Action action;
            const QString op = map.value(QStringLiteral("op"), QStringLiteral("set")).toString();
            if (op != QLatin1String("set") && op != QLatin1String("remove"))
                throw tr("unknown action '%1' (set or remove)").arg(op);
            action.remove = op == QLatin1String("remove");
            SetBehaviour::parseTarget(required(map, "target"), action);
            if (!action.remove)
                action.value = expression(required(map, "value"),
                                          tr("value of '%1'").arg(map.value("target").toString()));
            actions.append(std::move(action));
        }
        return std::make_unique<SetBehaviour>(std::move(actions));
    }
    if (type == QLatin1String("quality.validate")) {
        QString error;
        auto validator = resources.schema(required(config, "schema"), &error);
        if (!validator)
            throw error;
        return std::make_unique<ValidateBehaviour>(std::move(validator));
    }
    if (type == QLatin1String("quality.rules")) {
        QList<RulesBehaviour::Rule> rules;
        for (const QVariant &item : config.value(QStringLiteral("rules")).toList()) {
            const QVariantMap map = item.toMap();
            const QString name = required(map, "name");
            rules.append(
                { name,
                  expression(required(map, "condition"), tr("condition of rule '%1'").arg(name)) });
        }
        return std::make_unique<RulesBehaviour>(std::move(rules));
    }
    if (type == QLatin1String("security.mask")) {
        QStringList fields;
        const QVariant value = config.value(QStringLiteral("fields"));
        if (value.typeId() == QMetaType::QString)
            fields << value.toString();
        else
            for (const QVariant &field : value.toList())
                fields << field.toString();
        const QString mode
            = config.value(QStringLiteral("mode"), QStringLiteral("mask")).toString();
        if (mode != QLatin1String("mask") && mode != QLatin1String("redact"))
            throw tr("unknown mask mode '%1' (mask or redact)").arg(mode);
        return std::make_unique<MaskBehaviour>(fields, mode == QLatin1String("redact"));
    }
    if (type == QLatin1String("sink.http")) {
        HttpSinkBehaviour::Policy policy;
        const QVariantMap retry = config.value(QStringLiteral("retry")).toMap();
        policy.attempts = retry.value(QStringLiteral("attempts"), 1).toInt();
        policy.backoffMs = retry.value(QStringLiteral("backoffMs"), 0).toLongLong();
        policy.timeoutMs = config.value(QStringLiteral("timeoutMs"), 0).toLongLong();
        return std::make_unique<HttpSinkBehaviour>(policy);
    }
    throw tr("the simulator cannot run nodes of type '%1'").arg(type);
}

} // namespace

std::unique_ptr<NodeBehaviour> NodeBehaviour::create(const FlowNode &node,
                                                     ProjectResources &resources, QString *error)
{
    try {
        return build(node, resources);
    } catch (const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    }
}

} // namespace Flowsmith::Sim
