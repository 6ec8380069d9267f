#include "simulator/schemavalidator.h"

#include "model/expr/regex.h"
#include "simulator/jsonvariant.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace Flowsmith::Sim {

namespace {

// $ref cycles (a schema referring to itself without consuming input) stop here.
constexpr int MaxDepth = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Sim", text);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string escapePointer(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string typeOf(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "integer";
    case Json::value_t::number_float:
        return "number";
    case Json::value_t::string:
        return "string";
    case Json::value_t::array:
        return "array";
    case Json::value_t::object:
        return "object";
    default:
        return "unknown";
    }
}

bool hasType(const Json &value, const std::string &type)
{
    if (type == "number")
        return value.is_number();
    if (type == "integer") {
        if (value.is_number_integer())
            return true;
        if (value.is_number_float()) {
            const double d = value.get<double>();
            return std::isfinite(d) && std::floor(d) == d;
        }
        return false;
    }
    return typeOf(value) == type;
}

std::size_t codePoints(const std::string &text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

} // namespace

Json SchemaViolation::toJson() const
{
    return Json { { "path", path.toStdString() },
                  { "keyword", keyword.toStdString() },
                  { "message", message.toStdString() } };
}

SchemaValidator::SchemaValidator(Json schema)
    : m_schema(std::move(schema))
{ }

SchemaValidator::~SchemaValidator() = default;

QList<SchemaViolation> SchemaValidator::validate(const Json &value) const
{
    QList<SchemaViolation> out;
    check(m_schema, value, std::string(), out, 0);
    return out;
}

const Json *SchemaValidator::resolve(const std::string &ref) const
{
    if (ref.empty() || ref[0] != '#')
        return nullptr;
    try {
        const Json::json_pointer pointer(ref.substr(1));
        if (!m_schema.contains(pointer))
            return nullptr;
        return &m_schema.at(pointer);
    } catch (const Json::exception &) {
        return nullptr;
    }
}

bool SchemaValidator::matches(const std::string &pattern, const std::string &text) const
{
    auto it = m_regexes.find(pattern);
    if (it == m_regexes.end()) {
        std::shared_ptr<Expr::Regex> regex;
        try {
            regex = std::make_shared<Expr::Regex>(pattern, std::string(), 0);
        } catch (...) {
            regex = nullptr; // an invalid pattern matches nothing
        }
        it = m_regexes.emplace(pattern, regex).first;
    }
    if (!it->second)
        return false;
    try {
        Expr::RegexMatch match;
        return it->second->exec(text, 0, match);
    } catch (...) {
        return false;
    }
}

bool SchemaValidator::isEmail(const std::string &text)
{
    // RFC 5322 addr-spec without comments and quoted local parts, as most validators do.
    static const QRegularExpression email(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return email.match(q(text)).hasMatch();
}

bool SchemaValidator::isDate(const std::string &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = q(text);
    return date.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool SchemaValidator::isDateTime(const std::string &text)
{
    static const QRegularExpression dateTime(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[Tt ]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
        "([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"));
    const auto match = dateTime.match(q(text));
    return match.hasMatch() && isDate(match.captured(1).toStdString());
}

void SchemaValidator::check(const Json &schema, const Json &value, const std::string &path,
                            QList<SchemaViolation> &out, int depth) const
{
    auto fail = [&](const char *keyword, const QString &message) {
        out.append(SchemaViolation { q(path), message, QString::fromLatin1(keyword) });
    };
    if (depth > MaxDepth) {
        fail("$ref", tr("the schema nests deeper than %1 levels").arg(MaxDepth));
        return;
    }
    if (schema.is_boolean()) {
        if (!schema.get<bool>())
            fail("false", tr("no value is allowed here"));
        return;
    }
    if (!schema.is_object())
        return;

    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        const Json *target = resolve(ref->get<std::string>());
        if (!target)
            fail("$ref", tr("cannot resolve $ref '%1'").arg(q(ref->get<std::string>())));
        else
            check(*target, value, path, out, depth + 1);
    }

    if (auto type = schema.find("type"); type != schema.end()) {
        bool ok = false;
        QStringList names;
        if (type->is_string()) {
            ok = hasType(value, type->get<std::string>());
            names << q(type->get<std::string>());
        } else if (type->is_array()) {
            for (const Json &t : *type) {
                if (t.is_string()) {
                    ok = ok || hasType(value, t.get<std::string>());
                    names << q(t.get<std::string>());
                }
            }
        } else {
            ok = true;
        }
        if (!ok) {
            fail("type",
                 tr("expected %1, found %2")
                     .arg(names.join(QLatin1String(" or ")), q(typeOf(value))));
            return; // the other keywords would only repeat the mismatch
        }
    }

    if (auto values = schema.find("enum"); values != schema.end() && values->is_array()) {
        bool found = false;
        for (const Json &candidate : *values)
            found = found || jsonEquals(candidate, value);
        if (!found)
            fail("enum",
                 tr("%1 is not one of %2")
                     .arg(QString::fromUtf8(toCompactBytes(value)),
                          QString::fromUtf8(toCompactBytes(*values))));
    }
    if (auto constant = schema.find("const"); constant != schema.end()) {
        if (!jsonEquals(*constant, value))
            fail("const", tr("must equal %1").arg(QString::fromUtf8(toCompactBytes(*constant))));
    }

    if (value.is_object()) {
        if (auto required = schema.find("required");
            required != schema.end() && required->is_array()) {
            for (const Json &name : *required)
                if (name.is_string() && !value.contains(name.get<std::string>()))
                    fail("required", tr("'%1' is required").arg(q(name.get<std::string>())));
        }
        const Json *properties = nullptr;
        if (auto p = schema.find("properties"); p != schema.end() && p->is_object())
            properties = &*p;
        const auto additional = schema.find("additionalProperties");
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string childPath = path + '/' + escapePointer(it.key());
            if (properties && properties->contains(it.key())) {
                check(properties->at(it.key()), it.value(), childPath, out, depth + 1);
            } else if (additional != schema.end()) {
                if (additional->is_boolean() && !additional->get<bool>())
                    fail("additionalProperties", tr("'%1' is not allowed here").arg(q(it.key())));
                else
                    check(*additional, it.value(), childPath, out, depth + 1);
            }
        }
        if (auto n = schema.find("minProperties");
            n != schema.end() && n->is_number() && value.size() < n->get<double>())
            fail("minProperties", tr("needs at least %1 properties").arg(n->get<double>()));
        if (auto n = schema.find("maxProperties");
            n != schema.end() && n->is_number() && value.size() > n->get<double>())
            fail("maxProperties", tr("allows at most %1 properties").arg(n->get<double>()));
    }

    if (value.is_array()) {
        auto items = schema.find("items");
        std::size_t first = 0;
        if (auto prefix = schema.find("prefixItems");
            prefix != schema.end() && prefix->is_array()) {
            for (; first < prefix->size() && first < value.size(); ++first)
                check(prefix->at(first), value[first], path + '/' + std::to_string(first), out,
                      depth + 1);
        } else if (items != schema.end() && items->is_array()) { // draft-07 tuple
            for (; first < items->size() && first < value.size(); ++first)
                check(items->at(first), value[first], path + '/' + std::to_string(first), out,
                      depth + 1);
            items = schema.find("additionalItems");
        }
        if (items != schema.end() && !items->is_array()) {
            for (std::size_t i = first; i < value.size(); ++i)
                check(*items, value[i], path + '/' + std::to_string(i), out, depth + 1);
        }
        if (auto n = schema.find("minItems");
            n != schema.end() && n->is_number() && value.size() < n->get<double>())
            fail("minItems", tr("needs at least %1 items").arg(n->get<double>()));
        if (auto n = schema.find("maxItems");
            n != schema.end() && n->is_number() && value.size() > n->get<double>())
            fail("maxItems", tr("allows at most %1 items").arg(n->get<double>()));
        if (auto unique = schema.find("uniqueItems");
            unique != schema.end() && unique->is_boolean() && unique->get<bool>()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                for (std::size_t j = i + 1; j < value.size(); ++j)
                    if (jsonEquals(value[i], value[j])) {
                        fail("uniqueItems", tr("items %1 and %2 are equal").arg(i).arg(j));
                        i = value.size();
                        break;
                    }
        }
    }

    if (value.is_number()) {
        const double number = value.get<double>();
        auto limit = [&](const char *keyword, auto broken, const QString &message) {
            auto it = schema.find(keyword);
            if (it != schema.end() && it->is_number() && broken(number, it->template get<double>()))
                fail(keyword, message.arg(it->template get<double>()));
        };
        limit(
            "minimum", [](double v, double l) { return v < l; }, tr("must be at least %1"));
        limit(
            "maximum", [](double v, double l) { return v > l; }, tr("must be at most %1"));
        limit(
            "exclusiveMinimum", [](double v, double l) { return v <= l; },
            tr("must be greater than %1"));
        limit(
            "exclusiveMaximum", [](double v, double l) { return v >= l; },
            tr("must be less than %1"));
        limit(
            "multipleOf",
            [](double v, double l) {
                if (l <= 0)
                    return false;
                const double ratio = v / l;
                return std::fabs(ratio - std::round(ratio)) > 1e-9;
            },
            tr("must be a multiple of %1"));
    }

    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        const std::size_t length = codePoints(text);
        if (auto n = schema.find("minLength");
            n != schema.end() && n->is_number() && length < n->get<double>())
            fail("minLength", tr("must be at least %1 characters long").arg(n->get<double>()));
        if (auto n = schema.find("maxLength");
            n != schema.end() && n->is_number() && length > n->get<double>())
            fail("maxLength", tr("must be at most %1 characters long").arg(n->get<double>()));
        if (auto pattern = schema.find("pattern"); pattern != schema.end() && pattern->is_string()
            && !matches(pattern->get<std::string>(), text))
            fail("pattern",
                 tr("does not match the pattern %1").arg(q(pattern->get<std::string>())));
        if (auto format = schema.find("format"); format != schema.end() && format->is_string()) {
            const std::string &name = format->get_ref<const std::string &>();
            bool ok = true;
            if (name == "email" || name == "idn-email")
                ok = isEmail(text);
            else if (name == "date-time")
                ok = isDateTime(text);
            else if (name == "date")
                ok = isDate(text);
            else if (name == "time")
                ok = isDateTime("2000-01-01T" + text);
            else if (name == "uri")
                ok = QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"))
                         .match(q(text))
                         .hasMatch();
            else if (name == "uuid")
                ok = QRegularExpression(
                         QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                        "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
                         .match(q(text))
                         .hasMatch();
            if (!ok)
                fail("format", tr("'%1' is not a valid %2").arg(q(text), q(name)));
        }
    }

    if (auto all = schema.find("allOf"); all != schema.end() && all->is_array())
        for (const Json &sub : *all)
            check(sub, value, path, out, depth + 1);
    auto passes = [&](const Json &sub) {
        QList<SchemaViolation> scratch;
        check(sub, value, path, scratch, depth + 1);
        return scratch.isEmpty();
    };
    if (auto any = schema.find("anyOf"); any != schema.end() && any->is_array()) {
        bool ok = false;
        for (const Json &sub : *any)
            ok = ok || passes(sub);
        if (!ok)
            fail("anyOf", tr("matches none of the allowed schemas"));
    }
    if (auto one = schema.find("oneOf"); one != schema.end() && one->is_array()) {
        int count = 0;
        for (const Json &sub : *one)
            count += passes(sub) ? 1 : 0;
        if (count != 1)
            fail("oneOf", tr("must match exactly one schema, matches %1").arg(count));
    }
    if (auto negated = schema.find("not"); negated != schema.end() && passes(*negated))
        fail("not", tr("matches a schema it must not match"));
    if (auto condition = schema.find("if"); condition != schema.end()) {
        if (passes(*condition)) {
            if (auto then = schema.find("then"); then != schema.end())
                check(*then, value, path, out, depth + 1);
        } else if (auto otherwise = schema.find("else"); otherwise != schema.end()) {
            check(*otherwise, value, path, out, depth + 1);
        }
    }
}

} // namespace Flowsmith::Sim
