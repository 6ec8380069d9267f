#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Runs one golden directory of tests/data/sim/: flow.yaml, input.(json|ndjson|csv) and an
// optional case.json {source, seed, mocks}. Shared by the golden and replay tests.
struct GoldenRun
{
    QByteArray records; ///< NDJSON, one line per sink record, as `flowsmith-cli simulate` prints
    QByteArray trace; ///< NDJSON trace
    QString error; ///< set when the run could not start

    static GoldenRun run(const QString &folder, std::optional<quint64> seed = std::nullopt);
};
