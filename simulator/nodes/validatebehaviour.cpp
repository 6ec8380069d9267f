#include "simulator/nodes/validatebehaviour.h"

#include "model/schema/schemavalidator.h"
#include "simulator/nodecontext.h"

namespace Flowsmith::Sim {

ValidateBehaviour::ValidateBehaviour(std::shared_ptr<const SchemaValidator> validator)
    : m_validator(std::move(validator))
{ }

void ValidateBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    const QList<SchemaViolation> violations = m_validator->validate(message.body);
    if (violations.isEmpty()) {
        context.send(QStringLiteral("valid"), message);
        return;
    }
    Message out = context.derive(message);
    Json errors = Json::array();
    for (const SchemaViolation &violation : violations)
        errors.push_back(violation.toJson());
    out.headers["validationErrors"] = std::move(errors);
    context.send(QStringLiteral("invalid"), std::move(out));
}

} // namespace Flowsmith::Sim
