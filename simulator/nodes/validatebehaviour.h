#pragma once

#include "simulator/nodebehaviour.h"

#include <memory>

namespace Flowsmith {
class SchemaValidator;
}

namespace Flowsmith::Sim {

/// quality.validate: the body against a JSON Schema. A valid message leaves on `valid`; an
/// invalid one on `invalid` with header `validationErrors`: [{path, keyword, message}].
class ValidateBehaviour : public NodeBehaviour
{
public:
    explicit ValidateBehaviour(std::shared_ptr<const SchemaValidator> validator);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

private:
    std::shared_ptr<const SchemaValidator> m_validator;
};

} // namespace Flowsmith::Sim
