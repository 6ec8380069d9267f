#include "goldenrun.h"

#include "model/core/flow.h"
#include "model/core/jsonloader.h"
#include "model/data/jsonvariant.h"
#include "simulator/samplereader.h"
#include "simulator/simulation.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace Flowsmith;

GoldenRun GoldenRun::run(const QString &folder, std::optional<quint64> seed)
{
    GoldenRun result;
    const QDir dir(folder);
    FileError error;
    const auto flow = Flow::load(dir.filePath(QStringLiteral("flow.yaml")), &error);
    if (!flow) {
        result.error = error.toString();
        return result;
    }

    Sim::Json settings = Sim::Json::object();
    if (dir.exists(QStringLiteral("case.json"))) {
        QFile file(dir.filePath(QStringLiteral("case.json")));
        file.open(QIODevice::ReadOnly);
        const auto json
            = Flowsmith::Json::parse(file.readAll(), file.fileName(), &error, { 1, false });
        if (!json) {
            result.error = error.toString();
            return result;
        }
        settings = *json;
    }

    Sim::Simulation simulation;
    simulation.setSeed(seed ? *seed : settings.value("seed", std::uint64_t(0)));
    QHash<QString, Sim::SinkMock> mocks;
    if (auto it = settings.find("mocks"); it != settings.end())
        for (auto mock = it->begin(); mock != it->end(); ++mock)
            mocks.insert(QString::fromStdString(mock.key()), Sim::SinkMock::fromJson(*mock));
    simulation.setMocks(mocks);
    if (!simulation.load(*flow, folder, QStringLiteral("flow.yaml"), &error)) {
        result.error = error.toString();
        return result;
    }
    QBuffer trace(&result.trace);
    trace.open(QIODevice::WriteOnly);
    simulation.setTraceDevice(&trace);
    simulation.setKeepTrace(false);
    simulation.setRecordHandler([&result](const Sim::SinkRecord &record) {
        result.records += toCompactBytes(record.toJson()) + '\n';
    });

    const QStringList inputs = dir.entryList({ QStringLiteral("input.*") }, QDir::Files);
    if (inputs.size() != 1) {
        result.error = QStringLiteral("%1: expected exactly one input.* file").arg(folder);
        return result;
    }
    Sim::SampleReader reader;
    if (!reader.open(dir.filePath(inputs.first()), &error)) {
        result.error = error.toString();
        return result;
    }
    const QString source = settings.contains("source")
        ? QString::fromStdString(settings.at("source").get<std::string>())
        : simulation.defaultSource();
    Sim::Message message;
    while (reader.next(message, &error)) {
        QString injectError;
        if (!simulation.inject(source, std::move(message), &injectError)) {
            result.error = injectError;
            return result;
        }
    }
    if (!error.code.isEmpty())
        result.error = error.toString();
    return result;
}
