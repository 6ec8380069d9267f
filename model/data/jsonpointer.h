#pragma once

#include <QString>

#include <string>

/// JSON Pointer (RFC 6901) tokens: `~` is written `~0` and `/` is written `~1`.
namespace Flowsmith::JsonPointer {

/// One reference token as it appears in a pointer ("a/b" -> "a~1b").
std::string escape(const std::string &token);
QString escape(const QString &token);

/// The token a pointer segment names ("a~1b" -> "a/b"); a `~` not followed by 0 or 1 stays.
std::string unescape(const std::string &segment);

/// `pointer` with one more token ("/properties" + "a/b" -> "/properties/a~1b").
std::string append(const std::string &pointer, const std::string &token);

} // namespace Flowsmith::JsonPointer
