#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Flowsmith::Expr {

// XPath date/time picture strings for $fromMillis, $toMillis and $now. Times are UTC
// milliseconds since the epoch; `timezone` is "+hhmm"/"-hhmm".
std::string formatDateTime(double millis, const std::string *picture,
                           const std::string *timezone); // throws D3132..D3135
// Returns nothing when the text does not match the picture; throws D3136 when the picture
// lacks components needed to build a timestamp.
std::optional<double> parseDateTime(std::string_view text, std::string_view picture, double now);
// ISO 8601 as jsonata-js accepts it; throws D3110 on anything else.
double parseIso8601(std::string_view text);

} // namespace Flowsmith::Expr
