#pragma once

#include "simulator/message.h"

#include <QString>

#include <memory>
#include <optional>

namespace Flowsmith::Expr {
class Expression;
}

namespace Flowsmith::Sim {

/// A JSONata expression that runs on messages: the body is its root and the headers are bound
/// to `$headers` (design §3). Compiled once per node, evaluated per message.
class MessageExpression
{
public:
    MessageExpression() = default;

    /// Compiles `text`; on failure returns an empty expression and sets `error` to
    /// "CODE: message (at character N)".
    static MessageExpression compile(const QString &text, QString *error);

    bool isNull() const { return !m_expression; }
    QString text() const { return m_text; }

    /// The value, or std::nullopt when the result is undefined. Throws SimulationError when the
    /// evaluation fails.
    std::optional<Json> evaluate(const Message &message) const;
    /// Evaluates against an arbitrary root (no message), e.g. the array a test assertion checks.
    std::optional<Json> evaluateOn(const Json &root, const Json &bindings) const;
    /// JSONata's $boolean() of the value; undefined is false.
    bool test(const Message &message) const;

    static bool truthy(const std::optional<Json> &value);

private:
    std::shared_ptr<const Expr::Expression> m_expression;
    QString m_text;
};

} // namespace Flowsmith::Sim
