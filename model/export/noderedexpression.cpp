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
    return QStringLiteral("($$ := payload; $headers := headers; $eval(%1, $$))")
        .arg(stringLiteral(expression));
}

QString NodeRedExpression::wrapCondition(const QString &expression)
{
    return QStringLiteral("$boolean(%1) = true").arg(wrap(expression));
}

} // namespace Flowsmith
