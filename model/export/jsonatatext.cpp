#include "model/export/jsonatatext.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace Flowsmith::JsonataText {

QString stringLiteral(const QString &text)
{
    // JSONata string literals take JSON's escapes, so a JSON string is one.
    return QString::fromStdString(nlohmann::json(text.toStdString()).dump());
}

QString path(const QString &fieldPath)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList steps;
    for (const QString &step : fieldPath.split(u'.'))
        steps.append(plain.match(step).hasMatch() ? step : u'`' + step + u'`');
    return steps.join(u'.');
}

QString maskExpression(const QStringList &fields, bool redact)
{
    QString expression = QStringLiteral(
        "($mask := function($v){$type($v) = \"string\" ? \"***\" : $type($v) = \"number\" ? 0"
        " : $type($v) = \"boolean\" ? false : $type($v) = \"array\" ? [$map($v, $mask)]"
        " : $type($v) = \"object\" ? $merge([{}, $each($v, function($x, $k){{$k: $mask($x)}})])"
        " : $v}; $");
    for (QString field : fields) {
        if (field.startsWith(QLatin1String("body.")))
            field = field.mid(5);
        if (field.isEmpty())
            continue;
        const int dot = field.lastIndexOf(u'.');
        const QString parent = dot < 0 ? QStringLiteral("$") : path(field.left(dot));
        const QString leaf = field.mid(dot + 1);
        const QString key = stringLiteral(leaf);
        if (redact)
            expression += QStringLiteral(" ~> | %1 | {}, [%2] |").arg(parent, key);
        else
            expression += QStringLiteral(" ~> | %1 | $exists(%3) ? {%2: $mask(%3)} : {} |")
                              .arg(parent, key, path(leaf));
    }
    return expression + u')';
}

} // namespace Flowsmith::JsonataText
