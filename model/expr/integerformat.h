#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Flowsmith::Expr {

// An XPath integer picture ("#,##0", "w;o", "I", "A"...), as used by $formatInteger,
// $parseInteger and the integer components of date/time pictures.
struct IntegerPicture
{
    enum class Primary { Decimal, Letters, Roman, Words, Sequence };
    enum class Case { Lower, Upper, Title };
    struct Separator
    {
        int position = 0;
        std::uint32_t character = 0;
    };

    Primary primary = Primary::Decimal;
    Case letterCase = Case::Lower;
    bool ordinal = false;
    std::uint32_t zeroCode = 0x30;
    int mandatoryDigits = 0;
    int optionalDigits = 0;
    bool regular = false;
    std::vector<Separator> separators; // when regular: one entry (interval, character)
    std::string token;
};

IntegerPicture analyseIntegerPicture(std::string_view picture); // throws D3131
std::string formatIntegerWith(double value, const IntegerPicture &picture); // throws D3130
double parseIntegerWith(std::string_view text, const IntegerPicture &picture);
// The regular expression (PCRE syntax) that matches text formatted with this picture.
std::string integerRegex(const IntegerPicture &picture);
double wordsToNumber(std::string_view text);

} // namespace Flowsmith::Expr
