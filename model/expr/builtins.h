#pragma once

#include "function.h"

namespace Flowsmith::Expr {

// Implementations of the built-in functions, grouped by file; registered in builtins.cpp.
namespace Builtins {
#define FLOWSMITH_BUILTIN(n) Value n(Evaluator &ev, const CallContext &ctx, ValueList &args)
// strings
FLOWSMITH_BUILTIN(string);
FLOWSMITH_BUILTIN(substring);
FLOWSMITH_BUILTIN(substringBefore);
FLOWSMITH_BUILTIN(substringAfter);
FLOWSMITH_BUILTIN(lowercase);
FLOWSMITH_BUILTIN(uppercase);
FLOWSMITH_BUILTIN(length);
FLOWSMITH_BUILTIN(trim);
FLOWSMITH_BUILTIN(pad);
FLOWSMITH_BUILTIN(contains);
FLOWSMITH_BUILTIN(split);
FLOWSMITH_BUILTIN(join);
FLOWSMITH_BUILTIN(match);
FLOWSMITH_BUILTIN(replace);
FLOWSMITH_BUILTIN(base64encode);
FLOWSMITH_BUILTIN(base64decode);
FLOWSMITH_BUILTIN(encodeUrlComponent);
FLOWSMITH_BUILTIN(encodeUrl);
FLOWSMITH_BUILTIN(decodeUrlComponent);
FLOWSMITH_BUILTIN(decodeUrl);
FLOWSMITH_BUILTIN(eval);
// numbers
FLOWSMITH_BUILTIN(number);
FLOWSMITH_BUILTIN(floor);
FLOWSMITH_BUILTIN(ceil);
FLOWSMITH_BUILTIN(round);
FLOWSMITH_BUILTIN(abs);
FLOWSMITH_BUILTIN(sqrt);
FLOWSMITH_BUILTIN(power);
FLOWSMITH_BUILTIN(random);
FLOWSMITH_BUILTIN(sum);
FLOWSMITH_BUILTIN(count);
FLOWSMITH_BUILTIN(max);
FLOWSMITH_BUILTIN(min);
FLOWSMITH_BUILTIN(average);
FLOWSMITH_BUILTIN(formatNumber);
FLOWSMITH_BUILTIN(formatBase);
FLOWSMITH_BUILTIN(formatInteger);
FLOWSMITH_BUILTIN(parseInteger);
// booleans, arrays, objects, higher order
FLOWSMITH_BUILTIN(boolean);
FLOWSMITH_BUILTIN(notFn);
FLOWSMITH_BUILTIN(exists);
FLOWSMITH_BUILTIN(append);
FLOWSMITH_BUILTIN(reverse);
FLOWSMITH_BUILTIN(sort);
FLOWSMITH_BUILTIN(shuffle);
FLOWSMITH_BUILTIN(distinct);
FLOWSMITH_BUILTIN(zip);
FLOWSMITH_BUILTIN(keys);
FLOWSMITH_BUILTIN(lookup);
FLOWSMITH_BUILTIN(spread);
FLOWSMITH_BUILTIN(merge);
FLOWSMITH_BUILTIN(each);
FLOWSMITH_BUILTIN(sift);
FLOWSMITH_BUILTIN(map);
FLOWSMITH_BUILTIN(filter);
FLOWSMITH_BUILTIN(single);
FLOWSMITH_BUILTIN(reduce);
FLOWSMITH_BUILTIN(error);
FLOWSMITH_BUILTIN(assertFn);
FLOWSMITH_BUILTIN(type);
FLOWSMITH_BUILTIN(clone);
// date/time
FLOWSMITH_BUILTIN(now);
FLOWSMITH_BUILTIN(millis);
FLOWSMITH_BUILTIN(fromMillis);
FLOWSMITH_BUILTIN(toMillis);
#undef FLOWSMITH_BUILTIN
} // namespace Builtins

} // namespace Flowsmith::Expr
