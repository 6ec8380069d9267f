#include "model/core/jsonloader.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QCoreApplication>

namespace Flowsmith::Json {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Json", text);
}

using Json = nlohmann::ordered_json;

// Only counts: stops the parse as soon as the nesting passes MaxDepth, remembering where.
class DepthChecker : public nlohmann::json_sax<Json>
{
public:
    int depth = 0;
    bool tooDeep = false;
    std::size_t tooDeepAt = 0;
    std::size_t lastPosition = 0;
    bool syntaxError = false;
    bool numberOutOfRange = false;
    std::size_t errorPosition = 0;
    std::string errorToken;
    std::string errorMessage;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool key(string_t &) override { return true; }
    bool end_object() override
    {
        --depth;
        return true;
    }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override
    {
        --depth;
        return true;
    }
    bool parse_error(std::size_t position, const std::string &token,
                     const nlohmann::detail::exception &e) override
    {
        syntaxError = true;
        // 406: a number beyond a double's range (1e999); nlohmann throws it from the value
        // parser too, so it must be caught here, where the token is still known.
        numberOutOfRange = e.id == 406;
        errorPosition = position;
        errorToken = token;
        errorMessage = e.what();
        return false;
    }

private:
    bool enter()
    {
        if (++depth > MaxDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    }
};

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing value - unexpected end of input; …": keep the part after the
// place, which says what was wrong.
QString describe(const std::string &what)
{
    QString text = QString::fromStdString(what);
    const int colon = text.indexOf(QLatin1String(": "));
    if (text.startsWith(u'[') && colon >= 0)
        text = text.mid(colon + 2);
    return text;
}

} // namespace

SourcePosition positionOfOffset(const QByteArray &bytes, qsizetype offset, int firstLine)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = firstLine;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, int(offset - lineStart) + 1 };
}

std::optional<nlohmann::ordered_json> parse(const QByteArray &bytes, const QString &fileName,
                                            FileError *error, const ParseOptions &options)
{
    if (options.limitSize && bytes.size() > ModelFile::MaxFileSize) {
        ModelFile::fail(
            error, ErrorCode::FileTooLarge, fileName, {},
            tr("file is larger than %1 MiB").arg(ModelFile::MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    const std::string text = bytes.toStdString();
    DepthChecker checker;
    try {
        Json::sax_parse(text, &checker);
    } catch (const std::exception &e) {
        ModelFile::fail(error, ErrorCode::JsonSyntax, fileName, {},
                        tr("cannot read JSON: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (checker.tooDeep) {
        // The SAX interface does not say where it stopped; find the first bracket past the cap.
        int depth = 0;
        qsizetype offset = 0;
        bool inString = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MaxDepth) {
                    offset = i;
                    break;
                }
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        ModelFile::fail(error, ErrorCode::TooDeep, fileName,
                        positionOfOffset(bytes, offset, options.firstLine),
                        tr("nested deeper than %1 levels").arg(MaxDepth));
        return std::nullopt;
    }
    if (checker.syntaxError && checker.numberOutOfRange) {
        // The position is the byte after the number; point at its first digit.
        const qsizetype offset = std::max<qsizetype>(
            0, qsizetype(checker.errorPosition) - qsizetype(checker.errorToken.size()));
        ModelFile::fail(error, ErrorCode::JsonSyntax, fileName,
                        positionOfOffset(bytes, offset, options.firstLine),
                        tr("number %1 is too large: JSON numbers must lie within ±1.8e308")
                            .arg(QString::fromStdString(checker.errorToken.substr(0, 40))));
        return std::nullopt;
    }
    if (checker.syntaxError) {
        // nlohmann's position counts the byte it stopped at, 1-based.
        const qsizetype offset
            = checker.errorPosition > 0 ? qsizetype(checker.errorPosition) - 1 : 0;
        ModelFile::fail(error, ErrorCode::JsonSyntax, fileName,
                        positionOfOffset(bytes, offset, options.firstLine),
                        tr("JSON syntax error: %1").arg(describe(checker.errorMessage)));
        return std::nullopt;
    }
    try {
        return Json::parse(text);
    } catch (const std::exception &e) {
        ModelFile::fail(error, ErrorCode::JsonSyntax, fileName, {},
                        tr("cannot read JSON: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

QByteArray toText(const nlohmann::ordered_json &value)
{
    return QByteArray::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace))
        + '\n';
}

} // namespace Flowsmith::Json
