#pragma once

#include "value.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Flowsmith::Expr {

class Regex;

// A function signature such as `<s-n?:s>`: parsed once, then used to check and coerce the
// arguments of each call (context substitution for `-`, singleton-to-array for `a`).
class Signature
{
public:
    Signature(const std::string &text, std::size_t position);
    ~Signature();

    // Replaces `args` by the arguments as the function sees them. Throws T0410 / T0411 /
    // T0412.
    void validate(ValueList &args, const Value &context, std::size_t position,
                  std::string_view name) const;
    std::size_t paramCount() const { return m_params.size(); }

private:
    struct Param
    {
        std::string allowed; // type symbols this parameter accepts ('m': missing)
        char type = 0;
        bool context = false; // `-`: the context item may stand in
        bool optional = false; // `?` (and `-`)
        bool repeat = false; // `+`
        std::string subtype;
    };
    // Assigns each argument symbol to a parameter, as the signature's regular expression
    // would (greedy, backtracking); `counts` gets how many symbols each parameter took.
    bool match(std::string_view symbols, std::size_t param, int *counts) const;
    // One argument per parameter, missing ones optional: the assignment match() would find
    // first, without its search. False when that is not the case (then match() decides).
    bool matchInOrder(std::string_view symbols, int *counts) const;
    std::vector<Param> m_params;
    std::string m_text;
};

char typeSymbol(const Value &v);
char typeSymbol(Value::Type type);

} // namespace Flowsmith::Expr
