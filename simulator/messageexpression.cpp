#include "simulator/messageexpression.h"

#include "model/expr/jsonata.h"
#include "simulator/simulationerror.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

MessageExpression MessageExpression::compile(const QString &text, QString *error)
{
    MessageExpression result;
    Expr::Error compileError;
    auto expression = Expr::Expression::compile(text.toStdString(), &compileError);
    if (!expression) {
        if (error) {
            *error = QCoreApplication::translate("Flowsmith::Sim", "%1: %2 (at character %3)")
                         .arg(QString::fromStdString(compileError.code),
                              QString::fromStdString(compileError.message))
                         .arg(compileError.position);
        }
        return result;
    }
    result.m_expression = std::move(expression);
    result.m_text = text;
    return result;
}

std::optional<Json> MessageExpression::evaluate(const Message &message) const
{
    Json bindings = Json::object();
    bindings["headers"] = message.headers;
    return evaluateOn(message.body, bindings);
}

std::optional<Json> MessageExpression::evaluateOn(const Json &root, const Json &bindings) const
{
    if (!m_expression)
        return std::nullopt;
    const Expr::EvalResult result = m_expression->evaluate(&root, bindings);
    if (!result.ok) {
        throw SimulationError { QCoreApplication::translate("Flowsmith::Sim", "%1: %2 in `%3`")
                                    .arg(QString::fromStdString(result.error.code),
                                         QString::fromStdString(result.error.message), m_text),
                                QStringLiteral("expression") };
    }
    if (result.undefined)
        return std::nullopt;
    return result.value;
}

bool MessageExpression::test(const Message &message) const
{
    return truthy(evaluate(message));
}

namespace {

// JSONata's boolean casting rules ($boolean).
bool truthyValue(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return value.get<double>() != 0.0;
    case Json::value_t::string:
        return !value.get_ref<const std::string &>().empty();
    case Json::value_t::array:
        for (const Json &item : value)
            if (truthyValue(item))
                return true;
        return false;
    case Json::value_t::object:
        return !value.empty();
    default:
        return false;
    }
}

} // namespace

bool MessageExpression::truthy(const std::optional<Json> &value)
{
    return value && truthyValue(*value);
}

} // namespace Flowsmith::Sim
