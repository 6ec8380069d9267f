// The one translation unit of the product that includes valijson. Its headers call abort()
// on a schema error unless VALIJSON_USE_EXCEPTIONS is set, and the setting changes inline
// functions and templates, so it must be the same wherever they are compiled: keeping them
// here makes that hold by construction (a build may also set it globally, to 1).
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#elif !VALIJSON_USE_EXCEPTIONS
#error "quality.validate turns valijson's exceptions into errors; it cannot work without them"
#endif

#include "model/schema/schemavalidator.h"

#include "model/data/jsonpointer.h"
#include "model/data/jsonvariant.h"
#include "model/expr/regex.h"
#include "model/schema/schemadocument.h"
#include "model/schema/schemaformats.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>
#include <new>
#include <stdexcept>

namespace Flowsmith {

namespace {

// Messages of the free helpers, under the context the validator's classes use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::SchemaValidator)
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// Our constraints' findings travel through valijson's results as text: this prefix, the
// keyword, a newline, then the message.
constexpr char OwnFinding[] = "\x1f"
                              "flowsmith:";

std::string ownFinding(const char *keyword, const QString &message)
{
    return OwnFinding + std::string(keyword) + '\n' + message.toStdString();
}

/// `format` for strings only (valijson 1.0 also reads numbers as text) with SchemaFormats.
class FormatConstraint final : public valijson::constraints::PolyConstraint
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::SchemaValidator)

public:
    explicit FormatConstraint(std::string format)
        : m_format(std::move(format))
    { }

    bool validate(const valijson::adapters::Adapter &target,
                  const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        std::string text;
        if (!target.isString() || !target.getString(text) || SchemaFormats::matches(m_format, text))
            return true;
        if (results)
            results->pushError(
                context,
                ownFinding("format", Text::tr("'%1' is not a valid %2").arg(q(text), q(m_format))));
        return false;
    }

private:
    Constraint *cloneInto(void *where) const override
    {
        return new (where) FormatConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }

    std::string m_format;
};

/// `pattern` as JSON Schema means it, an ECMA-262 expression searched in the string: run by
/// the expression engine's PCRE2 regex, which has match limits. valijson uses std::regex,
/// which differs in syntax and recurses per character, so a long string overflows the stack.
class PatternConstraint final : public valijson::constraints::PolyConstraint
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::SchemaValidator)

public:
    explicit PatternConstraint(const std::string &pattern)
        : m_pattern(pattern)
    {
        try {
            m_regex = std::make_shared<const Expr::Regex>(pattern, std::string(), 0);
        } catch (...) {
            // An invalid pattern matches nothing: the finding shows the user which one.
        }
    }

    bool validate(const valijson::adapters::Adapter &target,
                  const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        std::string text;
        if (!target.isString() || !target.getString(text))
            return true;
        bool matched = false;
        try {
            Expr::RegexMatch match;
            matched = m_regex && m_regex->exec(text, 0, match);
        } catch (...) {
            matched = false; // over the match limit
        }
        if (!matched && results)
            results->pushError(
                context,
                ownFinding("pattern", Text::tr("does not match the pattern %1").arg(q(m_pattern))));
        return matched;
    }

private:
    Constraint *cloneInto(void *where) const override
    {
        return new (where) PatternConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(PatternConstraint); }

    std::string m_pattern;
    std::shared_ptr<const Expr::Regex> m_regex;
};

/// `multipleOf` with a tolerance: 19.99 / 0.01 is 1998.9999999999998 in binary floating point,
/// and valijson's remainder test against machine epsilon refuses such money amounts.
class MultipleOfConstraint final : public valijson::constraints::PolyConstraint
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::SchemaValidator)

public:
    explicit MultipleOfConstraint(double divisor)
        : m_divisor(divisor)
    { }

    bool validate(const valijson::adapters::Adapter &target,
                  const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        double number = 0;
        if (!target.isNumber() || !target.getNumber(number) || !(m_divisor > 0))
            return true;
        const double ratio = number / m_divisor;
        if (std::fabs(ratio - std::round(ratio)) <= 1e-9)
            return true;
        if (results)
            results->pushError(
                context,
                ownFinding(
                    "multipleOf",
                    Text::tr("must be a multiple of %1").arg(QString::number(m_divisor, 'g', 15))));
        return false;
    }

private:
    Constraint *cloneInto(void *where) const override
    {
        return new (where) MultipleOfConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(MultipleOfConstraint); }

    double m_divisor = 0;
};

/// Words valijson's `type` and `enum` findings: never fails, only leaves the expected types
/// or values next to the finding, where SchemaValidator::validate() folds them in.
class WordingConstraint final : public valijson::constraints::PolyConstraint
{
public:
    enum class Kind { TypeNames, EnumText };

    WordingConstraint(Kind kind, std::vector<std::string> names, std::string text)
        : m_kind(kind)
        , m_names(std::move(names))
        , m_text(std::move(text))
    { }

    bool validate(const valijson::adapters::Adapter &target,
                  const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!results)
            return true;
        if (m_kind == Kind::EnumText) {
            results->pushError(context, ownFinding("x-enum-text", q(m_text)));
            return true;
        }
        for (const std::string &name : m_names)
            if (hasType(target, name))
                return true;
        QStringList names;
        for (const std::string &name : m_names)
            names << q(name);
        results->pushError(context, ownFinding("x-type-names", names.join(QLatin1String(" or "))));
        return true;
    }

private:
    static bool hasType(const valijson::adapters::Adapter &target, const std::string &name)
    {
        if (name == "integer")
            return target.isInteger(); // integral doubles are integers by now (SchemaDocument)
        if (name == "number")
            return target.isNumber();
        if (name == "string")
            return target.isString();
        if (name == "object")
            return target.isObject();
        if (name == "array")
            return target.isArray();
        if (name == "boolean")
            return target.isBool();
        if (name == "null")
            return target.isNull();
        return false;
    }

    Constraint *cloneInto(void *where) const override
    {
        return new (where) WordingConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(WordingConstraint); }

    Kind m_kind;
    std::vector<std::string> m_names;
    std::string m_text;
};

std::string stringOf(const valijson::adapters::Adapter &value)
{
    std::string text;
    return value.isString() && value.getString(text) ? text : std::string();
}

class FormatBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        return new FormatConstraint(stringOf(value));
    }
};

class MultipleOfBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        double divisor = 0;
        return new MultipleOfConstraint(value.getNumber(divisor) ? divisor : 0);
    }
};

class TypeNamesBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        std::vector<std::string> names;
        if (value.isString()) {
            names.push_back(stringOf(value));
        } else if (value.isArray()) {
            value.applyToArray([&](const valijson::adapters::Adapter &item) {
                if (item.isString())
                    names.push_back(stringOf(item));
                return true;
            });
        }
        return new WordingConstraint(WordingConstraint::Kind::TypeNames, std::move(names), {});
    }
};

class EnumTextBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        return new WordingConstraint(WordingConstraint::Kind::EnumText, {}, stringOf(value));
    }
};

class PatternBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        return new PatternConstraint(stringOf(value));
    }
};

/// valijson's context ("<root>", "[customer]", "[0]") as a JSON Pointer ("/customer/0").
QString pointerOf(const std::vector<std::string> &context)
{
    std::string pointer;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string &token = context[i];
        pointer += '/';
        const std::size_t begin = token.size() >= 2 && token.front() == '[' ? 1 : 0;
        const std::size_t end = begin ? token.size() - 1 : token.size();
        pointer += JsonPointer::escape(token.substr(begin, end - begin));
    }
    return q(pointer);
}

bool startsWith(const std::string &text, const char *prefix, std::string *rest = nullptr)
{
    const std::size_t length = std::char_traits<char>::length(prefix);
    if (text.compare(0, length, prefix) != 0)
        return false;
    if (rest)
        *rest = text.substr(length);
    return true;
}

/// The text between the first and the last quote of valijson's message ('name').
std::string quoted(const std::string &text)
{
    const std::size_t first = text.find('\'');
    const std::size_t last = text.rfind('\'');
    return first != std::string::npos && last > first ? text.substr(first + 1, last - first - 1)
                                                      : std::string();
}

/// The first number in `text` ("…#12…", "… 150.000000").
QString numberIn(const std::string &text)
{
    const std::size_t at = text.find_first_of("-0123456789");
    if (at == std::string::npos)
        return QString();
    std::size_t end = at + 1;
    while (end < text.size()
           && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
        ++end;
    bool ok = false;
    const double number = q(text.substr(at, end - at)).toDouble(&ok);
    return ok ? QString::number(number, 'g', 15) : q(text.substr(at, end - at));
}

const JsonValue *valueAt(const JsonValue &root, const QString &pointer)
{
    try {
        const JsonValue::json_pointer path(pointer.toStdString());
        return root.contains(path) ? &root.at(path) : nullptr;
    } catch (const JsonValue::exception &) {
        return nullptr;
    }
}

QString typeName(const JsonValue *value)
{
    if (!value)
        return Text::tr("nothing");
    switch (value->type()) {
    case JsonValue::value_t::null:
        return QStringLiteral("null");
    case JsonValue::value_t::boolean:
        return QStringLiteral("boolean");
    case JsonValue::value_t::number_integer:
    case JsonValue::value_t::number_unsigned:
        return QStringLiteral("integer");
    case JsonValue::value_t::number_float: {
        const double d = value->get<double>();
        return std::floor(d) == d ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case JsonValue::value_t::string:
        return QStringLiteral("string");
    case JsonValue::value_t::array:
        return QStringLiteral("array");
    default:
        return QStringLiteral("object");
    }
}

/// Every JSON Pointer in `value`, numbered in document order (the root is 0).
void numberPointers(const JsonValue &value, const QString &pointer, QHash<QString, int> &order)
{
    order.insert(pointer, int(order.size()));
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            numberPointers(it.value(), pointer + u'/' + JsonPointer::escape(q(it.key())), order);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            numberPointers(value[i], pointer + u'/' + QString::number(i), order);
    }
}

/// A finding valijson reports about a child after the child's own findings ("Failed to
/// validate item #2 in array."): the path of that child, or empty when it is not one.
/// `anyChild` when valijson does not say which child.
bool isWrapper(const std::string &description, const QString &path, QString *childPath,
               bool *anyChild)
{
    *anyChild = false;
    std::string rest;
    if (startsWith(description,
                   "Failed to validate against schema associated with property name")) {
        *childPath = path + u'/' + JsonPointer::escape(q(quoted(description)));
        return true;
    }
    if (startsWith(description, "Failed to validate item #", &rest)) {
        if (rest.find("against corresponding item schema") != std::string::npos)
            *childPath = path; // reported at the item itself
        else
            *childPath = path + u'/' + numberIn(rest);
        return true;
    }
    if (startsWith(description, "Failed to validate against child schema #")) {
        *childPath = path; // allOf, anyOf, oneOf: the branch's findings are at or below
        return true;
    }
    if (startsWith(description, "Failed to validate against additional properties schema")
        || startsWith(description, "Failed to validate against schema associated with pattern")
        || startsWith(description, "Failed to validate against a conditional schema")) {
        *childPath = path;
        *anyChild = !startsWith(description, "Failed to validate against a conditional schema");
        return true;
    }
    return false;
}

bool under(const QString &path, const QString &parent, bool strictly)
{
    if (path == parent)
        return !strictly;
    return path.startsWith(parent + u'/');
}

/// valijson's own words for a finding, as our keyword and message.
SchemaViolation translate(const std::string &description, const QString &path,
                          const JsonValue &value)
{
    std::string rest;
    if (startsWith(description, OwnFinding, &rest)) {
        const std::size_t newline = rest.find('\n');
        return { path, q(rest.substr(newline + 1)), q(rest.substr(0, newline)) };
    }
    const JsonValue *here = valueAt(value, path);
    const QString text = here ? QString::fromUtf8(toCompactBytes(*here)) : QString();
    auto make = [&](const char *keyword, const QString &message) {
        return SchemaViolation { path, message, QString::fromLatin1(keyword) };
    };
    if (startsWith(description, "Value type not permitted"))
        return make(
            "type",
            Text::tr("found %1, a type the schema does not allow here").arg(typeName(here)));
    if (startsWith(description, "Failed to match against any enum values"))
        return make("enum", Text::tr("%1 is not one of the allowed values").arg(text));
    if (startsWith(description, "Failed to match expected value set by 'const'"))
        return make("const", Text::tr("%1 is not the value the schema requires").arg(text));
    if (startsWith(description, "Missing required property"))
        return make("required", Text::tr("'%1' is required").arg(q(quoted(description))));
    if (startsWith(description, "Object contains a property that could not be validated"))
        return make("additionalProperties",
                    Text::tr("'%1' is not allowed here")
                        .arg(q(quoted(description.substr(description.find("constraints:"))))));
    if (startsWith(description, "Expected number less than or equal to", &rest))
        return make("maximum", Text::tr("must be at most %1").arg(numberIn(rest)));
    if (startsWith(description, "Expected number less than", &rest))
        return make("exclusiveMaximum", Text::tr("must be less than %1").arg(numberIn(rest)));
    if (startsWith(description, "Expected number greater than or equal to", &rest))
        return make("minimum", Text::tr("must be at least %1").arg(numberIn(rest)));
    if (startsWith(description, "Expected number greater than", &rest))
        return make("exclusiveMinimum", Text::tr("must be greater than %1").arg(numberIn(rest)));
    if (startsWith(description, "Array should contain no more than", &rest))
        return make("maxItems", Text::tr("allows at most %1 items").arg(numberIn(rest)));
    if (startsWith(description, "Array should contain no fewer than", &rest))
        return make("minItems", Text::tr("needs at least %1 items").arg(numberIn(rest)));
    if (startsWith(description, "String should be no more than", &rest))
        return make("maxLength",
                    Text::tr("must be at most %1 characters long").arg(numberIn(rest)));
    if (startsWith(description, "String should be no fewer than", &rest))
        return make("minLength",
                    Text::tr("must be at least %1 characters long").arg(numberIn(rest)));
    if (startsWith(description, "Object should have no more than", &rest))
        return make("maxProperties", Text::tr("allows at most %1 properties").arg(numberIn(rest)));
    if (startsWith(description, "Object should have no fewer than", &rest))
        return make("minProperties", Text::tr("needs at least %1 properties").arg(numberIn(rest)));
    if (startsWith(description, "Elements at indexes #", &rest)) {
        const std::size_t second = rest.find('#');
        return make(
            "uniqueItems",
            Text::tr("items %1 and %2 are equal")
                .arg(numberIn(rest),
                     second == std::string::npos ? QString() : numberIn(rest.substr(second))));
    }
    if (startsWith(description, "Failed to validate against any schemas allowed by anyOf"))
        return make("anyOf", Text::tr("matches none of the allowed schemas"));
    if (startsWith(description, "Failed to validate against any child schemas allowed by oneOf"))
        return make("oneOf", Text::tr("must match exactly one schema, matches none"));
    if (startsWith(description, "Failed to validate against exactly one child schema"))
        return make("oneOf", Text::tr("must match exactly one schema, matches several"));
    if (startsWith(description, "Target should not validate against schema specified in 'not'"))
        return make("not", Text::tr("matches a schema it must not match"));
    if (description.find("'contains'") != std::string::npos)
        return make("contains", Text::tr("no item matches the schema of 'contains'"));
    if (startsWith(description, "Missing dependency"))
        return make("dependencies", Text::tr("'%1' is required here").arg(q(quoted(description))));
    if (startsWith(description, "Array contains more items than allowed")
        || startsWith(description, "Cannot validate item #"))
        return make("additionalItems", Text::tr("has more items than the schema allows"));
    return make("schema", q(description));
}

} // namespace

struct SchemaValidator::Compiled
{
    valijson::Schema schema;
};

JsonValue SchemaViolation::toJson() const
{
    return JsonValue { { "path", path.toStdString() },
                       { "keyword", keyword.toStdString() },
                       { "message", message.toStdString() } };
}

SchemaValidator::SchemaValidator(JsonValue schema, const QString &file)
{
    const QString where = file.isEmpty() ? Text::tr("the schema") : file;
    const SchemaDocument document(schema);
    switch (document.problem()) {
    case SchemaDocument::Problem::RefLoop:
        m_error
            = Text::tr("%1: the $ref '%2' leads back to itself without going into a property or "
                       "item, so it would never end")
                  .arg(where, q(document.problemRef()));
        m_errorKeyword = QStringLiteral("$ref");
        return;
    case SchemaDocument::Problem::RefOutside:
        m_error
            = Text::tr("%1: the $ref '%2' points outside the schema file; only references within "
                       "it ('#/…') are supported")
                  .arg(where, q(document.problemRef()));
        m_errorKeyword = QStringLiteral("$ref");
        return;
    case SchemaDocument::Problem::None:
        break;
    }
    auto compiled = std::make_unique<Compiled>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        // The parser owns and deletes its builders.
        parser.addConstraintBuilder(SchemaDocument::FormatKeyword, new FormatBuilder);
        parser.addConstraintBuilder(SchemaDocument::PatternKeyword, new PatternBuilder);
        parser.addConstraintBuilder(SchemaDocument::MultipleOfKeyword, new MultipleOfBuilder);
        parser.addConstraintBuilder(SchemaDocument::TypeNamesKeyword, new TypeNamesBuilder);
        parser.addConstraintBuilder(SchemaDocument::EnumTextKeyword, new EnumTextBuilder);
        const valijson::adapters::NlohmannJsonAdapter adapter(document.document());
        parser.populateSchema(adapter, compiled->schema);
    } catch (const std::exception &e) {
        if (!document.unresolvedRef().empty()) {
            m_error = Text::tr("%1: the $ref '%2' points to nothing in the schema")
                          .arg(where, q(document.unresolvedRef()));
            m_errorKeyword = QStringLiteral("$ref");
        } else {
            m_error = Text::tr("%1: the schema cannot be used: %2")
                          .arg(where, QString::fromUtf8(e.what()));
            m_errorKeyword = QStringLiteral("schema");
        }
        return;
    }
    m_compiled = std::move(compiled);
}

SchemaValidator::~SchemaValidator() = default;

QList<SchemaViolation> SchemaValidator::validate(const JsonValue &value) const
{
    if (!m_compiled)
        return { SchemaViolation { QString(), m_error, m_errorKeyword } };

    const nlohmann::json target = SchemaDocument::toValijson(value);
    valijson::ValidationResults results;
    try {
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        const valijson::adapters::NlohmannJsonAdapter adapter(target);
        if (validator.validate(m_compiled->schema, adapter, &results))
            return {};
    } catch (const std::exception &e) {
        // patternProperties goes through std::regex, which throws on what it cannot parse.
        return { SchemaViolation {
            QString(),
            Text::tr("the schema cannot be applied: %1").arg(QString::fromUtf8(e.what())),
            QStringLiteral("schema") } };
    }

    QList<SchemaViolation> out;
    QList<bool> worded; // per finding in `out`: a companion gave it its words already
    QString previousPath;
    bool hasPrevious = false;
    for (const valijson::ValidationResults::Error &error : results) {
        const QString path = pointerOf(error.context);
        const SchemaViolation wording = translate(error.description, path, value);
        if (wording.keyword.startsWith(QLatin1String("x-"))) {
            // Our companion of `type` or `enum` at this path: words the latest finding of that
            // keyword there (an `enum` that passed finds none).
            const bool type = wording.keyword == QLatin1String("x-type-names");
            const QString keyword = type ? QStringLiteral("type") : QStringLiteral("enum");
            for (qsizetype i = out.size() - 1; i >= 0; --i) {
                if (out[i].path == path && out[i].keyword == keyword && !worded[i]) {
                    worded[i] = true;
                    const JsonValue *here = valueAt(value, path);
                    out[i].message = type
                        ? Text::tr("expected %1, found %2").arg(wording.message, typeName(here))
                        : Text::tr("%1 is not one of %2")
                              .arg(here ? QString::fromUtf8(toCompactBytes(*here)) : QString(),
                                   wording.message);
                    break;
                }
            }
            continue;
        }
        QString childPath;
        bool anyChild = false;
        if (isWrapper(error.description, path, &childPath, &anyChild)) {
            // The child's own findings came just before; a child that failed without any is
            // a `false` schema, which valijson reports only through this line.
            const bool explained = hasPrevious
                && (anyChild ? under(previousPath, childPath, true)
                             : under(previousPath, childPath, false));
            if (!explained) {
                out.append(SchemaViolation { childPath, Text::tr("no value is allowed here"),
                                             QStringLiteral("false") });
                worded.append(true);
            }
        } else {
            out.append(wording);
            worded.append(false);
        }
        // A wrapper stands for its child's findings, so the next wrapper up sees them there.
        previousPath = childPath.isEmpty() ? path : childPath;
        hasPrevious = true;
    }
    if (out.isEmpty()) // valijson refused without a word: a `false` root schema
        out.append(SchemaViolation { QString(), Text::tr("no value is allowed here"),
                                     QStringLiteral("false") });
    // valijson walks the schema's properties by name; a reader walks the message: findings
    // are listed in the message's order (the object's own ones first), ties as found.
    QHash<QString, int> order;
    numberPointers(value, QString(), order);
    std::stable_sort(out.begin(), out.end(),
                     [&](const SchemaViolation &a, const SchemaViolation &b) {
                         return order.value(a.path, INT_MAX) < order.value(b.path, INT_MAX);
                     });
    return out;
}

bool SchemaValidator::isEmail(const std::string &text)
{
    return SchemaFormats::isEmail(text);
}

bool SchemaValidator::isDate(const std::string &text)
{
    return SchemaFormats::isDate(text);
}

bool SchemaValidator::isDateTime(const std::string &text)
{
    return SchemaFormats::isDateTime(text);
}

} // namespace Flowsmith
