#include "simulator/nodes/maskbehaviour.h"

#include "simulator/fieldpath.h"
#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

MaskBehaviour::MaskBehaviour(QStringList fields, bool redact)
    : m_fields(std::move(fields))
    , m_redact(redact)
{ }

void MaskBehaviour::mask(Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        value = "***";
        break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        value = 0;
        break;
    case Json::value_t::boolean:
        value = false;
        break;
    case Json::value_t::array:
    case Json::value_t::object:
        for (Json &child : value)
            mask(child);
        break;
    default:
        break;
    }
}

void MaskBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    Message out = context.derive(message);
    for (QString field : m_fields) {
        if (field.startsWith(QLatin1String("body.")))
            field = field.mid(5);
        const FieldPath path(field);
        if (path.isRoot())
            continue;
        if (m_redact)
            path.remove(out.body);
        else
            path.forEach(out.body, [](Json &value) { mask(value); });
    }
    context.send(QStringLiteral("out"), std::move(out));
}

} // namespace Flowsmith::Sim
