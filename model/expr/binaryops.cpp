#include "evalerror.h"
#include "evaluator.h"

#include <cmath>

namespace Flowsmith::Expr {

namespace {

// As jsonata-js: an infinite operand (an overflowed intermediate) is an error.
bool isNumeric(const Value &v)
{
    if (!v.isNumber() || std::isnan(v.numberValue()))
        return false;
    if (!std::isfinite(v.numberValue()))
        throwError("D1001");
    return true;
}

bool isComparable(const Value &v)
{
    return v.isUndefined() || v.isString() || v.isNumber();
}

} // namespace

Value stringOf(const Value &v); // $string without prettify, defined with the built-ins

Value Evaluator::evalBinary(const Node *expr, const Value &input, Frame *env)
{
    Value lhs = evaluate(expr->lhs, input, env);
    const BinaryOp op = expr->op;
    if (op == BinaryOp::And) {
        bool l = toBoolean(lhs);
        return Value::boolean(l && toBoolean(evaluate(expr->rhs, input, env)));
    }
    if (op == BinaryOp::Or) {
        bool l = toBoolean(lhs);
        return Value::boolean(l || toBoolean(evaluate(expr->rhs, input, env)));
    }
    Value rhs = evaluate(expr->rhs, input, env);
    switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: {
        if (lhs.isDefined() && !isNumeric(lhs))
            throwError("T2001", expr->position, expr->value);
        if (rhs.isDefined() && !isNumeric(rhs))
            throwError("T2002", expr->position, expr->value);
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        double a = lhs.numberValue(), b = rhs.numberValue(), r = 0;
        switch (op) {
        case BinaryOp::Add:
            r = a + b;
            break;
        case BinaryOp::Sub:
            r = a - b;
            break;
        case BinaryOp::Mul:
            r = a * b;
            break;
        case BinaryOp::Div:
            r = a / b;
            break;
        default:
            r = std::fmod(a, b);
            break;
        }
        return Value::number(r);
    }
    case BinaryOp::Eq:
    case BinaryOp::Ne: {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value::boolean(false);
        bool eq = deepEqual(lhs, rhs);
        return Value::boolean(op == BinaryOp::Eq ? eq : !eq);
    }
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
        if (!isComparable(lhs) || !isComparable(rhs))
            throwError("T2010", expr->position, expr->value);
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        if (lhs.type() != rhs.type())
            throwError("T2009", expr->position, expr->value);
        int c = 0;
        if (lhs.isNumber()) {
            double a = lhs.numberValue(), b = rhs.numberValue();
            switch (op) {
            case BinaryOp::Lt:
                return Value::boolean(a < b);
            case BinaryOp::Le:
                return Value::boolean(a <= b);
            case BinaryOp::Gt:
                return Value::boolean(a > b);
            default:
                return Value::boolean(a >= b);
            }
        }
        c = lhs.str().compare(rhs.str());
        switch (op) {
        case BinaryOp::Lt:
            return Value::boolean(c < 0);
        case BinaryOp::Le:
            return Value::boolean(c <= 0);
        case BinaryOp::Gt:
            return Value::boolean(c > 0);
        default:
            return Value::boolean(c >= 0);
        }
    }
    case BinaryOp::Concat: {
        const Value left = lhs.isDefined() ? stringOf(lhs) : Value();
        const Value right = rhs.isDefined() ? stringOf(rhs) : Value();
        const std::string_view l = left.isString() ? left.str() : std::string_view();
        const std::string_view r = right.isString() ? right.str() : std::string_view();
        checkString(l.size() + r.size());
        std::string s;
        s.reserve(l.size() + r.size());
        s += l;
        s += r;
        return Value::string(std::move(s));
    }
    case BinaryOp::In: {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value::boolean(false);
        Value list = rhs.isArray() ? rhs : Value::array({ rhs });
        for (std::size_t i = 0; i < list.size(); ++i) {
            Value item = list.at(i);
            if (item.type() != lhs.type())
                continue;
            if (lhs.isNumber()       ? item.numberValue() == lhs.numberValue()
                    : lhs.isString() ? item.str() == lhs.str()
                    : lhs.isBool()   ? item.boolValue() == lhs.boolValue()
                    : lhs.isNull()   ? true
                                     : item.sameIdentity(lhs))
                return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    case BinaryOp::Range: {
        auto isInteger = [](const Value &v) {
            return v.isNumber() && std::floor(v.numberValue()) == v.numberValue()
                && std::isfinite(v.numberValue());
        };
        if (lhs.isDefined() && !isInteger(lhs))
            throwError("T2003", expr->position, "..");
        if (rhs.isDefined() && !isInteger(rhs))
            throwError("T2004", expr->position, "..");
        if (lhs.isUndefined() || rhs.isUndefined())
            return {};
        double a = lhs.numberValue(), b = rhs.numberValue();
        if (a > b)
            return {};
        double size = b - a + 1;
        if (size > 1e7)
            throwError("D2014", expr->position, "..");
        checkSequence(std::size_t(size));
        ValueList out;
        out.reserve(std::size_t(size));
        for (double x = a; x <= b; x += 1) {
            out.push_back(Value::number(x));
            tick();
        }
        return Value::array(std::move(out));
    }
    default:
        break;
    }
    return {};
}

} // namespace Flowsmith::Expr
