#include "model/vcs/secrettext.h"

#include <QStringDecoder>

namespace Flowsmith {

namespace {

// Without a byte-order mark, UTF-16 text of ASCII characters has a NUL in every other byte.
bool looksLikeUtf16(const QByteArray &bytes, bool *littleEndian)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return false;
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenNuls += bytes.at(i) == '\0';
        oddNuls += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = bytes.size() / 2;
    if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 <= pairs) {
        *littleEndian = true;
        return true;
    }
    if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 <= pairs) {
        *littleEndian = false;
        return true;
    }
    return false;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

// The value of `digits` hex digits at `at`, or -1.
int hexAt(const QString &line, qsizetype at, int digits)
{
    if (at + digits > line.size())
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(line.at(at + i));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

QStringList secretScanLines(const QByteArray &contents)
{
    QString text;
    bool littleEndian = true;
    if (contents.startsWith("\xFF\xFE") || contents.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(contents.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                               : QStringDecoder::Utf16BE);
        text = decoder.decode(contents.mid(2));
    } else if (looksLikeUtf16(contents, &littleEndian)) {
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder.decode(contents);
    } else {
        QByteArray bytes = contents;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        bytes.replace('\0', ' ');
        text = QString::fromUtf8(bytes);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.split(u'\n');
}

DecodedLine decodeEscapes(const QString &line)
{
    DecodedLine out;
    out.text.reserve(line.size());
    out.origin.reserve(line.size());
    auto put = [&](QChar c, qsizetype from) {
        out.text.append(c);
        out.origin.append(int(from));
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != u'\\' || i + 1 >= line.size()) {
            put(c, i);
            continue;
        }
        const QChar next = line.at(i + 1);
        int code = -1;
        int length = 2;
        if (next == u'u') {
            code = hexAt(line, i + 2, 4);
            length = 6;
        } else if (next == u'x') {
            code = hexAt(line, i + 2, 2);
            length = 4;
        } else if (next == u'U') {
            code = hexAt(line, i + 2, 8);
            length = 10;
        } else if (next == u'/' || next == u'\\' || next == u'"' || next == u'\'') {
            code = next.unicode();
        } else if (next == u'n' || next == u't' || next == u'r') {
            code = ' ';
        }
        if (code < 0) {
            put(c, i);
            continue;
        }
        if (code >= 0x10000 && code <= 0x10FFFF) {
            const char32_t wide = char32_t(code);
            for (const QChar part : QString::fromUcs4(&wide, 1))
                put(part, i);
        } else if (code < 0x10000) {
            put(QChar(char16_t(code)), i);
        }
        i += length - 1;
        out.changed = true;
    }
    return out;
}

} // namespace Flowsmith
