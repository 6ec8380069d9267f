#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flowsmith {

/// The text a secret scan reads, whatever the file's encoding: UTF-8, UTF-16 with or without
/// a byte-order mark, or bytes with NULs in them (each NUL read as a space, so the text around
/// it is still scanned). A leak must not hide behind an encoding.
QStringList secretScanLines(const QByteArray &contents);

/// A line with JSON and YAML escapes decoded (\u005f, \x41, \/ …), and for each character
/// of `text` the column of the original line it came from, so that findings in the decoded
/// text point into the file.
struct DecodedLine
{
    QString text;
    QList<int> origin;
    bool changed = false;
};
DecodedLine decodeEscapes(const QString &line);

} // namespace Flowsmith
