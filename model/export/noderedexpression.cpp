#include "model/export/noderedexpression.h"

#include <nlohmann/json.hpp>

namespace Flowsmith {

QString NodeRedExpression::stringLiteral(const QString &text)
{
    // JSONata string literals take JSON's escapes, so a JSON string is one.
    return QString::fromStdString(nlohmann::json(text.toStdString()).dump());
}

QString NodeRedExpression::wrap(const QString &expression)
{
    // A msg from a Node-RED source has no headers; ours always has (empty) headers. Our
    // `parts` header is Node-RED's msg.parts (what split sets and join reads).
    return QStringLiteral("($$ := payload; $headers := $exists(parts) ? $merge([$exists(headers) "
                          "? headers : {}, {\"parts\": parts}]) : $exists(headers) ? headers : "
                          "{}; $eval(%1, $$))")
        .arg(stringLiteral(expression));
}

QString NodeRedExpression::wrapCopy(const QString &expression)
{
    // The transform operator works on a deep copy of its input.
    return wrap(
        QStringLiteral("($v := (%1); $type($v) in [\"object\", \"array\"] ? $v ~> | $ | {} | : $v)")
            .arg(expression));
}

QString NodeRedExpression::wrapCondition(const QString &expression)
{
    return QStringLiteral("$boolean(%1) = true").arg(wrap(expression));
}

} // namespace Flowsmith
