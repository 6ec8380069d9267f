#include "model/schemaimport/csvreader.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QCoreApplication>
#include <QSet>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::CsvReader", text);
}

QChar detectSeparator(const QString &text)
{
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'\n' && !quoted)
            break;
        else if (!quoted && (c == u',' || c == u';' || c == u'\t'))
            return c;
    }
    return u',';
}

} // namespace

std::optional<CsvReader::Table> CsvReader::read(const QByteArray &bytes, const QString &fileName,
                                                FileError *error)
{
    if (bytes.size() > ModelFile::MaxFileSize) {
        ModelFile::fail(
            error, ErrorCode::FileTooLarge, fileName, {},
            tr("file is larger than %1 MiB").arg(ModelFile::MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);

    // Rows with the line each starts on, for error messages.
    QList<QStringList> rows;
    QList<int> rowLines;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int column = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    int rowLine = 1;
    auto endRow = [&] {
        row.append(cell);
        // A blank line is no record.
        if (!(row.size() == 1 && row.first().isEmpty() && !cellWasQuoted)) {
            rows.append(row);
            rowLines.append(rowLine);
        }
        row.clear();
        cell.clear();
        cellWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
                if (c == u'\n') {
                    ++line;
                    column = 0;
                }
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
            cellWasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == separator) {
            row.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\r') {
            // Line ends are \n or \r\n; a lone \r inside a cell is dropped.
        } else if (c == u'\n') {
            endRow();
            ++line;
            column = 0;
            rowLine = line;
        } else {
            cell.append(c);
        }
        ++column;
    }
    if (quoted) {
        ModelFile::fail(error, ErrorCode::InvalidValue, fileName, { quoteLine, quoteColumn },
                        tr("the quoted cell starting here is never closed"));
        return std::nullopt;
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellWasQuoted)
        endRow();
    if (rows.isEmpty()) {
        ModelFile::fail(error, ErrorCode::MissingKey, fileName, { 1, 1 },
                        tr("the CSV file has no header row"));
        return std::nullopt;
    }

    Table table;
    table.header = rows.takeFirst();
    rowLines.removeFirst();
    QSet<QString> seen;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QString name = table.header.at(c).trimmed();
        if (name.isEmpty() || seen.contains(name)) {
            ModelFile::fail(error, ErrorCode::InvalidValue, fileName, { 1, int(c) + 1 },
                            name.isEmpty()
                                ? tr("column %1 of the header has no name").arg(c + 1)
                                : tr("column name '%1' appears twice in the header").arg(name));
            return std::nullopt;
        }
        seen.insert(name);
        table.header[c] = name;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells = rows.at(r);
        if (cells.size() > table.header.size()) {
            ModelFile::fail(error, ErrorCode::InvalidValue, fileName, { rowLines.at(r), 1 },
                            tr("this row has %1 cells but the header names %2 columns")
                                .arg(cells.size())
                                .arg(table.header.size()));
            return std::nullopt;
        }
        while (cells.size() < table.header.size())
            cells.append(QString());
        table.rows.append(cells);
    }
    return table;
}

} // namespace Flowsmith
