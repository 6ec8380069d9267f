#pragma once

#include "model/core/fileerror.h"
#include "model/data/jsonvalue.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <optional>

namespace Flowsmith {

/// The one CSV reader: samples (simulator/samplereader) and schema inference
/// (model/schemaimport) both read through it, so a file that infers a schema also simulates
/// with the same columns. RFC 4180: a header row, cells quoted with `"` may hold the
/// separator, doubled quotes and line breaks; line ends are LF or CRLF; a UTF-8 byte order
/// mark is skipped. The separator is the first comma, semicolon or tab outside quotes on the
/// header's first line (comma when there is none), so spreadsheet exports from German or
/// French locales read too. Records are read one at a time from a device, so a file of any
/// size is never held in memory.
///
/// Bad input is an error (FileError, code FS013 unless said otherwise) naming the file, line
/// and column: a quoted cell never closed (the place of its opening quote), a row with more
/// cells than the header (the first extra cell), a NUL byte (the file is binary, not text),
/// a header cell without a name or a name used twice, and no header at all (FS008).
/// Recoveries, on purpose: a row with fewer cells than the header leaves the missing cells
/// empty; blank lines between records are skipped; bytes that are not UTF-8 become U+FFFD; a
/// quote inside an unquoted cell is kept as a character.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, const QString &fileName = {});

    /// Reads the header row; false with `error` set when there is none or it is bad.
    bool readHeader(FileError *error = nullptr);
    /// The next record's cells, as many as the header has. False at the end (`error->code`
    /// empty) or on bad input (`error` set).
    bool next(QStringList &cells, FileError *error = nullptr);
    /// The next record as an object keyed by the header, values from inferValue(); empty
    /// cells are left out (as Node-RED's CSV node does by default).
    bool next(JsonValue &record, FileError *error = nullptr);

    QStringList header() const { return m_header; }
    QChar separator() const { return m_separator; }
    /// Line of the record last returned (1-based, counting the header).
    int line() const { return m_recordLine; }

    /// What a cell's text is as a JSON value, for samples and schema inference alike: a
    /// number in JSON syntax (so "007" and "1e" stay text, and postal codes keep their
    /// zeros), true or false in any case, and otherwise the text itself. Spaces around a
    /// number or a boolean do not count.
    static JsonValue inferValue(const QString &text);

    /// A whole file as rows of cells (each as long as the header); files over
    /// ModelFile::MaxFileSize are refused (FS002).
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
    };
    static std::optional<Table> read(const QByteArray &bytes, const QString &fileName,
                                     FileError *error);

private:
    bool readRecord(QStringList &cells, QList<int> &columns, FileError *error);
    bool fail(FileError *error, const QString &code, int line, int column,
              const QString &message) const;

    QIODevice *m_device;
    QString m_fileName;
    QChar m_separator = u',';
    QStringList m_header;
    bool m_first = true;
    int m_line = 0;
    int m_recordLine = 0;
};

} // namespace Flowsmith
