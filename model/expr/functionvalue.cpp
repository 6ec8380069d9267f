#include "function.h"

#include "ast.h"
#include "signature.h"

namespace Flowsmith::Expr {

int Function::arity() const
{
    switch (kind) {
    case Kind::Lambda:
        return int(params.size());
    case Kind::Builtin:
        return builtin->arity;
    case Kind::Partial: {
        int n = 0;
        for (bool p : placeholder)
            n += p ? 1 : 0;
        return n;
    }
    case Kind::Regex:
    case Kind::Compose:
        return 1;
    case Kind::Thunk:
        return 0;
    }
    return 0;
}

const Signature *Function::signature() const
{
    if (kind == Kind::Lambda && !partial && node)
        return node->signature.get();
    if (kind == Kind::Builtin)
        return builtin->parsed.get();
    return nullptr;
}

} // namespace Flowsmith::Expr
