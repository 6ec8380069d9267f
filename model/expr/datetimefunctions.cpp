#include "builtins.h"
#include "datetime.h"
#include "evalerror.h"
#include "evaluator.h"

#include <cmath>

namespace Flowsmith::Expr::Builtins {

namespace {

const Value &arg(const ValueList &args, std::size_t i)
{
    static const Value undefined;
    return i < args.size() ? args[i] : undefined;
}

Value format(double millis, const Value &picture, const Value &timezone)
{
    std::string pic = picture.isString() ? std::string(picture.str()) : std::string();
    std::string tz = timezone.isString() ? std::string(timezone.str()) : std::string();
    return Value::string(formatDateTime(millis, picture.isString() ? &pic : nullptr,
                                        timezone.isString() ? &tz : nullptr));
}

} // namespace

Value now(Evaluator &ev, const CallContext &, ValueList &args)
{
    return format(ev.startMillis(), arg(args, 0), arg(args, 1));
}

Value millis(Evaluator &ev, const CallContext &, ValueList &)
{
    return Value::number(ev.startMillis());
}

Value fromMillis(Evaluator &, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    return format(v.numberValue(), arg(args, 1), arg(args, 2));
}

Value toMillis(Evaluator &ev, const CallContext &, ValueList &args)
{
    const Value &v = arg(args, 0);
    if (v.isUndefined())
        return {};
    if (arg(args, 1).isUndefined())
        return Value::number(parseIso8601(v.str()));
    auto result = parseDateTime(v.str(), arg(args, 1).str(), ev.startMillis());
    return result ? Value::number(*result) : Value();
}

} // namespace Flowsmith::Expr::Builtins
