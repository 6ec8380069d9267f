#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

#include <QList>

namespace Flowsmith::Sim {

/// quality.rules: every named rule is a JSONata condition. When all hold the message leaves on
/// `pass`; otherwise on `fail` with header `failedRules`: the names of the rules that did not.
class RulesBehaviour : public NodeBehaviour
{
public:
    struct Rule
    {
        QString name;
        MessageExpression condition;
    };

    explicit RulesBehaviour(QList<Rule> rules);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    QList<Rule> m_rules;
};

} // namespace Flowsmith::Sim
