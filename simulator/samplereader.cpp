#include "simulator/samplereader.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/data/csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Flowsmith::Sim {

namespace {

// Larger .json files must be NDJSON: a .json sample is parsed whole.
constexpr qint64 MaxJsonSampleBytes = 64 * 1024 * 1024;

} // namespace

SampleReader::SampleReader() = default;
SampleReader::~SampleReader() = default;

Message SampleReader::messageFromValue(const Json &value)
{
    Message message;
    if (value.is_object() && value.contains("body")) {
        bool onlyMessageKeys = true;
        for (auto it = value.begin(); it != value.end(); ++it)
            if (it.key() != "body" && it.key() != "headers")
                onlyMessageKeys = false;
        if (onlyMessageKeys) {
            message.body = value.at("body");
            if (value.contains("headers") && value.at("headers").is_object())
                message.headers = value.at("headers");
            return message;
        }
    }
    message.body = value;
    return message;
}

QList<Message> SampleReader::messagesFromJson(const Json &value)
{
    QList<Message> messages;
    if (value.is_array()) {
        for (const Json &item : value) {
            Message message;
            message.body = item;
            messages.append(std::move(message));
        }
    } else {
        messages.append(messageFromValue(value));
    }
    return messages;
}

double SampleReader::progress() const
{
    if (m_format == Format::Json)
        return m_pending.isEmpty() ? 1.0 : double(m_pendingIndex) / double(m_pending.size());
    const qint64 size = m_file.size();
    return size <= 0 ? 1.0 : std::clamp(double(m_file.pos()) / double(size), 0.0, 1.0);
}

bool SampleReader::open(const QString &path, FileError *error)
{
    m_path = path;
    m_file.setFileName(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        m_format = Format::Ndjson;
    else if (suffix == QLatin1String("csv"))
        m_format = Format::Csv;
    else if (suffix == QLatin1String("json"))
        m_format = Format::Json;
    else {
        if (error)
            *error = FileError {
                QStringLiteral("SIM003"),
                path,
                {},
                tr("unknown sample format '.%1' (use .json, .ndjson or .csv)").arg(suffix)
            };
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = FileError { QStringLiteral("FS001"),
                                 path,
                                 {},
                                 tr("cannot read the file: %1").arg(m_file.errorString()) };
        return false;
    }
    if (m_format == Format::Json) {
        if (m_file.size() > MaxJsonSampleBytes) {
            if (error)
                *error = FileError { QStringLiteral("SIM005"),
                                     path,
                                     {},
                                     tr("a .json sample may hold at most %1 MiB; use .ndjson for "
                                        "large inputs")
                                         .arg(MaxJsonSampleBytes / (1024 * 1024)) };
            return false;
        }
        const auto value = Flowsmith::Json::parse(m_file.readAll(), path, error, { 1, false });
        m_file.close();
        if (!value)
            return false;
        m_pending = messagesFromJson(*value);
        m_pendingIndex = 0;
    } else if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvReader>(&m_file, path);
        FileError csvError;
        if (!m_csv->readHeader(&csvError)) {
            // An empty file keeps the simulator's own code; a bad header says what is wrong.
            if (error)
                *error = csvError.code == ErrorCode::MissingKey
                    ? FileError { QStringLiteral("SIM006"),
                                  path,
                                  { 1, 1 },
                                  tr("the CSV file has no header row") }
                    : csvError;
            return false;
        }
    }
    return true;
}

bool SampleReader::next(Message &message, FileError *error)
{
    if (error)
        *error = FileError {};
    switch (m_format) {
    case Format::Json:
        if (m_pendingIndex >= m_pending.size())
            return false;
        message = std::move(m_pending[m_pendingIndex]);
        m_pending[m_pendingIndex++] = Message {};
        return true;
    case Format::Csv: {
        Json record;
        if (!m_csv->next(record, error))
            return false;
        message = Message {};
        message.body = std::move(record);
        return true;
    }
    case Format::Ndjson:
        while (!m_file.atEnd()) {
            const QByteArray line = m_file.readLine();
            ++m_line;
            if (line.trimmed().isEmpty())
                continue;
            const auto value = Flowsmith::Json::parse(line, m_path, error, { m_line, false });
            if (!value)
                return false;
            message = Message {};
            message.body = *value;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace Flowsmith::Sim
