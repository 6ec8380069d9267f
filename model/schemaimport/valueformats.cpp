#include "model/schemaimport/valueformats.h"

#include <QDate>
#include <QRegularExpression>

namespace Flowsmith::ValueFormats {

bool isDateTime(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$)"));
    const auto match = pattern.match(text);
    return match.hasMatch() && isDate(match.capturedView(1));
}

bool isDate(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!pattern.match(text).hasMatch())
        return false;
    return QDate::fromString(text.toString(), Qt::ISODate).isValid();
}

bool isEmail(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^@\s"(),:;<>\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return pattern.match(text).hasMatch();
}

bool isUri(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+[^\s]*|(?:urn|mailto|tel):[^\s]+)$)"));
    return pattern.match(text).hasMatch();
}

} // namespace Flowsmith::ValueFormats
