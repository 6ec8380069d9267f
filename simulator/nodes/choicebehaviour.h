#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

#include <QList>

namespace Flowsmith::Sim {

/// route.choice: the first case whose condition holds gets the message on the port named by
/// the case id; when none holds it leaves on `otherwise`.
class ChoiceBehaviour : public NodeBehaviour
{
public:
    struct Case
    {
        QString id;
        MessageExpression condition;
    };

    explicit ChoiceBehaviour(QList<Case> cases);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    QList<Case> m_cases;
};

} // namespace Flowsmith::Sim
