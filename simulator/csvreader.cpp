#include "simulator/csvreader.h"

#include <QRegularExpression>

namespace Flowsmith::Sim {

CsvReader::CsvReader(QIODevice *device, char separator)
    : m_device(device)
    , m_separator(separator)
{ }

bool CsvReader::readHeader()
{
    if (!readFields(m_header))
        return false;
    if (!m_header.isEmpty() && m_header.first().startsWith(QChar(0xFEFF)))
        m_header.first().remove(0, 1);
    for (QString &name : m_header)
        name = name.trimmed();
    return true;
}

bool CsvReader::readFields(QStringList &fields)
{
    fields.clear();
    QByteArray field;
    bool quoted = false;
    bool any = false;
    while (true) {
        const QByteArray line = m_device->readLine();
        if (line.isEmpty()) {
            if (!any)
                return false;
            fields.append(QString::fromUtf8(field));
            return true;
        }
        ++m_line;
        if (!any) {
            m_recordLine = m_line;
            // Blank lines between records are not records.
            if (line.trimmed().isEmpty())
                continue;
        }
        any = true;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        field.append('"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == m_separator) {
                fields.append(QString::fromUtf8(field));
                field.clear();
            } else if (c == '\r' || c == '\n') {
                // end of record (the rest of the line is its terminator)
            } else {
                field.append(c);
            }
        }
        if (!quoted) {
            fields.append(QString::fromUtf8(field));
            return true;
        }
    }
}

bool CsvReader::next(Json &record)
{
    QStringList fields;
    if (!readFields(fields))
        return false;
    record = Json::object();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).isEmpty())
            continue;
        const QString name
            = i < m_header.size() ? m_header.at(i) : QStringLiteral("field%1").arg(i + 1);
        record[name.toStdString()] = inferValue(fields.at(i));
    }
    return true;
}

Json CsvReader::inferValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("FALSE"))
        return false;
    // JSON number syntax only: "007" and "1e" stay text, so postal codes keep their zeros.
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    const auto match = number.match(text);
    if (match.hasMatch()) {
        if (match.capturedLength(2) == 0 && match.capturedLength(3) == 0) {
            bool ok = false;
            const qlonglong integer = text.toLongLong(&ok);
            if (ok)
                return integer;
        }
        bool ok = false;
        const double real = text.toDouble(&ok);
        if (ok)
            return real;
    }
    return text.toStdString();
}

} // namespace Flowsmith::Sim
