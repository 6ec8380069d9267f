#include "simulator/nodes/setbehaviour.h"

#include "simulator/fieldpath.h"
#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

SetBehaviour::SetBehaviour(QList<Action> actions)
    : m_actions(std::move(actions))
{ }

void SetBehaviour::parseTarget(const QString &target, Action &action)
{
    QString path = target.trimmed();
    if (path.startsWith(QLatin1String("$headers")))
        path.remove(0, 1);
    if (path == QLatin1String("headers") || path.startsWith(QLatin1String("headers."))) {
        action.onHeaders = true;
        path = path.mid(8);
    } else if (path == QLatin1String("body") || path.startsWith(QLatin1String("body."))) {
        path = path.mid(5);
    }
    action.path = path;
}

void SetBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    Message out = context.derive(message);
    for (const Action &action : m_actions) {
        Json &root = action.onHeaders ? out.headers : out.body;
        const FieldPath path(action.path);
        if (action.remove) {
            if (path.isRoot())
                root = action.onHeaders ? Json::object() : Json(nullptr);
            else
                path.remove(root);
            continue;
        }
        auto value = action.value.evaluate(out);
        if (!value) {
            // JSONata's undefined removes, as Node-RED's change node does with it.
            if (!path.isRoot())
                path.remove(root);
            continue;
        }
        if (path.isRoot() && action.onHeaders && !value->is_object())
            continue; // headers stay an object
        path.set(root, std::move(*value));
    }
    context.send(QStringLiteral("out"), std::move(out));
}

} // namespace Flowsmith::Sim
