#include "utf8.h"

namespace Flowsmith::Expr {

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

static std::size_t sequenceLength(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c >> 5) == 0x6)
        return 2;
    if ((c >> 4) == 0xE)
        return 3;
    if ((c >> 3) == 0x1E)
        return 4;
    return 1; // invalid lead byte: count it as one unit
}

std::vector<std::uint32_t> decodeUtf8(std::string_view s)
{
    std::vector<std::uint32_t> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = sequenceLength(c);
        if (i + len > s.size())
            len = 1;
        std::uint32_t cp = c;
        if (len == 2)
            cp = c & 0x1F;
        else if (len == 3)
            cp = c & 0x0F;
        else if (len == 4)
            cp = c & 0x07;
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
    return out;
}

std::string encodeUtf8(const std::vector<std::uint32_t> &cps, std::size_t from, std::size_t count)
{
    std::string out;
    std::size_t end = count == std::string::npos ? cps.size() : std::min(cps.size(), from + count);
    for (std::size_t i = from; i < end; ++i)
        appendUtf8(out, cps[i]);
    return out;
}

std::size_t utf8Length(std::string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = sequenceLength(static_cast<unsigned char>(s[i]));
        i += len;
        ++n;
    }
    return n;
}

std::size_t utf8Offset(std::string_view s, std::size_t cp)
{
    std::size_t i = 0;
    while (cp > 0 && i < s.size()) {
        i += sequenceLength(static_cast<unsigned char>(s[i]));
        --cp;
    }
    return std::min(i, s.size());
}

} // namespace Flowsmith::Expr
