#pragma once

#include "simulator/message.h"

#include <QIODevice>
#include <QStringList>

namespace Flowsmith::Sim {

/// Reads CSV (RFC 4180: a header row, quoted fields with "" escapes and line breaks) one record
/// at a time from a device, so a file of any size is never held in memory. Each record becomes
/// an object keyed by the header: numbers and true/false are inferred, empty fields are left
/// out (as Node-RED's CSV node does by default).
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, char separator = ',');

    bool readHeader();
    /// The next record, or false at the end of the input.
    bool next(Json &record);
    /// Line of the record last returned (1-based, counting the header).
    int line() const { return m_recordLine; }
    QStringList header() const { return m_header; }

    static Json inferValue(const QString &text);

private:
    bool readFields(QStringList &fields);

    QIODevice *m_device;
    char m_separator;
    QStringList m_header;
    int m_line = 0;
    int m_recordLine = 0;
};

} // namespace Flowsmith::Sim
