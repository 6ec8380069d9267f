#include "model/data/jsonvariant.h"

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
