#include "datetime.h"

#include "evaluator.h"

#include "evalerror.h"
#include "integerformat.h"
#include "regex.h"
#include "utf8.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <vector>

namespace Flowsmith::Expr {

namespace {

constexpr double dayMillis = 86400000.0;

const char *const monthNames[]
    = { "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December" };
const char *const dayNames[]
    = { "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
long long daysFromCivil(long long y, int m, int d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(long long z, long long &y, int &m, int &d)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
}

// Date.UTC: month is 0-based and may overflow, like the other fields.
double utc(double year, double month0, double day, double h, double mi, double s, double ms)
{
    double y = year + std::floor(month0 / 12);
    double m = std::fmod(month0, 12);
    if (m < 0)
        m += 12;
    double days = double(daysFromCivil((long long)y, int(m) + 1, 1)) + day - 1;
    return days * dayMillis + h * 3600000.0 + mi * 60000.0 + s * 1000.0 + ms;
}

struct DateTime
{
    long long year = 1970;
    int month = 1; // 1..12
    int day = 1;
    int hour = 0, minute = 0, second = 0, millis = 0;
    int weekday = 4; // ISO: 1 Monday .. 7 Sunday
    long long days = 0;
};

DateTime split(double ms)
{
    DateTime dt;
    double days = std::floor(ms / dayMillis);
    double rest = ms - days * dayMillis;
    dt.days = (long long)days;
    civilFromDays(dt.days, dt.year, dt.month, dt.day);
    auto r = (long long)rest;
    dt.hour = int(r / 3600000);
    dt.minute = int(r / 60000 % 60);
    dt.second = int(r / 1000 % 60);
    dt.millis = int(r % 1000);
    long long wd = (dt.days + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (wd < 0)
        wd += 7;
    dt.weekday = wd == 0 ? 7 : int(wd);
    return dt;
}

// Start (epoch days) of week 1 of a year or month: the week containing its first Thursday.
long long startOfFirstWeek(long long year, int month)
{
    long long first = daysFromCivil(year, month, 1);
    long long wd = (first + 4) % 7;
    if (wd < 0)
        wd += 7;
    int dow = wd == 0 ? 7 : int(wd);
    return dow > 4 ? first + (8 - dow) : first - (dow - 1);
}

// ISO week of year (forYear) or week of month, and the year/month it belongs to.
void weekOf(const DateTime &dt, bool forYear, long long &week, long long &periodYear,
            int &periodMonth)
{
    periodYear = dt.year;
    periodMonth = forYear ? 1 : dt.month;
    long long start = startOfFirstWeek(periodYear, periodMonth);
    week = (dt.days - start) / 7 + 1;
    if (dt.days < start) {
        // Belongs to the last week of the previous period.
        if (forYear) {
            --periodYear;
        } else if (--periodMonth == 0) {
            periodMonth = 12;
            --periodYear;
        }
        start = startOfFirstWeek(periodYear, periodMonth);
        week = (dt.days - start) / 7 + 1;
        return;
    }
    long long nextYear = periodYear;
    int nextMonth = periodMonth;
    if (forYear) {
        ++nextYear;
    } else if (++nextMonth == 13) {
        nextMonth = 1;
        ++nextYear;
    }
    long long nextStart = startOfFirstWeek(nextYear, nextMonth);
    if (dt.days >= nextStart) {
        week = 1;
        periodYear = nextYear;
        periodMonth = nextMonth;
    }
}

struct Marker
{
    bool literal = false;
    std::string text;
    char component = 0;
    std::string presentation1;
    char presentation2 = 0;
    int names = 0; // 0 none, 1 lower, 2 upper, 3 title
    int minWidth = -1, maxWidth = -1;
    bool hasInteger = false;
    IntegerPicture integer;
    int n = -1;
};

const char *defaultPresentation(char c)
{
    switch (c) {
    case 'Y':
    case 'M':
    case 'D':
    case 'd':
    case 'W':
    case 'w':
    case 'X':
    case 'x':
    case 'H':
    case 'h':
    case 'f':
        return "1";
    case 'F':
    case 'P':
    case 'C':
    case 'E':
        return "n";
    case 'm':
    case 's':
        return "01";
    case 'Z':
    case 'z':
        return "01:01";
    default:
        return nullptr;
    }
}

std::vector<Marker> analysePicture(std::string_view picture)
{
    std::vector<Marker> spec;
    auto addLiteral = [&](std::size_t start, std::size_t end) {
        if (end > start) {
            std::string lit(picture.substr(start, end - start));
            std::string out;
            for (std::size_t i = 0; i < lit.size(); ++i) {
                out += lit[i];
                if (lit[i] == ']' && i + 1 < lit.size() && lit[i + 1] == ']')
                    ++i;
            }
            Marker m;
            m.literal = true;
            m.text = out;
            spec.push_back(m);
        }
    };
    std::size_t start = 0, pos = 0;
    while (pos < picture.size()) {
        if (picture[pos] == '[') {
            if (pos + 1 < picture.size() && picture[pos + 1] == '[') {
                addLiteral(start, pos);
                Marker m;
                m.literal = true;
                m.text = "[";
                spec.push_back(m);
                pos += 2;
                start = pos;
                continue;
            }
            addLiteral(start, pos);
            start = pos;
            pos = picture.find(']', start);
            if (pos == std::string_view::npos)
                throwError("D3135");
            std::string marker;
            for (char c : picture.substr(start + 1, pos - start - 1))
                if (!std::isspace(static_cast<unsigned char>(c)))
                    marker += c;
            Marker def;
            def.component = marker.empty() ? '\0' : marker[0];
            std::string presMod;
            auto comma = marker.rfind(',');
            if (comma != std::string::npos) {
                std::string widthMod = marker.substr(comma + 1);
                auto dash = widthMod.find('-');
                std::string min = dash == std::string::npos ? widthMod : widthMod.substr(0, dash);
                std::string max
                    = dash == std::string::npos ? std::string("*") : widthMod.substr(dash + 1);
                auto parseWidth = [](const std::string &w) {
                    if (w.empty() || w == "*")
                        return -1;
                    // As $pad: a width picture must not build a string of gigabytes.
                    const long width = std::strtol(w.c_str(), nullptr, 10);
                    if (width > 10'000'000)
                        throwError("D1011", 0, {}, "Width exceeds the maximum length");
                    return int(width);
                };
                def.minWidth = parseWidth(min);
                def.maxWidth = dash == std::string::npos ? -1 : parseWidth(max);
                presMod = marker.substr(1, comma - 1);
            } else {
                presMod = marker.size() > 1 ? marker.substr(1) : std::string();
            }
            if (presMod.size() == 1) {
                def.presentation1 = presMod;
            } else if (presMod.size() > 1) {
                char last = presMod.back();
                if (std::string("atco").find(last) != std::string::npos) {
                    def.presentation2 = last;
                    def.presentation1 = presMod.substr(0, presMod.size() - 1);
                } else {
                    def.presentation1 = presMod;
                }
            } else {
                const char *d = defaultPresentation(def.component);
                if (!d)
                    throwError("D3132", 0, std::string(1, def.component));
                def.presentation1 = d;
            }
            if (!defaultPresentation(def.component))
                throwError("D3132", 0, std::string(1, def.component));
            if (def.presentation1[0] == 'n')
                def.names = 1;
            else if (def.presentation1[0] == 'N')
                def.names = def.presentation1.size() > 1 && def.presentation1[1] == 'n' ? 3 : 2;
            if (std::string("YMDdFWwXxHhmsf").find(def.component) != std::string::npos) {
                std::string pattern = def.presentation1;
                if (def.presentation2)
                    pattern += std::string(";") + def.presentation2;
                def.integer = analyseIntegerPicture(pattern);
                def.hasInteger = true;
                if (def.minWidth != -1 && def.integer.mandatoryDigits < def.minWidth)
                    def.integer.mandatoryDigits = def.minWidth;
                if (std::string("YMD").find(def.component) != std::string::npos) {
                    def.n = -1;
                    if (def.maxWidth != -1) {
                        def.n = def.maxWidth;
                        def.integer.mandatoryDigits = def.n;
                    } else {
                        int w = def.integer.mandatoryDigits + def.integer.optionalDigits;
                        if (w >= 2)
                            def.n = w;
                    }
                }
            }
            if (def.component == 'Z' || def.component == 'z') {
                def.integer = analyseIntegerPicture(def.presentation1);
                def.hasInteger = true;
            }
            spec.push_back(def);
            start = pos + 1;
        }
        ++pos;
    }
    addLiteral(start, pos);
    return spec;
}

// Pictures are analysed once per thread: mappings format many timestamps with the same few.
struct PictureHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

const std::vector<Marker> &cachedPicture(std::string_view picture)
{
    thread_local std::unordered_map<std::string, std::vector<Marker>, PictureHash, std::equal_to<>>
        cache;
    auto it = cache.find(picture);
    if (it != cache.end())
        return it->second;
    std::vector<Marker> spec = analysePicture(picture); // may throw: nothing cached then
    if (cache.size() >= 64)
        cache.clear();
    return cache.emplace(std::string(picture), std::move(spec)).first->second;
}

std::string caseOf(std::string s, int names)
{
    for (auto &c : s) {
        if (names == 2)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        else if (names == 1)
            c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

double fragment(const DateTime &dt, char component)
{
    long long week = 0, py = 0;
    int pm = 0;
    switch (component) {
    case 'Y':
        return double(dt.year);
    case 'M':
        return dt.month;
    case 'D':
        return dt.day;
    case 'd':
        return double(dt.days - daysFromCivil(dt.year, 1, 1) + 1);
    case 'F':
        return dt.weekday;
    case 'W':
        weekOf(dt, true, week, py, pm);
        return double(week);
    case 'X':
        weekOf(dt, true, week, py, pm);
        return double(py);
    case 'w':
        weekOf(dt, false, week, py, pm);
        return double(week);
    case 'x':
        weekOf(dt, false, week, py, pm);
        return pm;
    case 'H':
        return dt.hour;
    case 'h':
        return dt.hour % 12 == 0 ? 12 : dt.hour % 12;
    case 'm':
        return dt.minute;
    case 's':
        return dt.second;
    case 'f':
        return dt.millis;
    default:
        return 0;
    }
}

} // namespace

std::string formatDateTime(double millis, const std::string *picture, const std::string *timezone)
{
    // The range of a JavaScript Date; beyond it there is no calendar date to format.
    if (!std::isfinite(millis) || std::fabs(millis) > 8.64e15)
        throwError("D3110", 0, {}, "Timestamp out of range");
    int offsetHours = 0, offsetMinutes = 0;
    if (timezone) {
        long offset = std::strtol(timezone->c_str(), nullptr, 10);
        offsetHours = int(std::floor(double(offset) / 100));
        offsetMinutes = int(offset % 100);
    }
    static const std::string iso = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";
    const std::vector<Marker> &spec = cachedPicture(picture ? *picture : iso);
    double offsetMillis = (60.0 * offsetHours + offsetMinutes) * 60000.0;
    DateTime dt = split(millis + offsetMillis);
    std::string result;
    for (const Marker &m : spec) {
        if (m.literal) {
            result += m.text;
            continue;
        }
        std::string value;
        const char c = m.component;
        if (std::string("YMDdFWwXxHhms").find(c) != std::string::npos) {
            double v = fragment(dt, c);
            if (c == 'Y' && m.n != -1)
                v = std::fmod(v, std::pow(10, m.n));
            if (m.names) {
                if (c == 'M' || c == 'x')
                    value = monthNames[int(v) - 1];
                else if (c == 'F')
                    value = dayNames[int(v)];
                else
                    throwError("D3133", 0, std::string(1, c));
                value = caseOf(value, m.names);
                if (m.maxWidth != -1 && int(value.size()) > m.maxWidth)
                    value = value.substr(0, std::size_t(m.maxWidth));
            } else {
                value = formatIntegerWith(v, m.integer);
            }
        } else if (c == 'f') {
            value = formatIntegerWith(fragment(dt, c), m.integer);
        } else if (c == 'Z' || c == 'z') {
            int offset = offsetHours * 100 + offsetMinutes;
            if (m.integer.regular) {
                value = formatIntegerWith(offset, m.integer);
            } else {
                int digits = m.integer.mandatoryDigits;
                if (digits == 1 || digits == 2) {
                    value = formatIntegerWith(offsetHours, m.integer);
                    if (offsetMinutes != 0)
                        value
                            += ":" + formatIntegerWith(offsetMinutes, analyseIntegerPicture("00"));
                } else if (digits == 3 || digits == 4) {
                    value = formatIntegerWith(offset, m.integer);
                } else {
                    throwError("D3134", 0, std::to_string(digits));
                }
            }
            if (offset >= 0)
                value = "+" + value;
            if (c == 'z')
                value = "GMT" + value;
            if (offset == 0 && m.presentation2 == 't')
                value = "Z";
        } else if (c == 'P') {
            value = dt.hour >= 12 ? "pm" : "am";
            if (m.names == 2)
                value = caseOf(value, 2);
        } else if (c == 'C' || c == 'E') {
            value = "ISO";
        }
        result += value;
    }
    return result;
}

namespace {

std::string escapeRegex(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (std::string("\\^$.|?*+()[]{}/-").find(c) != std::string::npos)
            out += '\\';
        out += c;
    }
    return out;
}

int nameIndex(std::string_view text, const char *const *names, int first, int count, int maxWidth)
{
    std::string t = caseOf(std::string(text), 1);
    for (int i = first; i < first + count; ++i) {
        std::string name = caseOf(names[i], 1);
        if (maxWidth != -1 && int(name.size()) > maxWidth)
            name = name.substr(0, std::size_t(maxWidth));
        if (name == t)
            return i;
    }
    // Accept any unambiguous abbreviation too.
    for (int i = first; i < first + count; ++i) {
        std::string name = caseOf(names[i], 1);
        if (!t.empty() && name.compare(0, t.size(), t) == 0)
            return i;
    }
    return -1;
}

} // namespace

std::optional<double> parseDateTime(std::string_view text, std::string_view picture, double now)
{
    const std::vector<Marker> &spec = cachedPicture(picture);
    std::string regex = "^";
    std::vector<const Marker *> groups;
    for (const Marker &m : spec) {
        if (m.literal) {
            regex += escapeRegex(m.text);
            continue;
        }
        const char c = m.component;
        std::string part;
        if (c == 'Z' || c == 'z') {
            part = "(?:GMT)?[-+][0-9]{1,2}(?::?[0-9]{2})?|Z";
        } else if (m.names) {
            if (c == 'M' || c == 'x' || c == 'F')
                part = "[a-zA-Z]+";
            else if (c == 'P')
                part = "am|pm|AM|PM";
            else
                throwError("D3133", 0, std::string(1, c));
        } else if (c == 'P') {
            part = "am|pm|AM|PM";
        } else if (m.hasInteger) {
            part = integerRegex(m.integer);
            // Year, month and day of a known width can be adjacent ("[Y0001][M01]").
            if (m.n > 0 && m.integer.primary == IntegerPicture::Primary::Decimal
                && !m.integer.ordinal && part.size() > 1 && part.back() == '+')
                part = part.substr(0, part.size() - 1) + "{1," + std::to_string(m.n) + "}";
        } else {
            part = ".+?";
        }
        regex += "(" + part + ")";
        groups.push_back(&m);
    }
    regex += "$";
    Regex re(regex, "i", 0);
    RegexMatch match;
    if (!re.exec(text, 0, match))
        return std::nullopt;

    std::map<char, double> components;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const Marker &m = *groups[i];
        const std::string &g = match.groups[i];
        const char c = m.component;
        if (c == 'Z' || c == 'z') {
            std::string s = g;
            if (s.rfind("GMT", 0) == 0)
                s = s.substr(3);
            if (s == "Z" || s == "z") {
                components['Z'] = 0;
                continue;
            }
            int sign = s[0] == '-' ? -1 : 1;
            std::string digits;
            for (char ch : s)
                if (std::isdigit(static_cast<unsigned char>(ch)))
                    digits += ch;
            int hours = 0, minutes = 0;
            if (s.find(':') != std::string::npos) {
                auto colon = s.find(':');
                hours = std::atoi(s.substr(1, colon - 1).c_str());
                minutes = std::atoi(s.substr(colon + 1).c_str());
            } else if (digits.size() <= 2) {
                hours = std::atoi(digits.c_str());
            } else {
                hours = std::atoi(digits.substr(0, digits.size() - 2).c_str());
                minutes = std::atoi(digits.substr(digits.size() - 2).c_str());
            }
            components['Z'] = sign * (hours * 60 + minutes);
        } else if (m.names && (c == 'M' || c == 'x')) {
            int idx = nameIndex(g, monthNames, 0, 12, m.maxWidth);
            components[c] = idx + 1;
        } else if (m.names && c == 'F') {
            components[c] = nameIndex(g, dayNames, 1, 7, m.maxWidth);
        } else if (c == 'P') {
            components[c] = caseOf(g, 1) == "pm" ? 1 : 0;
        } else if (c == 'f') {
            // Fractional seconds: the digits are a fraction, kept to milliseconds.
            std::string digits = (g + "000").substr(0, 3);
            components[c] = parseIntegerWith(digits, m.integer);
        } else if (m.hasInteger) {
            components[c] = parseIntegerWith(g, m.integer);
        }
    }
    if (components.empty())
        return std::nullopt;

    auto has = [&](char c) {
        return components.count(c) > 0;
    };
    auto maskOf = [&](const char *parts) {
        int mask = 0;
        for (const char *p = parts; *p; ++p)
            mask = (mask << 1) | (has(*p) ? 1 : 0);
        return mask;
    };
    auto isType = [](int type, int mask) {
        return !(~type & mask) && (type & mask);
    };
    int dmask = maskOf("YXMxWwdD");
    const bool dateA = isType(161, dmask);
    const bool dateB = !dateA && isType(130, dmask);
    const bool dateC = isType(84, dmask);
    const bool dateD = !dateC && isType(72, dmask);
    int tmask = maskOf("PHhmsf");
    const bool timeA = isType(23, tmask);
    const bool timeB = !timeA && isType(47, tmask);
    std::string comps = dateB ? "YD" : dateC ? "XxwF" : dateD ? "XWF" : "YMD";
    comps += timeB ? "Phmsf" : "Hmsf";

    DateTime nowParts = split(now);
    bool startSpecified = false, endSpecified = false;
    for (char part : comps) {
        if (!has(part)) {
            if (startSpecified) {
                components[part] = (part == 'M' || part == 'D' || part == 'd') ? 1 : 0;
                endSpecified = true;
            } else {
                components[part]
                    = part == 'P' ? (nowParts.hour >= 12 ? 1 : 0) : fragment(nowParts, part);
            }
        } else {
            startSpecified = true;
            if (endSpecified)
                throwError("D3136");
        }
    }
    double month0 = components['M'] > 0 ? components['M'] - 1 : 0;
    double day = components['D'];
    if (dateB) {
        double firstJan = utc(components['Y'], 0, 1, 0, 0, 0, 0);
        DateTime derived = split(firstJan + (components['d'] - 1) * dayMillis);
        month0 = derived.month - 1;
        day = derived.day;
    }
    if (dateC || dateD)
        throwError("D3136");
    double hour = components['H'];
    if (timeB) {
        hour = components['h'] == 12 ? 0 : components['h'];
        if (components['P'] == 1)
            hour += 12;
    }
    for (const auto &kv : components)
        if (!std::isfinite(kv.second) || std::fabs(kv.second) > 1e9)
            return std::nullopt;
    double millis = utc(components['Y'], month0, day, hour, components['m'], components['s'],
                        components['f']);
    if (has('Z'))
        millis -= components['Z'] * 60000.0;
    if (!std::isfinite(millis))
        return std::nullopt;
    return millis;
}

namespace {

// One way of reading an ISO 8601 timestamp, the components in the order the pattern
// `^(\d{4})(?:-([01]\d))?(?:-([0-3]\d))?(?:T([0-2]\d):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?)?
// ([+-][0-2]\d:?[0-5]\d|Z)?$` takes them: the month and the day are optional and a regular
// expression engine backtracks over them, so the caller tries them present and absent.
struct IsoParts
{
    int field[6] = { 1970, 1, 1, 0, 0, 0 };
    double millis = 0;
    int offsetMinutes = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Two digits at `p`, the first within [lo, hi].
bool twoDigits(std::string_view t, std::size_t p, char lo, char hi, int &out)
{
    if (p + 2 > t.size() || t[p] < lo || t[p] > hi || !isDigit(t[p + 1]))
        return false;
    out = (t[p] - '0') * 10 + (t[p + 1] - '0');
    return true;
}

bool isoRest(std::string_view t, std::size_t p, IsoParts &parts)
{
    // (?:T([0-2]\d):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?)?
    int h, m, sec;
    if (p < t.size() && t[p] == 'T' && twoDigits(t, p + 1, '0', '2', h) && p + 3 < t.size()
        && t[p + 3] == ':' && twoDigits(t, p + 4, '0', '5', m)) {
        parts.field[3] = h;
        parts.field[4] = m;
        p += 6;
        if (p < t.size() && t[p] == ':' && twoDigits(t, p + 1, '0', '5', sec)) {
            parts.field[5] = sec;
            p += 3;
            if (p + 1 < t.size() && t[p] == '.' && isDigit(t[p + 1])) {
                std::size_t e = p + 1;
                while (e < t.size() && isDigit(t[e]))
                    ++e;
                const std::string fraction = "0" + std::string(t.substr(p, e - p));
                parts.millis = std::round(parseDecimal(fraction) * 1000);
                p = e;
            }
        }
    }
    // ([+-][0-2]\d:?[0-5]\d|Z)?$
    if (p == t.size())
        return true;
    if (t[p] == 'Z')
        return p + 1 == t.size();
    if (t[p] != '+' && t[p] != '-')
        return false;
    const int sign = t[p] == '-' ? -1 : 1;
    int oh, om;
    if (!twoDigits(t, p + 1, '0', '2', oh))
        return false;
    std::size_t q = p + 3;
    if (q < t.size() && t[q] == ':')
        ++q;
    if (!twoDigits(t, q, '0', '5', om) || q + 2 != t.size())
        return false;
    parts.offsetMinutes = sign * (oh * 60 + om);
    return true;
}

} // namespace

double parseIso8601(std::string_view text)
{
    int year = 0;
    bool ok = text.size() >= 4;
    for (std::size_t i = 0; ok && i < 4; ++i) {
        ok = isDigit(text[i]);
        year = year * 10 + (text[i] - '0');
    }
    if (!ok)
        throwError("D3110", 0, std::string(text));
    // The month and the day, each present or absent, in the order a backtracking match
    // would try them.
    int month = 0, day = 0;
    const bool hasMonth = text.size() > 4 && text[4] == '-' && twoDigits(text, 5, '0', '1', month);
    for (int choice = 0; choice < 4; ++choice) {
        const bool useMonth = choice < 2;
        const bool wantDay = choice % 2 == 0;
        if (useMonth && !hasMonth)
            continue;
        std::size_t p = useMonth ? 7 : 4;
        IsoParts parts;
        parts.field[0] = year;
        if (useMonth)
            parts.field[1] = month;
        if (wantDay) {
            if (!(p < text.size() && text[p] == '-' && twoDigits(text, p + 1, '0', '3', day)))
                continue;
            parts.field[2] = day;
            p += 3;
        }
        if (!isoRest(text, p, parts))
            continue;
        double millis = utc(parts.field[0], parts.field[1] - 1, parts.field[2], parts.field[3],
                            parts.field[4], parts.field[5], parts.millis);
        return millis - parts.offsetMinutes * 60000.0;
    }
    throwError("D3110", 0, std::string(text));
}

} // namespace Flowsmith::Expr
