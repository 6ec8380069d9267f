#include "model/schemaimport/schemainference.h"

#include "model/data/csvreader.h"
#include "model/schemaimport/valueformats.h"

#include <utility>
#include <vector>

namespace Flowsmith {

using JsonValue = nlohmann::ordered_json;

namespace {

const char *const DraftUri = "https://json-schema.org/draft/2020-12/schema";

} // namespace

// What the values seen at one place of the records have in common.
struct SchemaInference::Node
{
    int count = 0;
    bool null = false;
    bool boolean = false;
    bool integer = false;
    bool number = false;
    bool string = false;
    bool object = false;
    bool array = false;
    int strings = 0;
    bool allDateTime = true;
    bool allDate = true;
    bool allEmail = true;
    bool allUri = true;
    int objects = 0;
    std::vector<std::pair<std::string, std::unique_ptr<Node>>> properties;
    std::unique_ptr<Node> items;

    Node *property(const std::string &name)
    {
        for (auto &[key, node] : properties)
            if (key == name)
                return node.get();
        properties.emplace_back(name, std::make_unique<Node>());
        return properties.back().second.get();
    }

    void add(const JsonValue &value)
    {
        ++count;
        switch (value.type()) {
        case JsonValue::value_t::null:
            null = true;
            break;
        case JsonValue::value_t::boolean:
            boolean = true;
            break;
        case JsonValue::value_t::number_integer:
        case JsonValue::value_t::number_unsigned:
            integer = true;
            break;
        case JsonValue::value_t::number_float:
            number = true;
            break;
        case JsonValue::value_t::string: {
            string = true;
            ++strings;
            const QString text = QString::fromStdString(value.get<std::string>());
            allDateTime = allDateTime && ValueFormats::isDateTime(text);
            allDate = allDate && ValueFormats::isDate(text);
            allEmail = allEmail && ValueFormats::isEmail(text);
            allUri = allUri && ValueFormats::isUri(text);
            break;
        }
        case JsonValue::value_t::object:
            object = true;
            ++objects;
            for (auto it = value.begin(); it != value.end(); ++it)
                property(it.key())->add(it.value());
            break;
        case JsonValue::value_t::array:
            array = true;
            if (!items)
                items = std::make_unique<Node>();
            for (const JsonValue &element : value)
                items->add(element);
            break;
        default:
            break;
        }
    }

    JsonValue schema() const
    {
        JsonValue result = JsonValue::object();
        std::vector<std::string> types;
        if (object)
            types.push_back("object");
        if (array)
            types.push_back("array");
        if (string)
            types.push_back("string");
        if (number)
            types.push_back("number");
        else if (integer)
            types.push_back("integer");
        if (boolean)
            types.push_back("boolean");
        if (null)
            types.push_back("null");
        if (types.size() == 1)
            result["type"] = types.front();
        else if (!types.empty())
            result["type"] = types;
        if (string && strings > 0) {
            if (allDateTime)
                result["format"] = "date-time";
            else if (allDate)
                result["format"] = "date";
            else if (allEmail)
                result["format"] = "email";
            else if (allUri)
                result["format"] = "uri";
        }
        if (object) {
            JsonValue props = JsonValue::object();
            JsonValue required = JsonValue::array();
            for (const auto &[name, node] : properties) {
                props[name] = node->schema();
                if (node->count == objects)
                    required.push_back(name);
            }
            result["properties"] = std::move(props);
            if (!required.empty())
                result["required"] = std::move(required);
        }
        if (array)
            result["items"] = items && items->count > 0 ? items->schema() : JsonValue::object();
        return result;
    }
};

SchemaInference::SchemaInference()
    : m_root(std::make_unique<Node>())
{ }

SchemaInference::~SchemaInference() = default;

void SchemaInference::add(const JsonValue &record)
{
    m_root->add(record);
}

int SchemaInference::recordCount() const
{
    return m_root->count;
}

JsonValue SchemaInference::schema() const
{
    JsonValue result = JsonValue::object();
    result["$schema"] = DraftUri;
    const JsonValue inferred = m_root->schema();
    for (const auto &item : inferred.items())
        result[item.key()] = item.value();
    return result;
}

JsonValue SchemaInference::fromTable(const QStringList &header, const QList<QStringList> &rows)
{
    JsonValue properties = JsonValue::object();
    JsonValue required = JsonValue::array();
    for (qsizetype c = 0; c < header.size(); ++c) {
        int filled = 0;
        bool allInteger = true;
        bool allNumber = true;
        bool allBoolean = true;
        bool allDate = true;
        bool allDateTime = true;
        for (const QStringList &row : rows) {
            const QString cell = row.value(c).trimmed();
            if (cell.isEmpty())
                continue;
            ++filled;
            // The values a simulation reads from the same cells (samples), so that the schema
            // and the messages agree; leading zeros mark identifiers and stay strings.
            const JsonValue value = CsvReader::inferValue(cell);
            allInteger = allInteger && value.is_number_integer();
            allNumber = allNumber && value.is_number();
            allBoolean = allBoolean && value.is_boolean();
            allDate = allDate && ValueFormats::isDate(cell);
            allDateTime = allDateTime && ValueFormats::isDateTime(cell);
        }
        JsonValue column = JsonValue::object();
        if (filled == 0)
            column["type"] = "string";
        else if (allInteger)
            column["type"] = "integer";
        else if (allNumber)
            column["type"] = "number";
        else if (allBoolean)
            column["type"] = "boolean";
        else {
            column["type"] = "string";
            if (allDate)
                column["format"] = "date";
            else if (allDateTime)
                column["format"] = "date-time";
        }
        const std::string name = header.at(c).toStdString();
        properties[name] = std::move(column);
        if (filled == rows.size() && !rows.isEmpty())
            required.push_back(name);
    }
    JsonValue result = JsonValue::object();
    result["$schema"] = DraftUri;
    result["type"] = "object";
    result["properties"] = std::move(properties);
    if (!required.empty())
        result["required"] = std::move(required);
    return result;
}

} // namespace Flowsmith
