#pragma once

#include "simulator/messageexpression.h"
#include "simulator/nodebehaviour.h"

#include <QList>

namespace Flowsmith::Sim {

/// transform.set: actions in order, each on the message as the previous ones left it:
/// `set` a body field or header to an expression's value, or `remove` it.
class SetBehaviour : public NodeBehaviour
{
public:
    struct Action
    {
        bool remove = false;
        bool onHeaders = false;
        QString path; ///< below body or headers; empty = the whole body
        MessageExpression value;
    };

    explicit SetBehaviour(QList<Action> actions);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

    /// Splits "body.a.b" / "headers.x" / "a.b" (body implied) into an action's target.
    static void parseTarget(const QString &target, Action &action);

private:
    QList<Action> m_actions;
};

} // namespace Flowsmith::Sim
