#pragma once

#include "model/core/mapping.h"

#include <nlohmann/json.hpp>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

class QTimer;

namespace Flowsmith {

/// The mapper's live preview: a sample file's records, the mapping compiled and run on the
/// chosen record off the GUI thread (QtConcurrent), debounced after edits. Errors are kept
/// per target field: each rule is also run alone, so that a failing rule names its field.
class MappingPreview : public QObject
{
    Q_OBJECT

public:
    using Json = nlohmann::ordered_json;

    struct Result
    {
        QString output; ///< the target JSON, indented; empty when the mapping failed
        QString error; ///< the whole mapping's error, if any
        QHash<QString, QString> values; ///< target path → value as short text
        QHash<QString, QString> errors; ///< target path → the error of its rule
    };

    explicit MappingPreview(QObject *parent = nullptr);
    ~MappingPreview() override;

    /// Reads the records of a sample (.json, .ndjson, .csv; at most 1000).
    bool loadSample(const QString &path, QString *error);
    QString samplePath() const { return m_samplePath; }
    int recordCount() const { return int(m_records.size()); }
    int record() const { return m_record; }
    void setRecord(int index);
    QString recordText() const;

    /// Runs again shortly (edits come in bursts).
    void setMapping(const Mapping &mapping);
    const Result &result() const { return m_result; }
    bool isRunning() const;

    /// The work itself, on any thread.
    static Result run(const Mapping &mapping, const Json &record);

signals:
    void updated();

private:
    void start();

    QString m_samplePath;
    QList<Json> m_records;
    int m_record = 0;
    Mapping m_mapping;
    Result m_result;
    QTimer *m_debounce;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;
};

} // namespace Flowsmith
