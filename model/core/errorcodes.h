#pragma once

#include <QLatin1StringView>

namespace Flowsmith::ErrorCode {

// Stable codes of FileError (FS0xx: a file could not be read or written). Tests, the CLI's
// JSON output and the problems dock match on them, so a code never changes its meaning;
// new ones are appended. FS1xx belong to validation (model/validation).
//
// | code  | meaning                                                                     |
// | FS001 | the file or folder cannot be read (missing, a directory, no permission)    |
// | FS002 | the file is larger than the model reads (16 MiB)                           |
// | FS003 | YAML syntax error (including tabs used for indentation)                    |
// | FS004 | nesting too deep (YAML or JSON)                                             |
// | FS005 | aliases expand to too many values (billion laughs)                          |
// | FS006 | written by a newer Flowsmith: the `flowsmith:` format version is too new    |
// | FS007 | a value has the wrong type (a list where a text was expected…)             |
// | FS008 | a required key is missing                                                   |
// | FS009 | unknown node type                                                           |
// | FS010 | a key appears twice in the same mapping                                     |
// | FS011 | JSON syntax error                                                           |
// | FS012 | the file cannot be written                                                  |
// | FS013 | a value is out of range or malformed (a port without a dot, maturity 9…)   |
// | FS014 | a JSON Schema `$ref` that does not resolve                                  |
inline constexpr QLatin1StringView CannotRead("FS001");
inline constexpr QLatin1StringView FileTooLarge("FS002");
inline constexpr QLatin1StringView YamlSyntax("FS003");
inline constexpr QLatin1StringView TooDeep("FS004");
inline constexpr QLatin1StringView AliasBomb("FS005");
inline constexpr QLatin1StringView NewerFormat("FS006");
inline constexpr QLatin1StringView WrongType("FS007");
inline constexpr QLatin1StringView MissingKey("FS008");
inline constexpr QLatin1StringView UnknownNodeType("FS009");
inline constexpr QLatin1StringView DuplicateKey("FS010");
inline constexpr QLatin1StringView JsonSyntax("FS011");
inline constexpr QLatin1StringView CannotWrite("FS012");
inline constexpr QLatin1StringView InvalidValue("FS013");
inline constexpr QLatin1StringView UnresolvedRef("FS014");

} // namespace Flowsmith::ErrorCode
