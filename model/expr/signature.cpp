#include "signature.h"

#include "evalerror.h"

#include <iterator>

namespace Flowsmith::Expr {

char typeSymbol(const Value &v)
{
    return typeSymbol(v.type());
}

char typeSymbol(Value::Type type)
{
    switch (type) {
    case Value::Type::Undefined:
        return 'm';
    case Value::Type::Null:
        return 'l';
    case Value::Type::Boolean:
        return 'b';
    case Value::Type::Number:
        return 'n';
    case Value::Type::String:
        return 's';
    case Value::Type::Array:
        return 'a';
    case Value::Type::Object:
        return 'o';
    case Value::Type::Function:
        return 'f';
    }
    return 'm';
}

Signature::Signature(const std::string &text, std::size_t position)
    : m_text(text)
{
    // Skip the enclosing < >; the return type after ':' is not checked.
    std::size_t pos = 1;
    while (pos < text.size()) {
        char symbol = text[pos];
        if (symbol == ':')
            break;
        Param param;
        switch (symbol) {
        case 's':
        case 'n':
        case 'b':
        case 'l':
        case 'o':
            param.allowed = std::string(1, symbol) + "m";
            param.type = symbol;
            m_params.push_back(param);
            break;
        case 'a':
            param.allowed = "asnblfom";
            param.type = 'a';
            m_params.push_back(param);
            break;
        case 'f':
            param.allowed = "f";
            param.type = 'f';
            m_params.push_back(param);
            break;
        case 'j':
            param.allowed = "asnblom";
            param.type = 'j';
            m_params.push_back(param);
            break;
        case 'x':
            param.allowed = "asnblfom";
            param.type = 'x';
            m_params.push_back(param);
            break;
        case '-':
            if (!m_params.empty()) {
                m_params.back().context = true;
                m_params.back().optional = true;
            }
            break;
        case '?':
            if (!m_params.empty())
                m_params.back().optional = true;
            break;
        case '+':
            if (!m_params.empty())
                m_params.back().repeat = true;
            break;
        case '(': {
            std::size_t end = text.find(')', pos);
            if (end == std::string::npos)
                throwError("S0401", position + pos);
            std::string choice = text.substr(pos + 1, end - pos - 1);
            if (choice.find('<') != std::string::npos)
                throwError("S0402", position + pos);
            param.allowed = choice + "m";
            param.type = '(';
            m_params.push_back(param);
            pos = end;
            break;
        }
        case '<': {
            if (m_params.empty() || (m_params.back().type != 'a' && m_params.back().type != 'f'))
                throwError("S0401", position + pos);
            int depth = 1;
            std::size_t end = pos + 1;
            for (; end < text.size() && depth > 0; ++end) {
                if (text[end] == '<')
                    ++depth;
                else if (text[end] == '>')
                    --depth;
            }
            m_params.back().subtype = text.substr(pos + 1, end - pos - 2);
            pos = end - 1;
            break;
        }
        default:
            break;
        }
        ++pos;
    }
}

Signature::~Signature() = default;

bool Signature::match(std::string_view symbols, std::size_t param, int *counts) const
{
    if (param == m_params.size())
        return symbols.empty();
    const Param &p = m_params[param];
    // How many leading symbols this parameter can take, most first (greedy).
    std::size_t most = 0;
    const std::size_t limit = p.repeat ? symbols.size() : std::min<std::size_t>(1, symbols.size());
    while (most < limit && p.allowed.find(symbols[most]) != std::string::npos)
        ++most;
    const std::size_t least = (p.optional ? 0 : 1);
    for (std::size_t take = most + 1; take-- > least;) {
        counts[param] = int(take);
        if (match(symbols.substr(take), param + 1, counts))
            return true;
        if (take == 0)
            break;
    }
    return false;
}

bool Signature::matchInOrder(std::string_view symbols, int *counts) const
{
    if (symbols.size() > m_params.size())
        return false;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const Param &p = m_params[i];
        if (p.repeat)
            return false;
        if (i < symbols.size()) {
            if (p.allowed.find(symbols[i]) == std::string::npos)
                return false;
            counts[i] = 1;
        } else {
            if (!p.optional)
                return false;
            counts[i] = 0;
        }
    }
    return true;
}

void Signature::validate(ValueList &args, const Value &context, std::size_t position,
                         std::string_view name) const
{
    char supplied[64];
    std::string longSupplied;
    std::string_view symbols;
    if (args.size() <= sizeof supplied) {
        for (std::size_t i = 0; i < args.size(); ++i)
            supplied[i] = typeSymbol(args[i]);
        symbols = std::string_view(supplied, args.size());
    } else {
        for (const auto &a : args)
            longSupplied += typeSymbol(a);
        symbols = longSupplied;
    }
    int countsInline[16] = {};
    std::vector<int> countsHeap;
    int *counts = countsInline;
    if (m_params.size() > std::size(countsInline)) {
        countsHeap.assign(m_params.size(), 0);
        counts = countsHeap.data();
    }
    if (!matchInOrder(symbols, counts) && !match(symbols, 0, counts)) {
        // The first argument that does not fit: the longest prefix of parameters that
        // still matches the start of the arguments.
        std::size_t goodTo = 0;
        for (std::size_t n = 1; n <= m_params.size(); ++n) {
            std::size_t best = std::string_view::npos;
            for (std::size_t len = symbols.size() + 1; len-- > 0;) {
                Signature prefix(*this);
                prefix.m_params.resize(n);
                std::vector<int> c(n, 0);
                if (prefix.match(symbols.substr(0, len), 0, c.data())) {
                    best = len;
                    break;
                }
            }
            if (best == std::string_view::npos)
                break;
            goodTo = best;
        }
        throwError("T0410", position, std::string(name),
                   "Argument " + std::to_string(goodTo + 1) + " of function " + std::string(name)
                       + " does not match function signature");
    }
    // The common call: one argument per parameter, nothing to substitute or wrap; trailing
    // optional parameters left out read as undefined (the built-ins' arg() gives that).
    if (args.size() <= m_params.size()) {
        bool asIs = true;
        for (std::size_t i = 0; i < m_params.size() && asIs; ++i) {
            if (i >= args.size())
                asIs = counts[i] == 0 && !m_params[i].context;
            else
                asIs = counts[i] == 1
                    && (m_params[i].type != 'a'
                        || (symbols[i] == 'a' && m_params[i].subtype.empty()));
        }
        if (asIs)
            return;
    }
    const Value &ctx
        = context.isArray() && context.hasFlag(Value::OuterWrapper) ? context.at(0) : context;
    ValueList validated;
    validated.reserve(m_params.size());
    std::size_t argIndex = 0;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const Param &param = m_params[i];
        if (counts[i] == 0) {
            if (param.context) {
                if (param.allowed.find(typeSymbol(ctx)) != std::string::npos)
                    validated.push_back(ctx);
                else
                    throwError("T0411", position, std::string(name));
            } else {
                validated.push_back(argIndex < args.size() ? args[argIndex] : Value());
                ++argIndex;
            }
            continue;
        }
        for (int k = 0; k < counts[i]; ++k) {
            // As jsonata-js, an optional parameter that matched nothing still consumed an
            // argument slot, so the index can run past the end here.
            const char single = argIndex < symbols.size() ? symbols[argIndex] : 'm';
            Value arg = argIndex < args.size() ? args[argIndex] : Value();
            if (param.type == 'a') {
                if (single == 'm') {
                    arg = Value();
                } else {
                    bool ok = true;
                    if (!param.subtype.empty()) {
                        if (single != 'a' && std::string_view(&single, 1) != param.subtype) {
                            ok = false;
                        } else if (single == 'a' && arg.size() > 0) {
                            char itemType = typeSymbol(arg.at(0));
                            if (itemType != param.subtype[0]) {
                                ok = false;
                            } else {
                                for (std::size_t j = 0; j < arg.size(); ++j)
                                    if (typeSymbol(arg.itemType(j)) != itemType)
                                        ok = false;
                            }
                        }
                    }
                    if (!ok)
                        throwError("T0412", position, std::string(name));
                    if (single != 'a')
                        arg = Value::array({ arg });
                }
            }
            validated.push_back(std::move(arg));
            ++argIndex;
        }
    }
    args.swap(validated);
}

} // namespace Flowsmith::Expr
