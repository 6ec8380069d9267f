#pragma once

#include "model/core/fileerror.h"
#include "simulator/message.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace Flowsmith {
class CsvReader;
}

namespace Flowsmith::Sim {

/// Feeds a source from a sample file (design §5): `.json` holds one message
/// (`{body, headers}`), one body, or an array of bodies; `.ndjson` one body per line; `.csv`
/// one body per record. NDJSON and CSV are streamed, never loaded whole.
class SampleReader
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Sim)

public:
    SampleReader();
    ~SampleReader();

    bool open(const QString &path, FileError *error);
    /// The next message (ids are left 0 for the engine). False at the end or on an error;
    /// `error->code` is empty at a clean end.
    bool next(Message &message, FileError *error);
    /// Share of the file read so far, 0..1 (progress of long runs).
    double progress() const;

    /// A parsed JSON value as messages: an array gives one per element, an object with a
    /// `body` (and optional `headers`) is one message, anything else is one body.
    static QList<Message> messagesFromJson(const Json &value);
    static Message messageFromValue(const Json &value);

private:
    enum class Format { Json, Ndjson, Csv };

    QString m_path;
    Format m_format = Format::Json;
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    QList<Message> m_pending; // .json only
    qsizetype m_pendingIndex = 0;
    int m_line = 0;
};

} // namespace Flowsmith::Sim
