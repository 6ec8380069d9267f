#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Flowsmith::Expr {

// JSONata string functions count Unicode code points; strings are stored as UTF-8.
void appendUtf8(std::string &out, std::uint32_t cp);
std::vector<std::uint32_t> decodeUtf8(std::string_view s);
std::string encodeUtf8(const std::vector<std::uint32_t> &cps, std::size_t from = 0,
                       std::size_t count = std::string::npos);
std::size_t utf8Length(std::string_view s);
// True when every byte is below 0x80, so bytes and code points coincide.
inline bool isAscii(std::string_view s)
{
    unsigned char any = 0;
    for (char c : s)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}
// Byte offset of code point index `cp` (clamped to the end).
std::size_t utf8Offset(std::string_view s, std::size_t cp);

} // namespace Flowsmith::Expr
