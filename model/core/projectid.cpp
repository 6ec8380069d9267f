#include "model/core/projectid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Flowsmith::ProjectId {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::ProjectId", text);
}

bool isLower(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool isValid(const QString &id, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(?:[-_][a-z0-9]+)*$"));
    QString reason;
    if (id.isEmpty())
        reason = tr("the id is empty");
    else if (id.size() > MaxLength)
        reason = tr("the id is longer than %1 characters").arg(MaxLength);
    else if (!pattern.match(id).hasMatch())
        reason = tr("'%1' is not an id: use lowercase letters a-z and digits, in words joined "
                    "by '-' or '_' (like 'shop-order')")
                     .arg(id);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

QString fromName(const QString &name)
{
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped.
    QString ascii;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c == u'ß')
            ascii += QStringLiteral("ss");
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else
            ascii += c;
    }
    QString out;
    auto separate = [&out] {
        if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    };
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        const QChar c = ascii.at(i);
        const bool upper = c >= u'A' && c <= u'Z';
        if (upper) {
            // A capital starts a word after a small letter or digit ("newPet"), and ends an
            // acronym when a small letter follows ("HTTPServer" → "http-server").
            const QChar before = i > 0 ? ascii.at(i - 1) : QChar();
            const QChar after = i + 1 < ascii.size() ? ascii.at(i + 1) : QChar();
            const bool beforeUpper = before >= u'A' && before <= u'Z';
            if (isLower(before) || (beforeUpper && after >= u'a' && after <= u'z'))
                separate();
            out += c.toLower();
        } else if (isLower(c)) {
            out += c;
        } else {
            separate();
        }
    }
    if (out.size() > MaxLength) {
        out.truncate(MaxLength);
        const qsizetype dash = out.lastIndexOf(u'-');
        if (dash > MaxLength / 2)
            out.truncate(dash);
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace Flowsmith::ProjectId
