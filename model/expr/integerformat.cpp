#include "integerformat.h"

#include "evalerror.h"
#include "evaluator.h"
#include "utf8.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>

namespace Flowsmith::Expr {

namespace {

// Zero code points of the Unicode decimal digit families.
const std::uint32_t decimalGroups[] = {
    0x30,   0x660,  0x6F0,  0x7C0,  0x966,  0x9E6,  0xA66,  0xAE6,  0xB66,  0xBE6,
    0xC66,  0xCE6,  0xD66,  0xDE6,  0xE50,  0xED0,  0xF20,  0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
};

const char *const few[]
    = { "Zero",     "One",     "Two",     "Three",     "Four",     "Five",    "Six",
        "Seven",    "Eight",   "Nine",    "Ten",       "Eleven",   "Twelve",  "Thirteen",
        "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen" };
const char *const ordinals[]
    = { "Zeroth",    "First",     "Second",      "Third",      "Fourth",
        "Fifth",     "Sixth",     "Seventh",     "Eighth",     "Ninth",
        "Tenth",     "Eleventh",  "Twelfth",     "Thirteenth", "Fourteenth",
        "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth" };
const char *const decades[]
    = { "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred" };
const char *const decadeOrdinals[]
    = { "Twentieth",  "Thirtieth", "Fortieth",  "Fiftieth", "Sixtieth",
        "Seventieth", "Eightieth", "Ninetieth", "Hundredth" };
const char *const magnitudes[] = { "Thousand", "Million", "Billion", "Trillion" };

std::string lookupWords(double num, bool prev, bool ord)
{
    std::string words;
    if (num <= 19) {
        words = std::string(prev ? " and " : "") + (ord ? ordinals[int(num)] : few[int(num)]);
    } else if (num < 100) {
        int tens = int(num / 10);
        int remainder = int(std::fmod(num, 10));
        words = std::string(prev ? " and " : "")
            + (ord && remainder == 0 ? decadeOrdinals[tens - 2] : decades[tens - 2]);
        if (remainder > 0)
            words += "-" + lookupWords(remainder, false, ord);
    } else if (num < 1000) {
        int hundreds = int(num / 100);
        double remainder = std::fmod(num, 100);
        words = std::string(prev ? ", " : "") + few[hundreds] + " Hundred";
        if (remainder > 0)
            words += lookupWords(remainder, true, ord);
        else if (ord)
            words += "th";
    } else {
        int mag = int(std::floor(std::log10(num) / 3));
        if (mag > 4)
            mag = 4;
        double factor = std::pow(10, mag * 3);
        double mant = std::floor(num / factor);
        double remainder = num - mant * factor;
        words = std::string(prev ? ", " : "") + lookupWords(mant, false, false) + " "
            + magnitudes[mag - 1];
        if (remainder > 0)
            words += lookupWords(remainder, true, ord);
        else if (ord)
            words += "th";
    }
    return words;
}

std::string toRoman(double value)
{
    static const std::pair<int, const char *> numerals[]
        = { { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" },
            { 90, "xc" },  { 50, "l" },   { 40, "xl" }, { 10, "x" },   { 9, "ix" },
            { 5, "v" },    { 4, "iv" },   { 1, "i" } };
    std::string out;
    auto v = static_cast<long long>(value);
    for (const auto &[n, s] : numerals) {
        while (v >= n) {
            out += s;
            v -= n;
        }
    }
    return out;
}

double fromRoman(std::string_view s)
{
    auto val = [](char c) {
        switch (c) {
        case 'M':
        case 'm':
            return 1000;
        case 'D':
        case 'd':
            return 500;
        case 'C':
        case 'c':
            return 100;
        case 'L':
        case 'l':
            return 50;
        case 'X':
        case 'x':
            return 10;
        case 'V':
        case 'v':
            return 5;
        case 'I':
        case 'i':
            return 1;
        default:
            return 0;
        }
    };
    double total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int v = val(s[i]);
        if (i + 1 < s.size() && val(s[i + 1]) > v)
            total -= v;
        else
            total += v;
    }
    return total;
}

std::string toLetters(double value, char a)
{
    std::string letters;
    auto v = static_cast<long long>(value);
    while (v > 0) {
        letters.insert(letters.begin(), char((v - 1) % 26 + a));
        v = (v - 1) / 26;
    }
    return letters;
}

double fromLetters(std::string_view s, char a)
{
    double result = 0;
    for (char c : s)
        result = result * 26 + (c - a + 1);
    return result;
}

std::string changeCase(std::string s, bool upper)
{
    for (auto &c : s)
        c = upper ? char(std::toupper(static_cast<unsigned char>(c)))
                  : char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const std::map<std::string, double> &wordValues()
{
    static const std::map<std::string, double> values = [] {
        std::map<std::string, double> m;
        for (int i = 0; i < 20; ++i) {
            m[changeCase(few[i], false)] = i;
            m[changeCase(ordinals[i], false)] = i;
        }
        for (int i = 0; i < 9; ++i) {
            m[changeCase(decades[i], false)] = (i + 2) * 10;
            m[changeCase(decadeOrdinals[i], false)] = (i + 2) * 10;
        }
        m["hundred"] = 100;
        m["hundredth"] = 100;
        m["thousand"] = 1e3;
        m["thousandth"] = 1e3;
        m["million"] = 1e6;
        m["millionth"] = 1e6;
        m["billion"] = 1e9;
        m["billionth"] = 1e9;
        m["trillion"] = 1e12;
        m["trillionth"] = 1e12;
        return m;
    }();
    return values;
}

} // namespace

double wordsToNumber(std::string_view text)
{
    std::string lower = changeCase(std::string(text), false);
    // Split on ", ", " and ", spaces and hyphens.
    std::vector<std::string> parts;
    std::string cur;
    for (char c : lower) {
        if (c == ' ' || c == '-' || c == ',') {
            if (!cur.empty())
                parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        parts.push_back(cur);
    std::vector<double> segs { 0 };
    for (const auto &p : parts) {
        if (p == "and")
            continue;
        auto it = wordValues().find(p);
        double value = it == wordValues().end() ? 0 : it->second;
        if (value < 100) {
            double top = segs.back();
            segs.pop_back();
            if (top >= 1000) {
                segs.push_back(top);
                top = 0;
            }
            segs.push_back(top + value);
        } else {
            double top = segs.back();
            segs.pop_back();
            segs.push_back(top * value);
        }
    }
    return std::accumulate(segs.begin(), segs.end(), 0.0);
}

IntegerPicture analyseIntegerPicture(std::string_view picture)
{
    IntegerPicture format;
    std::string_view primary = picture;
    auto semicolon = picture.rfind(';');
    if (semicolon != std::string_view::npos) {
        primary = picture.substr(0, semicolon);
        std::string_view modifier = picture.substr(semicolon + 1);
        if (!modifier.empty() && modifier[0] == 'o')
            format.ordinal = true;
    }
    if (primary == "A" || primary == "a") {
        format.primary = IntegerPicture::Primary::Letters;
        format.letterCase
            = primary == "A" ? IntegerPicture::Case::Upper : IntegerPicture::Case::Lower;
    } else if (primary == "I" || primary == "i") {
        format.primary = IntegerPicture::Primary::Roman;
        format.letterCase
            = primary == "I" ? IntegerPicture::Case::Upper : IntegerPicture::Case::Lower;
    } else if (primary == "W" || primary == "w" || primary == "Ww") {
        format.primary = IntegerPicture::Primary::Words;
        format.letterCase = primary == "W" ? IntegerPicture::Case::Upper
            : primary == "Ww"              ? IntegerPicture::Case::Title
                                           : IntegerPicture::Case::Lower;
    } else {
        auto cps = decodeUtf8(primary);
        bool haveZero = false;
        int separatorPosition = 0;
        std::vector<IntegerPicture::Separator> separators;
        for (auto it = cps.rbegin(); it != cps.rend(); ++it) {
            std::uint32_t cp = *it;
            bool digit = false;
            for (std::uint32_t group : decimalGroups) {
                if (cp >= group && cp <= group + 9) {
                    digit = true;
                    ++format.mandatoryDigits;
                    ++separatorPosition;
                    if (!haveZero) {
                        format.zeroCode = group;
                        haveZero = true;
                    } else if (group != format.zeroCode) {
                        throwError("D3131");
                    }
                    break;
                }
            }
            if (!digit) {
                if (cp == '#') {
                    ++separatorPosition;
                    ++format.optionalDigits;
                } else {
                    separators.push_back({ separatorPosition, cp });
                }
            }
        }
        if (format.mandatoryDigits > 0) {
            format.primary = IntegerPicture::Primary::Decimal;
            int factor = 0;
            bool regular = !separators.empty();
            for (const auto &s : separators)
                if (s.character != separators[0].character)
                    regular = false;
            if (regular) {
                for (const auto &s : separators)
                    factor = std::gcd(factor, s.position);
                for (std::size_t i = 1; i <= separators.size() && regular; ++i) {
                    bool found = false;
                    for (const auto &s : separators)
                        if (s.position == int(i) * factor)
                            found = true;
                    regular = found;
                }
            }
            if (regular && factor > 0) {
                format.regular = true;
                format.separators = { { factor, separators[0].character } };
            } else {
                format.separators = separators;
            }
        } else {
            format.primary = IntegerPicture::Primary::Sequence;
            format.token = std::string(primary);
        }
    }
    return format;
}

std::string formatIntegerWith(double value, const IntegerPicture &format)
{
    if (!std::isfinite(value))
        throwError("D1001");
    // Roman numerals repeat 'm' per thousand and letters need an integer type: bound both.
    if ((format.primary == IntegerPicture::Primary::Roman && std::fabs(value) > 1e7)
        || (format.primary == IntegerPicture::Primary::Letters && std::fabs(value) > 9e15))
        throwError("D1001");
    std::string out;
    bool negative = value < 0;
    value = std::fabs(value);
    switch (format.primary) {
    case IntegerPicture::Primary::Letters:
        out = toLetters(value, format.letterCase == IntegerPicture::Case::Upper ? 'A' : 'a');
        break;
    case IntegerPicture::Primary::Roman:
        out = changeCase(toRoman(value), format.letterCase == IntegerPicture::Case::Upper);
        break;
    case IntegerPicture::Primary::Words:
        out = lookupWords(value, false, format.ordinal);
        if (format.letterCase != IntegerPicture::Case::Title)
            out = changeCase(out, format.letterCase == IntegerPicture::Case::Upper);
        break;
    case IntegerPicture::Primary::Decimal: {
        std::string digits = numberToString(value);
        int pad = format.mandatoryDigits - int(digits.size());
        if (pad > 0)
            digits = std::string(std::size_t(pad), '0') + digits;
        if (format.zeroCode == 0x30 && !format.regular && format.separators.empty()
            && !format.ordinal) {
            out = std::move(digits); // ASCII digits, no grouping: nothing to re-encode
            break;
        }
        std::vector<std::uint32_t> cps;
        for (char c : digits)
            cps.push_back(c >= '0' && c <= '9' ? std::uint32_t(c - '0') + format.zeroCode
                                               : std::uint32_t(static_cast<unsigned char>(c)));
        if (format.regular) {
            const int interval = format.separators[0].position;
            int n = (int(cps.size()) - 1) / interval;
            for (int i = n; i > 0; --i) {
                int pos = int(cps.size()) - i * interval;
                cps.insert(cps.begin() + pos, format.separators[0].character);
            }
        } else {
            for (auto it = format.separators.rbegin(); it != format.separators.rend(); ++it) {
                int pos = int(cps.size()) - it->position;
                if (pos > 0)
                    cps.insert(cps.begin() + pos, it->character);
            }
        }
        out = encodeUtf8(cps);
        if (format.ordinal) {
            char last = digits.back();
            char beforeLast = digits.size() > 1 ? digits[digits.size() - 2] : '\0';
            const char *suffix = "th";
            if (beforeLast != '1') {
                if (last == '1')
                    suffix = "st";
                else if (last == '2')
                    suffix = "nd";
                else if (last == '3')
                    suffix = "rd";
            }
            out += suffix;
        }
        break;
    }
    case IntegerPicture::Primary::Sequence:
        throwError("D3130", 0, format.token);
    }
    if (negative)
        out = "-" + out;
    return out;
}

double parseIntegerWith(std::string_view text, const IntegerPicture &format)
{
    switch (format.primary) {
    case IntegerPicture::Primary::Letters:
        return fromLetters(text, format.letterCase == IntegerPicture::Case::Upper ? 'A' : 'a');
    case IntegerPicture::Primary::Roman:
        return fromRoman(text);
    case IntegerPicture::Primary::Words:
        return wordsToNumber(text);
    case IntegerPicture::Primary::Decimal: {
        double v = 0;
        for (std::uint32_t cp : decodeUtf8(text)) {
            if (cp >= format.zeroCode && cp <= format.zeroCode + 9)
                v = v * 10 + double(cp - format.zeroCode);
            else if (cp >= '0' && cp <= '9')
                v = v * 10 + double(cp - '0');
        }
        return v;
    }
    case IntegerPicture::Primary::Sequence:
        throwError("D3130", 0, format.token);
    }
    return 0;
}

std::string integerRegex(const IntegerPicture &format)
{
    const bool upper = format.letterCase == IntegerPicture::Case::Upper;
    switch (format.primary) {
    case IntegerPicture::Primary::Letters:
        return upper ? "[A-Z]+" : "[a-z]+";
    case IntegerPicture::Primary::Roman:
        return upper ? "[MDCLXVI]+" : "[mdclxvi]+";
    case IntegerPicture::Primary::Words: {
        std::string alternatives;
        // Longest words first so that alternation does not stop at a prefix.
        std::vector<std::string> words;
        for (const auto &kv : wordValues())
            words.push_back(kv.first);
        std::sort(words.begin(), words.end(),
                  [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
        for (const auto &w : words)
            alternatives += w + "|";
        return "(?:" + alternatives + "and|[\\-, ])+";
    }
    case IntegerPicture::Primary::Decimal: {
        std::string digits = "[0-9]";
        if (format.zeroCode != 0x30) {
            std::string lo, hi;
            appendUtf8(lo, format.zeroCode);
            appendUtf8(hi, format.zeroCode + 9);
            digits = "[" + lo + "-" + hi + "]";
        }
        std::string re = digits + "+";
        if (format.ordinal)
            re += "(?:th|st|nd|rd)";
        return re;
    }
    case IntegerPicture::Primary::Sequence:
        throwError("D3130", 0, format.token);
    }
    return {};
}

} // namespace Flowsmith::Expr
