#include "simulator/nodes/splitbehaviour.h"

#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

SplitBehaviour::SplitBehaviour(MessageExpression expression)
    : m_expression(std::move(expression))
{ }

void SplitBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    std::optional<Json> value = m_expression.isNull() ? std::optional<Json>(message.body)
                                                      : m_expression.evaluate(message);
    if (!value)
        return;
    Json elements = value->is_array() ? std::move(*value) : Json::array({ std::move(*value) });
    const std::size_t count = elements.size();
    const std::string groupId = "m" + std::to_string(message.id);
    for (std::size_t index = 0; index < count; ++index) {
        Message part = context.derive(message);
        part.body = std::move(elements[index]);
        Json parts = Json::object();
        parts["id"] = groupId;
        parts["index"] = index;
        parts["count"] = count;
        parts["type"] = "array";
        if (auto outer = message.headers.find("parts"); outer != message.headers.end())
            parts["parts"] = *outer;
        part.headers["parts"] = std::move(parts);
        context.send(QStringLiteral("out"), std::move(part));
    }
}

} // namespace Flowsmith::Sim
