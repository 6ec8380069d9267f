#pragma once

#include <string>

namespace Flowsmith {

/// The JSON Schema `format` checks quality.validate applies (to strings only, as the
/// specification says): email and idn-email (RFC 5322 addr-spec without comments or quoted
/// local parts, as ajv-formats and most validators accept), date, time and date-time (RFC 3339,
/// with real calendar days), uri (absolute) and uuid. valijson 1.0 knows only the date and time
/// ones and applies them to any type, so they are all checked here.
class SchemaFormats
{
public:
    /// Whether the format is one this class checks; other names pass, as the spec allows.
    static bool isKnown(const std::string &format);
    /// Whether `text` is a valid `format` (true for unknown formats).
    static bool matches(const std::string &format, const std::string &text);

    static bool isEmail(const std::string &text);
    static bool isDate(const std::string &text);
    static bool isTime(const std::string &text);
    static bool isDateTime(const std::string &text);
    static bool isUri(const std::string &text);
    static bool isUuid(const std::string &text);
};

} // namespace Flowsmith
