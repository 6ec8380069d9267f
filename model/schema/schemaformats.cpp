#include "model/schema/schemaformats.h"

#include <QDate>
#include <QRegularExpression>

namespace Flowsmith {

namespace {

bool matchesWhole(const QRegularExpression &expression, const std::string &text)
{
    return expression.match(QString::fromStdString(text)).hasMatch();
}

} // namespace

bool SchemaFormats::isKnown(const std::string &format)
{
    return format == "email" || format == "idn-email" || format == "date" || format == "time"
        || format == "date-time" || format == "uri" || format == "uuid";
}

bool SchemaFormats::matches(const std::string &format, const std::string &text)
{
    if (format == "email" || format == "idn-email")
        return isEmail(text);
    if (format == "date")
        return isDate(text);
    if (format == "time")
        return isTime(text);
    if (format == "date-time")
        return isDateTime(text);
    if (format == "uri")
        return isUri(text);
    if (format == "uuid")
        return isUuid(text);
    return true;
}

bool SchemaFormats::isEmail(const std::string &text)
{
    static const QRegularExpression email(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return matchesWhole(email, text);
}

bool SchemaFormats::isDate(const std::string &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = QString::fromStdString(text);
    return date.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool SchemaFormats::isTime(const std::string &text)
{
    return isDateTime("2000-01-01T" + text);
}

bool SchemaFormats::isDateTime(const std::string &text)
{
    static const QRegularExpression dateTime(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[Tt ]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
        "([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"));
    const auto match = dateTime.match(QString::fromStdString(text));
    return match.hasMatch() && isDate(match.captured(1).toStdString());
}

bool SchemaFormats::isUri(const std::string &text)
{
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"));
    return matchesWhole(uri, text);
}

bool SchemaFormats::isUuid(const std::string &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}$"));
    return matchesWhole(uuid, text);
}

} // namespace Flowsmith
