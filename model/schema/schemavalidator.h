#pragma once

#include "model/data/jsonvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <string>

namespace Flowsmith {

/// One way a value breaks its schema: where (a JSON Pointer, "" for the root) and why.
struct SchemaViolation
{
    QString path;
    QString message;
    QString keyword;

    JsonValue toJson() const;
};

/// The JSON Schema check behind quality.validate, run by valijson (draft-07, with 2020-12's
/// `$defs`, `prefixItems` and `$ref` beside other keywords rewritten for it, see
/// SchemaDocument). Where valijson 1.0 falls short, Flowsmith fills in: 2.0 counts as an
/// integer, `format` covers email, uuid, uri, date, time and date-time and applies to strings
/// only (SchemaFormats), `pattern` is a JavaScript regular expression run with match limits
/// (PCRE2, as the expression engine's), and a broken `$ref` makes a clear error instead of an
/// abort or a stack overflow. Each violation names the value's JSON Pointer and the keyword;
/// a failed `anyOf`/`oneOf` lists what each branch found first, as ajv (Node-RED) does.
///
/// valijson is included by schemavalidator.cpp only, which builds it with
/// VALIJSON_USE_EXCEPTIONS so that its errors are exceptions there and nowhere else.
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::SchemaValidator)

public:
    /// `file` names the schema in errors (a project's schemas/<id>.schema.json).
    explicit SchemaValidator(JsonValue schema, const QString &file = QString());
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    /// Whether the schema could be compiled; if not, errorString() says why and validate()
    /// returns that as its one violation (keyword "$ref" or "schema").
    bool isValid() const { return m_error.isEmpty(); }
    /// "FILE: …" naming the `$ref` or the keyword the schema breaks.
    QString errorString() const { return m_error; }

    QList<SchemaViolation> validate(const JsonValue &value) const;

    static bool isEmail(const std::string &text);
    static bool isDate(const std::string &text);
    static bool isDateTime(const std::string &text);

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
    QString m_error;
    QString m_errorKeyword;
};

} // namespace Flowsmith
