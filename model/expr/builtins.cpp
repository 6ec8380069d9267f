#include "builtins.h"

#include "evaluator.h"
#include "signature.h"

#include <map>
#include <string>

namespace Flowsmith::Expr {

namespace {

struct Registry
{
    std::vector<Builtin> table;
    std::map<std::string, Value, std::less<>> values; // heterogeneous find: no allocation

    Registry()
    {
        using namespace Builtins;
        // name, signature, implementation, jsonata-js parameter count
        table = {
            { "sum", "<a<n>:n>", sum, 1, nullptr },
            { "count", "<a:n>", count, 1, nullptr },
            { "max", "<a<n>:n>", max, 1, nullptr },
            { "min", "<a<n>:n>", min, 1, nullptr },
            { "average", "<a<n>:n>", average, 1, nullptr },
            { "string", "<x-b?:s>", string, 1, nullptr },
            { "substring", "<s-nn?:s>", substring, 3, nullptr },
            { "substringBefore", "<s-s:s>", substringBefore, 2, nullptr },
            { "substringAfter", "<s-s:s>", substringAfter, 2, nullptr },
            { "lowercase", "<s-:s>", lowercase, 1, nullptr },
            { "uppercase", "<s-:s>", uppercase, 1, nullptr },
            { "length", "<s-:n>", length, 1, nullptr },
            { "trim", "<s-:s>", trim, 1, nullptr },
            { "pad", "<s-ns?:s>", pad, 3, nullptr },
            { "match", "<s-f<s:o>n?:a<o>>", match, 3, nullptr },
            { "contains", "<s-(sf):b>", contains, 2, nullptr },
            { "replace", "<s-(sf)(sf)n?:s>", replace, 4, nullptr },
            { "split", "<s-(sf)n?:a<s>>", split, 3, nullptr },
            { "join", "<a<s>s?:s>", join, 2, nullptr },
            { "formatNumber", "<n-so?:s>", formatNumber, 3, nullptr },
            { "formatBase", "<n-n?:s>", formatBase, 2, nullptr },
            { "formatInteger", "<n-s:s>", formatInteger, 2, nullptr },
            { "parseInteger", "<s-s:n>", parseInteger, 2, nullptr },
            { "number", "<(nsb)-:n>", number, 1, nullptr },
            { "floor", "<n-:n>", floor, 1, nullptr },
            { "ceil", "<n-:n>", ceil, 1, nullptr },
            { "round", "<n-n?:n>", round, 2, nullptr },
            { "abs", "<n-:n>", abs, 1, nullptr },
            { "sqrt", "<n-:n>", sqrt, 1, nullptr },
            { "power", "<n-n:n>", power, 2, nullptr },
            { "random", "<:n>", random, 0, nullptr },
            { "boolean", "<x-:b>", boolean, 1, nullptr },
            { "not", "<x-:b>", notFn, 1, nullptr },
            { "map", "<af>", map, 2, nullptr },
            { "zip", "<a+>", zip, 0, nullptr },
            { "filter", "<af>", filter, 2, nullptr },
            { "single", "<af?>", single, 2, nullptr },
            { "reduce", "<afj?:j>", reduce, 3, nullptr },
            { "sift", "<o-f?:o>", sift, 2, nullptr },
            { "keys", "<x-:a<s>>", keys, 1, nullptr },
            { "lookup", "<x-s:x>", lookup, 2, nullptr },
            { "append", "<xx:a>", append, 2, nullptr },
            { "exists", "<x:b>", exists, 1, nullptr },
            { "spread", "<x-:a<o>>", spread, 1, nullptr },
            { "merge", "<a<o>:o>", merge, 1, nullptr },
            { "reverse", "<a:a>", reverse, 1, nullptr },
            { "each", "<o-f:a>", each, 2, nullptr },
            { "error", "<s?:x>", error, 1, nullptr },
            { "assert", "<bs?:x>", assertFn, 2, nullptr },
            { "type", "<x:s>", type, 1, nullptr },
            { "sort", "<af?:a>", sort, 2, nullptr },
            { "shuffle", "<a:a>", shuffle, 1, nullptr },
            { "distinct", "<x:x>", distinct, 1, nullptr },
            { "base64encode", "<s-:s>", base64encode, 1, nullptr },
            { "base64decode", "<s-:s>", base64decode, 1, nullptr },
            { "encodeUrlComponent", "<s-:s>", encodeUrlComponent, 1, nullptr },
            { "encodeUrl", "<s-:s>", encodeUrl, 1, nullptr },
            { "decodeUrlComponent", "<s-:s>", decodeUrlComponent, 1, nullptr },
            { "decodeUrl", "<s-:s>", decodeUrl, 1, nullptr },
            { "eval", "<sx?:x>", eval, 2, nullptr },
            { "toMillis", "<s-s?:n>", toMillis, 2, nullptr },
            { "fromMillis", "<n-s?s?:s>", fromMillis, 3, nullptr },
            { "clone", "<(oa)-:o>", clone, 1, nullptr },
            { "now", "<s?s?:s>", now, 2, nullptr },
            { "millis", "<:n>", millis, 0, nullptr },
        };
        for (auto &b : table)
            b.parsed = std::make_shared<Signature>(b.signature, 0);
        for (auto &b : table) {
            auto f = makeHeap<Function>();
            f->kind = Function::Kind::Builtin;
            f->builtin = &b;
            values.emplace(b.name, Value::function(std::move(f)));
        }
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

Value lookupBuiltin(std::string_view name)
{
    const auto &values = registry().values;
    auto it = values.find(name);
    return it == values.end() ? Value() : it->second.unowned(); // shared between threads
}

} // namespace Flowsmith::Expr
