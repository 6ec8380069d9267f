#include "model/data/jsonpointer.h"

namespace Flowsmith::JsonPointer {

std::string escape(const std::string &token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

QString escape(const QString &token)
{
    return QString(token).replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
}

std::string unescape(const std::string &segment)
{
    std::string out;
    out.reserve(segment.size());
    for (std::size_t i = 0; i < segment.size(); ++i) {
        // One pass, left to right, so "~01" becomes "~1" and not "/" (RFC 6901 §4).
        if (segment[i] == '~' && i + 1 < segment.size()
            && (segment[i + 1] == '0' || segment[i + 1] == '1')) {
            out += segment[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            out += segment[i];
        }
    }
    return out;
}

std::string append(const std::string &pointer, const std::string &token)
{
    return pointer + '/' + escape(token);
}

} // namespace Flowsmith::JsonPointer
