#pragma once

#include "jsonata.h"

#include <string>

namespace Flowsmith::Expr {

// Thrown only when an evaluation or compilation fails (never for control flow); caught at
// the public API boundary and turned into an Error.
struct EvalError
{
    Error error;
};

std::string errorMessage(const std::string &code);

[[noreturn]] void throwError(const std::string &code, std::size_t position = 0,
                             const std::string &token = {}, const std::string &detail = {});

} // namespace Flowsmith::Expr
