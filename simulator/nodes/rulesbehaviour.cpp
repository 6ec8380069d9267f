#include "simulator/nodes/rulesbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

RulesBehaviour::RulesBehaviour(QList<Rule> rules)
    : m_rules(std::move(rules))
{ }

void RulesBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    Json failed = Json::array();
    for (const Rule &rule : m_rules)
        if (!rule.condition.test(message))
            failed.push_back(rule.name.toStdString());
    if (failed.empty()) {
        context.send(QStringLiteral("pass"), message);
        return;
    }
    Message out = context.derive(message);
    out.headers["failedRules"] = std::move(failed);
    context.send(QStringLiteral("fail"), std::move(out));
}

} // namespace Flowsmith::Sim
