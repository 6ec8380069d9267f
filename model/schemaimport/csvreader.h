#pragma once

#include "model/core/fileerror.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace Flowsmith {

/// A CSV file as rows of text cells (RFC 4180: quoted cells may hold the separator, doubled
/// quotes and line breaks). The separator is the first of comma, semicolon or tab found in
/// the header row outside quotes, so spreadsheet exports from German or French locales read
/// too. A row shorter than the header leaves its last cells missing (as empty).
class CsvReader
{
public:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows; ///< each as long as the header
    };

    /// Errors (FS013, FS008 for an empty file): an unterminated quote, a row with more cells than
    /// the header, an empty or repeated column name, or no header at all; each with line and
    /// column.
    static std::optional<Table> read(const QByteArray &bytes, const QString &fileName,
                                     FileError *error);
};

} // namespace Flowsmith
