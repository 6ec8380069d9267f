#include "model/data/csvreader.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::CsvReader", text);
}

// The first comma, semicolon or tab outside quotes on the header's first line.
QChar detectSeparator(const QString &line)
{
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u',' || c == u';' || c == u'\t'))
            return c;
    }
    return u',';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{ }

bool CsvReader::fail(FileError *error, const QString &code, int line, int column,
                     const QString &message) const
{
    if (error)
        *error = FileError { code, m_fileName, { line, column }, message };
    return false;
}

bool CsvReader::readRecord(QStringList &cells, QList<int> &columns, FileError *error)
{
    cells.clear();
    columns.clear();
    QString cell;
    bool quoted = false;
    bool started = false;
    int quoteLine = 0;
    int quoteColumn = 0;
    while (true) {
        QByteArray bytes = m_device->readLine();
        if (bytes.isEmpty()) {
            if (quoted)
                return fail(error, ErrorCode::InvalidValue, quoteLine, quoteColumn,
                            tr("the quoted cell starting here is never closed"));
            if (!started)
                return false;
            cells.append(cell);
            return true;
        }
        ++m_line;
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return fail(error, ErrorCode::InvalidValue, m_line,
                        int(QString::fromUtf8(bytes.left(nul)).size()) + 1,
                        tr("the file holds a NUL byte: it is binary, not CSV text"));
        if (m_first) {
            m_first = false;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
        }
        const QString text = QString::fromUtf8(bytes);
        if (!started) {
            // Blank lines between records are not records.
            if (text.trimmed().isEmpty())
                continue;
            started = true;
            m_recordLine = m_line;
            if (m_header.isEmpty() && cells.isEmpty())
                m_separator = detectSeparator(text);
            columns.append(1);
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c != u'"') {
                    cell.append(c);
                } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = m_line;
                quoteColumn = int(i) + 1;
            } else if (c == m_separator) {
                cells.append(cell);
                cell.clear();
                columns.append(int(i) + 2);
            } else if (c == u'\r' || c == u'\n') {
                // the line's end (\n or \r\n)
            } else {
                cell.append(c);
            }
        }
        if (!quoted) {
            cells.append(cell);
            return true;
        }
    }
}

bool CsvReader::readHeader(FileError *error)
{
    if (error)
        *error = FileError {};
    QStringList cells;
    QList<int> columns;
    if (!readRecord(cells, columns, error)) {
        if (!error || error->code.isEmpty())
            fail(error, ErrorCode::MissingKey, 1, 1, tr("the CSV file has no header row"));
        return false;
    }
    QSet<QString> seen;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString name = cells.at(c).trimmed();
        const int column = c < columns.size() ? columns.at(c) : 1;
        if (name.isEmpty())
            return fail(error, ErrorCode::InvalidValue, m_recordLine, column,
                        tr("column %1 of the header has no name").arg(c + 1));
        if (seen.contains(name))
            return fail(error, ErrorCode::InvalidValue, m_recordLine, column,
                        tr("column name '%1' appears twice in the header").arg(name));
        seen.insert(name);
        cells[c] = name;
    }
    m_header = cells;
    return true;
}

bool CsvReader::next(QStringList &cells, FileError *error)
{
    if (error)
        *error = FileError {};
    QList<int> columns;
    if (!readRecord(cells, columns, error))
        return false;
    if (cells.size() > m_header.size()) {
        const int column = m_header.size() < columns.size() ? columns.at(m_header.size()) : 1;
        return fail(error, ErrorCode::InvalidValue, m_line, column,
                    tr("this row has %1 cells but the header names %2 columns")
                        .arg(cells.size())
                        .arg(m_header.size()));
    }
    while (cells.size() < m_header.size())
        cells.append(QString());
    return true;
}

bool CsvReader::next(JsonValue &record, FileError *error)
{
    QStringList cells;
    if (!next(cells, error))
        return false;
    record = JsonValue::object();
    for (qsizetype i = 0; i < cells.size(); ++i)
        if (!cells.at(i).isEmpty())
            record[m_header.at(i).toStdString()] = inferValue(cells.at(i));
    return true;
}

JsonValue CsvReader::inferValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    const auto match = number.match(trimmed);
    if (match.hasMatch()) {
        if (match.capturedLength(2) == 0 && match.capturedLength(3) == 0) {
            bool ok = false;
            const qlonglong integer = trimmed.toLongLong(&ok);
            if (ok)
                return integer;
        }
        bool ok = false;
        const double real = trimmed.toDouble(&ok);
        if (ok)
            return real;
    }
    return text.toStdString();
}

std::optional<CsvReader::Table> CsvReader::read(const QByteArray &bytes, const QString &fileName,
                                                FileError *error)
{
    if (bytes.size() > ModelFile::MaxFileSize) {
        ModelFile::fail(
            error, ErrorCode::FileTooLarge, fileName, {},
            tr("file is larger than %1 MiB").arg(ModelFile::MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, fileName);
    FileError local;
    FileError *sink = error ? error : &local;
    Table table;
    if (!reader.readHeader(sink))
        return std::nullopt;
    table.header = reader.header();
    QStringList cells;
    while (reader.next(cells, sink))
        table.rows.append(cells);
    if (!sink->code.isEmpty())
        return std::nullopt;
    return table;
}

} // namespace Flowsmith
