#include "simulator/jsonparse.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

namespace {

SourcePosition positionOf(const QByteArray &text, std::size_t offset, int firstLine)
{
    SourcePosition position { firstLine, 1 };
    const auto end = std::min<qsizetype>(qsizetype(offset), text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((uchar(text.at(i)) & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

} // namespace

std::optional<Json> parseJson(const QByteArray &text, const QString &fileName, FileError *error,
                              int firstLine)
{
    bool tooDeep = false;
    std::size_t deepOffset = 0;
    // Discarding values deeper than the cap keeps the parsed tree shallow; the parser itself
    // is iterative, so the text's depth cannot overflow the stack.
    auto guard = [&](int depth, Json::parse_event_t, Json &) {
        if (depth > MaxJsonDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    };
    try {
        Json value = Json::parse(text.constData(), text.constData() + text.size(), guard, true);
        if (tooDeep) {
            if (error) {
                *error = FileError { QStringLiteral("FS004"), fileName,
                                     positionOf(text, deepOffset, firstLine),
                                     QCoreApplication::translate(
                                         "Flowsmith::Sim", "JSON nested deeper than %1 levels")
                                         .arg(MaxJsonDepth) };
            }
            return std::nullopt;
        }
        return value;
    } catch (const Json::parse_error &e) {
        if (error) {
            QString message = QString::fromUtf8(e.what());
            // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error…"
            const int colon = message.indexOf(QLatin1String(": "));
            if (colon >= 0)
                message = message.mid(colon + 2);
            const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
            *error = FileError { QStringLiteral("FS011"), fileName,
                                 positionOf(text, offset, firstLine), message };
        }
        return std::nullopt;
    }
}

} // namespace Flowsmith::Sim
