#include "noderedruntime.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Flowsmith::Test {

QString NodeRedRuntime::cacheDir()
{
    const QString fromEnvironment = qEnvironmentVariable("FLOWSMITH_NODE_RED_CACHE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral(FLOWSMITH_BINARY_DIR "/node-red-cache");
}

QString NodeRedRuntime::harnessPath()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/conformance/nodered/harness.js");
}

QString NodeRedRuntime::installedVersion()
{
    QFile file(cacheDir() + QStringLiteral("/node_modules/node-red/package.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("version").toString();
}

bool NodeRedRuntime::ensureInstalled(QString *error)
{
    if (installedVersion().startsWith(QLatin1String("4.")))
        return true;
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *error = QStringLiteral("node and npm are needed to install Node-RED 4 "
                                "(installer/install-deps.sh installs them)");
        return false;
    }
    QDir().mkpath(cacheDir());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(npm,
                  { QStringLiteral("install"), QStringLiteral("--no-audit"),
                    QStringLiteral("--no-fund"), QStringLiteral("--prefix"), cacheDir(),
                    QStringLiteral("node-red@4") });
    const bool finished = process.waitForFinished(600000);
    if (!finished)
        process.kill();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !installedVersion().startsWith(QLatin1String("4."))) {
        *error = QStringLiteral("npm could not install node-red@4 into %1 (is the npm registry "
                                "reachable?):\n%2")
                     .arg(cacheDir(), QString::fromLocal8Bit(process.readAll().right(2000)));
        return false;
    }
    return true;
}

bool NodeRedRuntime::run(Json plan, std::vector<Json> *lines, QString *error, int timeoutMs)
{
    QTemporaryDir dir;
    plan["nodeRed"] = cacheDir().toStdString();
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    QFile file(planPath);
    const std::string text = plan.dump();
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        *error = QStringLiteral("cannot write %1").arg(planPath);
        return false;
    }
    file.close();

    QProcess process;
    process.start(QStringLiteral("node"), { harnessPath(), planPath });
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    const QByteArray output = process.readAllStandardOutput();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("the Node-RED harness %1:\n%2")
                     .arg(finished ? QStringLiteral("failed") : QStringLiteral("timed out"),
                          QString::fromLocal8Bit(process.readAllStandardError().right(4000)));
        return false;
    }
    lines->clear();
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        Json value = Json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (value.is_discarded()) {
            *error = QStringLiteral("the harness printed a line that is not JSON: %1")
                         .arg(QString::fromUtf8(line.left(200)));
            return false;
        }
        lines->push_back(std::move(value));
    }
    if (lines->empty() || !lines->back().value("done", false)) {
        *error = QStringLiteral("the harness stopped before its last line");
        return false;
    }
    return true;
}

} // namespace Flowsmith::Test
