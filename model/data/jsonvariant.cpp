#include "model/data/jsonvariant.h"

#include "model/core/jsonloader.h"

#include <QCoreApplication>

#include <limits>

#include <QVariantList>
#include <QVariantMap>

namespace Flowsmith {

JsonValue toJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QVariantList: {
        JsonValue array = JsonValue::array();
        for (const QVariant &item : value.toList())
            array.push_back(toJson(item));
        return array;
    }
    case QMetaType::QVariantMap: {
        JsonValue object = JsonValue::object();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object[it.key().toStdString()] = toJson(it.value());
        return object;
    }
    case QMetaType::QStringList: {
        JsonValue array = JsonValue::array();
        for (const QString &item : value.toStringList())
            array.push_back(item.toStdString());
        return array;
    }
    default:
        return value.toString().toStdString();
    }
}

QVariant toVariant(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::value_t::boolean:
        return value.get<bool>();
    case JsonValue::value_t::number_integer:
        return qint64(value.get<std::int64_t>());
    case JsonValue::value_t::number_unsigned: {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<qint64>::max()))
            return double(number);
        return qint64(number);
    }
    case JsonValue::value_t::number_float:
        return value.get<double>();
    case JsonValue::value_t::string:
        return QString::fromStdString(value.get<std::string>());
    case JsonValue::value_t::array: {
        QVariantList list;
        list.reserve(qsizetype(value.size()));
        for (const JsonValue &item : value)
            list.append(toVariant(item));
        return list;
    }
    case JsonValue::value_t::object: {
        QVariantMap map;
        for (auto it = value.begin(); it != value.end(); ++it)
            map.insert(QString::fromStdString(it.key()), toVariant(it.value()));
        return map;
    }
    default:
        return {};
    }
}

std::optional<QVariant> parseJsonText(const QString &text, const QString &where, FileError *error)
{
    const std::optional<JsonValue> value = Json::parse(text.toUtf8(), where, error);
    if (!value)
        return std::nullopt;
    return toVariant(*value);
}

QString describeTextError(const FileError &error, const QString &text)
{
    if (!error.position.isValid())
        return error.message;
    if (!text.contains(u'\n'))
        return QCoreApplication::translate("Flowsmith::JsonText", "column %1: %2")
            .arg(error.position.column)
            .arg(error.message);
    return QCoreApplication::translate("Flowsmith::JsonText", "line %1, column %2: %3")
        .arg(error.position.line)
        .arg(error.position.column)
        .arg(error.message);
}

QString toCompactText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    return QString::fromUtf8(toCompactBytes(toJson(value)));
}

QByteArray toCompactBytes(const JsonValue &value)
{
    return QByteArray::fromStdString(
        value.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
}

bool jsonEquals(const JsonValue &a, const JsonValue &b)
{
    if (a.is_object() && b.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            auto other = b.find(it.key());
            if (other == b.end() || !jsonEquals(it.value(), *other))
                return false;
        }
        return true;
    }
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!jsonEquals(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

} // namespace Flowsmith
