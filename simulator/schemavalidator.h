#pragma once

#include "simulator/message.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace Flowsmith::Expr {
class Regex;
}

namespace Flowsmith::Sim {

/// One way a value breaks its schema: where (a JSON Pointer, "" for the root) and why.
struct SchemaViolation
{
    QString path;
    QString message;
    QString keyword;

    Json toJson() const;
};

/// A focused JSON Schema validator (draft-07 and 2020-12) for the keywords project schemas
/// use: type, enum, const, required, properties, additionalProperties, items (and draft-07
/// tuples), minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum,
/// exclusiveMaximum, multipleOf, minLength, maxLength, pattern (JavaScript syntax, the
/// expression engine's regex), format (email, date-time, date, time, uri, uuid), allOf,
/// anyOf, oneOf, not, if/then/else and local `$ref` ("#/definitions/x", "#/$defs/x").
/// Unknown keywords are ignored, as the specification asks. valijson is not available on
/// the build machines; this covers what the designer's schemas contain.
class SchemaValidator
{
public:
    explicit SchemaValidator(Json schema);
    ~SchemaValidator();

    QList<SchemaViolation> validate(const Json &value) const;

    static bool isEmail(const std::string &text);
    static bool isDate(const std::string &text);
    static bool isDateTime(const std::string &text);

private:
    void check(const Json &schema, const Json &value, const std::string &path,
               QList<SchemaViolation> &out, int depth) const;
    const Json *resolve(const std::string &ref) const;
    bool matches(const std::string &pattern, const std::string &text) const;

    Json m_schema;
    mutable std::map<std::string, std::shared_ptr<Expr::Regex>> m_regexes;
};

} // namespace Flowsmith::Sim
