#include "model/core/yamlvalue.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Flowsmith::Yaml {

namespace {

// A collection this short reads well on one line, as the design's `{method: POST, path: /orders}`.
constexpr int FlowStyleMaxChars = 60;

bool isNullText(const std::string &text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::optional<bool> boolValue(const std::string &text)
{
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    return std::nullopt;
}

std::optional<qint64> intValue(const std::string &text)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    const QString s = QString::fromStdString(text);
    if (!decimal.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = s.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<double> floatValue(const std::string &text)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString s = QString::fromStdString(text);
    if (number.match(s).hasMatch())
        return s.toDouble();
    if (s == QLatin1String(".inf") || s == QLatin1String("+.inf") || s == QLatin1String(".Inf"))
        return INFINITY;
    if (s == QLatin1String("-.inf") || s == QLatin1String("-.Inf"))
        return -INFINITY;
    if (s == QLatin1String(".nan") || s == QLatin1String(".NaN"))
        return NAN;
    return std::nullopt;
}

// Rough width of a node written in flow style, or -1 when it cannot go on one line.
int flowWidth(const YAML::Node &node)
{
    if (node.IsScalar()) {
        if (node.Scalar().find('\n') != std::string::npos)
            return -1;
        return int(node.Scalar().size()) + (isQuoted(node) ? 2 : 0);
    }
    if (node.IsNull())
        return 4;
    if (node.IsSequence() || node.IsMap()) {
        int width = 2;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = node.IsMap() ? it->first : *it;
            if (!key.IsScalar() && !key.IsNull())
                return -1; // only flat collections go on one line
            int w = flowWidth(key);
            if (node.IsMap()) {
                if (!it->second.IsScalar() && !it->second.IsNull())
                    return -1;
                const int v = flowWidth(it->second);
                if (v < 0)
                    return -1;
                w += v + 2;
            }
            if (w < 0)
                return -1;
            width += w + 2;
        }
        return width;
    }
    return -1;
}

} // namespace

bool isQuoted(const YAML::Node &node)
{
    return node.IsScalar() && node.Tag() == "!";
}

bool readsAsNonString(const QString &text)
{
    const std::string s = text.toStdString();
    if (isNullText(s) || boolValue(s) || intValue(s) || floatValue(s))
        return true;
    static const QStringList yaml11
        = { QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
            QStringLiteral("off"), QStringLiteral("y"),  QStringLiteral("n") };
    return yaml11.contains(text, Qt::CaseInsensitive);
}

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const std::string &text = node.Scalar();
        if (isQuoted(node))
            return QString::fromStdString(text);
        if (isNullText(text))
            return QVariant();
        if (const auto b = boolValue(text))
            return *b;
        if (const auto i = intValue(text))
            return *i;
        if (const auto d = floatValue(text))
            return *d;
        return QString::fromStdString(text);
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(QString::fromStdString(it->first.as<std::string>("")),
                       toVariant(it->second));
        return map;
    }
    default:
        return QVariant();
    }
}

nlohmann::ordered_json toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const std::string &text = node.Scalar();
        if (isQuoted(node))
            return text;
        if (isNullText(text))
            return nullptr;
        if (const auto b = boolValue(text))
            return *b;
        if (const auto i = intValue(text))
            return *i;
        if (const auto d = floatValue(text))
            return *d;
        return text;
    }
    case YAML::NodeType::Sequence: {
        auto array = nlohmann::ordered_json::array();
        for (const YAML::Node &item : node)
            array.push_back(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        auto object = nlohmann::ordered_json::object();
        for (auto it = node.begin(); it != node.end(); ++it)
            object[it->first.as<std::string>("")] = toJson(it->second);
        return object;
    }
    default:
        return nullptr;
    }
}

QString numberText(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

YAML::Node stringNode(const QString &text)
{
    YAML::Node node(text.toStdString());
    // A string that would read back as a number or boolean, and every multi-line string,
    // is written quoted (multi-line ones as literal blocks).
    if (readsAsNonString(text) || text.contains(u'\n'))
        node.SetTag("!");
    else
        node.SetTag("?");
    return node;
}

YAML::Node numberNode(double value)
{
    YAML::Node node(numberText(value).toStdString());
    node.SetTag("?");
    return node;
}

void applyFlowStyleIfSmall(YAML::Node &node)
{
    const int width = flowWidth(node);
    if (width >= 0 && width <= FlowStyleMaxChars)
        node.SetStyle(YAML::EmitterStyle::Flow);
    else
        node.SetStyle(YAML::EmitterStyle::Block);
}

void applyFlowStyleIfSmallMap(YAML::Node &node)
{
    if (!node.IsMap())
        return;
    int width = 2;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node value = it->second;
        int w = -1;
        if (value.IsScalar() || value.IsNull())
            w = flowWidth(value);
        else if (value.Style() == YAML::EmitterStyle::Flow)
            w = flowWidth(value);
        if (w < 0) {
            node.SetStyle(YAML::EmitterStyle::Block);
            return;
        }
        width += flowWidth(it->first) + 2 + w + 2;
    }
    node.SetStyle(width <= 80 ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
}

YAML::Node fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return YAML::Node(YAML::NodeType::Null);
    case QMetaType::Bool: {
        YAML::Node node(value.toBool() ? "true" : "false");
        node.SetTag("?");
        return node;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong: {
        YAML::Node node(QString::number(value.toLongLong()).toStdString());
        node.SetTag("?");
        return node;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return numberNode(value.toDouble());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        YAML::Node node(YAML::NodeType::Sequence);
        for (const QVariant &item : value.toList())
            node.push_back(fromVariant(item));
        applyFlowStyleIfSmall(node);
        return node;
    }
    case QMetaType::QVariantMap: {
        YAML::Node node(YAML::NodeType::Map);
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            node[it.key().toStdString()] = fromVariant(it.value());
        applyFlowStyleIfSmall(node);
        return node;
    }
    default:
        return stringNode(value.toString());
    }
}

YAML::Node fromJson(const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::null:
    case nlohmann::ordered_json::value_t::discarded:
        return YAML::Node(YAML::NodeType::Null);
    case nlohmann::ordered_json::value_t::boolean:
        return fromVariant(value.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
        return fromVariant(qint64(value.get<std::int64_t>()));
    case nlohmann::ordered_json::value_t::number_unsigned:
        return fromVariant(qulonglong(value.get<std::uint64_t>()));
    case nlohmann::ordered_json::value_t::number_float:
        return numberNode(value.get<double>());
    case nlohmann::ordered_json::value_t::string:
        return stringNode(QString::fromStdString(value.get<std::string>()));
    case nlohmann::ordered_json::value_t::array: {
        YAML::Node node(YAML::NodeType::Sequence);
        for (const auto &item : value)
            node.push_back(fromJson(item));
        applyFlowStyleIfSmall(node);
        return node;
    }
    case nlohmann::ordered_json::value_t::object: {
        YAML::Node node(YAML::NodeType::Map);
        for (auto it = value.begin(); it != value.end(); ++it)
            node[it.key()] = fromJson(it.value());
        applyFlowStyleIfSmall(node);
        return node;
    }
    case nlohmann::ordered_json::value_t::binary:
        break;
    }
    return YAML::Node(YAML::NodeType::Null);
}

} // namespace Flowsmith::Yaml
