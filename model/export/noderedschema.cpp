#include "model/export/noderedschema.h"

#include <QSet>

namespace Flowsmith {

namespace {

using Json = NodeRedSchema::Json;

// Keywords ajv 8 knows in draft-07 mode (validation, applicators, annotations).
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords { "$id",
                                          "$schema",
                                          "$ref",
                                          "$comment",
                                          "$defs",
                                          "definitions",
                                          "type",
                                          "enum",
                                          "const",
                                          "required",
                                          "properties",
                                          "patternProperties",
                                          "additionalProperties",
                                          "propertyNames",
                                          "dependencies",
                                          "dependentRequired",
                                          "dependentSchemas",
                                          "minProperties",
                                          "maxProperties",
                                          "items",
                                          "additionalItems",
                                          "contains",
                                          "minItems",
                                          "maxItems",
                                          "uniqueItems",
                                          "minimum",
                                          "maximum",
                                          "exclusiveMinimum",
                                          "exclusiveMaximum",
                                          "multipleOf",
                                          "minLength",
                                          "maxLength",
                                          "pattern",
                                          "format",
                                          "allOf",
                                          "anyOf",
                                          "oneOf",
                                          "not",
                                          "if",
                                          "then",
                                          "else",
                                          "title",
                                          "description",
                                          "default",
                                          "examples",
                                          "readOnly",
                                          "writeOnly",
                                          "contentMediaType",
                                          "contentEncoding" };
    return keywords;
}

// Keywords whose value is a schema, a list of schemas, or a map of name -> schema.
const QSet<QString> singleSchema { "additionalProperties",
                                   "propertyNames",
                                   "additionalItems",
                                   "contains",
                                   "not",
                                   "if",
                                   "then",
                                   "else",
                                   "items" };
const QSet<QString> schemaList { "allOf", "anyOf", "oneOf", "items" };
const QSet<QString> schemaMap { "properties", "patternProperties", "definitions",
                                "$defs",      "dependentSchemas",  "dependencies" };

const char *const datePattern
    // Every valid calendar date, 29 February only in leap years (as QDate decides).
    = "(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
      "|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])"
      "|(?:[02468][048]|[13579][26])00)-02-29)";
const char *const timePattern = "(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[Zz]|[+-"
                                "](?:[01]\\d|2[0-3]):[0-5]\\d)";

struct Rewriter
{
    QStringList *notes;
    bool droppedFormat = false;
    bool rewroteFormat = false;
    bool droppedKeyword = false;

    void note(bool &flag, const QString &text)
    {
        if (!flag && notes)
            notes->append(text);
        flag = true;
    }

    Json schema(const Json &in)
    {
        if (!in.is_object())
            return in; // true, false
        Json out = Json::object();
        QString pattern;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!knownKeywords().contains(key)) {
                note(droppedKeyword,
                     QStringLiteral("keywords ajv does not know are left out (JSON Schema "
                                    "ignores them)"));
                continue;
            }
            if (key == QLatin1String("format")) {
                pattern = it->is_string()
                    ? NodeRedSchema::formatPattern(QString::fromStdString(it->get<std::string>()))
                    : QString();
                if (pattern.isEmpty())
                    note(droppedFormat,
                         QStringLiteral("formats the simulator does not check are left out"));
                else
                    note(rewroteFormat,
                         QStringLiteral("formats become the equivalent patterns (ajv has no "
                                        "formats)"));
                continue;
            }
            if (key == QLatin1String("$schema") && it->is_string()
                && it->get<std::string>().find("json-schema.org/draft-0") == std::string::npos)
                continue;
            if (key == QLatin1String("items") && it->is_array()) {
                Json list = Json::array();
                for (const Json &child : *it)
                    list.push_back(schema(child));
                out[it.key()] = list;
            } else if (schemaList.contains(key) && it->is_array()) {
                Json list = Json::array();
                for (const Json &child : *it)
                    list.push_back(schema(child));
                out[it.key()] = list;
            } else if (singleSchema.contains(key)) {
                out[it.key()] = schema(*it);
            } else if (schemaMap.contains(key) && it->is_object()) {
                Json map = Json::object();
                for (auto child = it->begin(); child != it->end(); ++child)
                    map[child.key()] = child->is_array() ? *child : schema(*child);
                out[it.key()] = map;
            } else {
                out[it.key()] = *it;
            }
        }
        if (!pattern.isEmpty()) {
            Json &all = out["allOf"];
            if (!all.is_array())
                all = Json::array();
            all.push_back(Json { { "pattern", pattern.toStdString() } });
        }
        return out;
    }
};

} // namespace

QString NodeRedSchema::formatPattern(const QString &format)
{
    const QString date = QString::fromLatin1(datePattern);
    const QString time = QString::fromLatin1(timePattern);
    if (format == QLatin1String("email") || format == QLatin1String("idn-email"))
        return QStringLiteral(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$");
    if (format == QLatin1String("date"))
        return u'^' + date + u'$';
    if (format == QLatin1String("date-time"))
        return u'^' + date + QStringLiteral("[Tt ]") + time + u'$';
    if (format == QLatin1String("time"))
        return u'^' + time + u'$';
    if (format == QLatin1String("uri"))
        return QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$");
    if (format == QLatin1String("uuid"))
        return QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    return {};
}

NodeRedSchema::Json NodeRedSchema::forAjv(const Json &schema, QStringList *notes)
{
    Rewriter rewriter { notes };
    return rewriter.schema(schema);
}

} // namespace Flowsmith
