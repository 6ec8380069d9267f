// Node-RED conformance (issue 7): every flow of tests/data/nodered-conformance is exported to
// flows.json and run in a real Node-RED 4 (harness.js, embedded, sinks recorded through the
// runtime's hooks) and in `flowsmith-cli simulate` on the same inputs; what each sink receives
// must be equal, message by message. A difference is a bug in the simulator or the exporter.
//
// The two runtimes' messages meet like this: body = msg.payload, headers = msg.headers, and a
// split's msg.parts is our `parts` header (group ids are each runtime's own, so they are
// compared by order of appearance). Two headers carry texts each engine words its own way:
// `error.message` (a JSONata error) and `validationErrors` (the JSON Schema validator's
// findings); they must both be there, and `error.node`/`error.type` must be equal.

#include "noderedruntime.h"

#include "model/core/flow.h"
#include "model/core/project.h"
#include "model/export/flowsjsonformat.h"
#include "model/export/noderedformat.h"
#include "simulator/samplereader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Flowsmith;
using Flowsmith::Test::Json;
using Flowsmith::Test::NodeRedRuntime;

namespace {

const QString corpusDir = QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/nodered-conformance");
const QString cliPath = QStringLiteral(FLOWSMITH_BINARY_DIR "/app/cli/flowsmith-cli");

/// One corpus folder, ready for both runtimes.
struct Case
{
    QString name;
    QString folder;
    QString flowId;
    QString source;
    QString inputPath;
    Json flows = Json::array(); ///< this case's tabs of flows.json
    Json redSinks = Json::object(); ///< Node-RED id -> our sink id
    Json httpSinks = Json::array();
    Json inputs = Json::array(); ///< [{body, headers}]
    QString problem; ///< why the case could not be prepared
};

ExportInput exportInput(const QString &folder, QList<ExportProblem> *problems)
{
    FileError error;
    std::optional<Project> project = Project::open(folder, &error);
    if (!project) {
        problems->append({ ExportProblem::Error, folder, {}, {}, error.toString() });
        return {};
    }
    return ExportInput::fromProject(*project, problems);
}

Json exportFlows(const QString &folder, QString *problem, bool allowErrors = false)
{
    QList<ExportProblem> problems;
    const ExportInput input = exportInput(folder, &problems);
    NodeRedFormat format;
    const QList<ExportedFile> files = format.generate(input);
    problems += format.problems();
    for (const ExportProblem &p : std::as_const(problems))
        if (p.severity == ExportProblem::Error && !allowErrors)
            *problem += p.toString() + u'\n';
    if (files.isEmpty()) {
        *problem += QStringLiteral("no flows.json");
        return Json::array();
    }
    const QByteArray &bytes = files.first().contents;
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

Case prepare(const QString &name)
{
    Case c;
    c.name = name;
    c.folder = corpusDir + u'/' + name;
    c.flowId = name;
    c.inputPath = c.folder + QStringLiteral("/input.ndjson");
    FileError error;
    const auto flow = Flow::load(
        c.folder + QStringLiteral("/flows/") + name + QStringLiteral(".flow.yaml"), &error);
    if (!flow) {
        c.problem = error.toString();
        return c;
    }
    for (const FlowNode &node : flow->nodes) {
        const QString redId = NodeRedFormat::nodeId(flow->id, node.id);
        if (node.type.startsWith(QLatin1String("source.")))
            c.source = node.id;
        if (node.type.startsWith(QLatin1String("sink.")))
            c.redSinks[redId.toStdString()] = node.id.toStdString();
        if (node.type == QLatin1String("sink.http"))
            c.httpSinks.push_back(redId.toStdString());
    }
    Sim::SampleReader reader;
    if (!reader.open(c.inputPath, &error)) {
        c.problem = error.toString();
        return c;
    }
    Sim::Message message;
    while (reader.next(message, &error))
        c.inputs.push_back(Json { { "body", message.body }, { "headers", message.headers } });
    if (!error.code.isEmpty())
        c.problem = error.toString();
    c.flows = exportFlows(c.folder, &c.problem);
    return c;
}

/// JavaScript has one number type: 2.0 and 2 are the same number.
void normalizeNumbers(Json &value)
{
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (d == double(std::int64_t(d)) && std::abs(d) < 9.0e15)
            value = std::int64_t(d);
    } else if (value.is_structured()) {
        for (Json &child : value)
            normalizeNumbers(child);
    }
}

/// A record as comparable text; `groups` renames each runtime's split group ids in order.
QString normalize(const Json &record, std::map<std::string, int> &groups)
{
    Json body = record.value("body", Json());
    normalizeNumbers(body);
    Json headers = record.value("headers", Json::object());
    if (!headers.is_object())
        headers = Json::object();
    normalizeNumbers(headers);
    for (Json *parts = headers.contains("parts") ? &headers["parts"] : nullptr;
         parts && parts->is_object();
         parts = parts->contains("parts") ? &(*parts)["parts"] : nullptr) {
        if (parts->contains("id")) {
            const std::string id = (*parts)["id"].dump();
            const auto it = groups.emplace(id, int(groups.size())).first;
            (*parts)["id"] = "group-" + std::to_string(it->second);
        }
    }
    if (headers.contains("error") && headers["error"].is_object()) {
        Json &error = headers["error"];
        const bool worded = error.value("message", Json()).is_string()
            && !error["message"].get<std::string>().empty();
        error["message"] = worded ? "(a message)" : "(none)";
    }
    if (headers.contains("validationErrors")) {
        const Json &errors = headers["validationErrors"];
        headers["validationErrors"]
            = errors.is_array() && !errors.empty() ? "(findings)" : "(none)";
    }
    // JSON objects have no order: compared with sorted keys.
    return QString::fromStdString(
        nlohmann::json(Json { { "body", body }, { "headers", headers } }).dump());
}

/// sink id -> the sink's messages in arrival order.
using Received = std::map<QString, QStringList>;

Received collect(const std::vector<Json> &records)
{
    Received received;
    std::map<std::string, int> groups;
    for (const Json &record : records)
        received[QString::fromStdString(record.value("sink", std::string()))].append(
            normalize(record, groups));
    return received;
}

QString describe(const Received &received)
{
    QString text;
    for (const auto &[sink, messages] : received) {
        text += sink + QStringLiteral(":\n");
        for (const QString &message : messages)
            text += QStringLiteral("  ") + message + u'\n';
    }
    return text;
}

} // namespace

class TestNodeRedConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void corpusCoversCatalog();
    void exportLoads_data();
    void exportLoads();

private:
    QStringList m_names;
    std::map<QString, Case> m_cases;
    std::map<QString, std::vector<Json>> m_redRecords;
    QStringList m_runtimeErrors;
    QString m_setupError;
};

void TestNodeRedConformance::initTestCase()
{
    m_names = QDir(corpusDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(m_names.size() >= 30, "the corpus has fewer than 30 flows");
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath + " is not built"));

    QString error;
    QVERIFY2(NodeRedRuntime::ensureInstalled(&error), qPrintable(error));
    qInfo("Node-RED %s from %s", qPrintable(NodeRedRuntime::installedVersion()),
          qPrintable(NodeRedRuntime::cacheDir()));

    // One Node-RED runs every case: tab and node ids derive from the (distinct) flow ids.
    Json flows = Json::array();
    Json cases = Json::array();
    for (const QString &name : std::as_const(m_names)) {
        Case c = prepare(name);
        if (c.problem.isEmpty()) {
            for (const Json &node : c.flows)
                flows.push_back(node);
            cases.push_back(
                Json { { "name", name.toStdString() },
                       { "source", NodeRedFormat::nodeId(c.flowId, c.source).toStdString() },
                       { "sinks", c.redSinks },
                       { "httpSinks", c.httpSinks },
                       { "inputs", c.inputs } });
        }
        m_cases.emplace(name, std::move(c));
    }
    QTemporaryDir dir;
    const QString flowsPath = dir.filePath(QStringLiteral("flows.json"));
    QFile file(flowsPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(flows.dump(4)));
    file.close();

    std::vector<Json> lines;
    QVERIFY2(NodeRedRuntime::run(Json { { "flows", flowsPath.toStdString() }, { "cases", cases } },
                                 &lines, &error),
             qPrintable(error));
    for (const Json &line : lines) {
        if (line.contains("case"))
            m_redRecords[QString::fromStdString(line["case"].get<std::string>())].push_back(line);
        if (line.value("done", false))
            for (const Json &message : line["errors"])
                m_runtimeErrors.append(QString::fromStdString(message.get<std::string>()));
    }
}

void TestNodeRedConformance::conformance_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : std::as_const(m_names))
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestNodeRedConformance::conformance()
{
    QFETCH(QString, name);
    const Case &c = m_cases.at(name);
    QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
    QVERIFY2(!c.inputs.empty(), "the case has no input messages");

    QProcess simulate;
    simulate.start(cliPath,
                   { QStringLiteral("simulate"), c.folder, QStringLiteral("--flow"), c.flowId,
                     QStringLiteral("--input"), c.inputPath, QStringLiteral("--source"),
                     c.source });
    QVERIFY(simulate.waitForFinished(60000));
    QVERIFY2(simulate.exitCode() == 0, simulate.readAllStandardError().constData());
    std::vector<Json> ours;
    for (const QByteArray &line : simulate.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            ours.push_back(Json::parse(line.constData(), line.constData() + line.size()));

    const auto red = m_redRecords.find(name);
    const Received nodeRed = collect(red == m_redRecords.end() ? std::vector<Json>() : red->second);
    const Received simulator = collect(ours);
    // Every sink of the flow shows, so a sink one runtime never reached compares as empty.
    Received expected = nodeRed;
    Received actual = simulator;
    for (const auto &[redId, sink] : c.redSinks.items()) {
        expected[QString::fromStdString(sink.get<std::string>())];
        actual[QString::fromStdString(sink.get<std::string>())];
    }
    QVERIFY2(!ours.empty(), "the simulator recorded nothing: the case proves nothing");
    for (const auto &[sink, messages] : expected) {
        const QString got = actual[sink].join(u'\n');
        const QString want = messages.join(u'\n');
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("sink '%1' differs.\nNode-RED:\n%2\nsimulator:\n%3")
                                .arg(sink, describe(nodeRed), describe(simulator))));
    }
}

// Every catalog type with a Node-RED column (design §3) appears in the corpus.
void TestNodeRedConformance::corpusCoversCatalog()
{
    QSet<QString> seen;
    for (const auto &[name, c] : m_cases) {
        FileError error;
        const auto flow = Flow::load(
            c.folder + QStringLiteral("/flows/") + name + QStringLiteral(".flow.yaml"), &error);
        QVERIFY2(flow, qPrintable(error.toString()));
        for (const FlowNode &node : flow->nodes)
            seen.insert(node.type);
    }
    for (const char *type :
         { "source.http", "source.timer", "source.topic", "transform.map", "transform.set",
           "route.filter", "route.choice", "route.split", "route.aggregate", "quality.validate",
           "quality.rules", "security.mask", "error.catch", "sink.http", "sink.topic", "sink.reply",
           "sink.log" })
        QVERIFY2(seen.contains(QLatin1String(type)), type);
}

void TestNodeRedConformance::exportLoads_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addRow("retail-order-to-cash")
        << "project"
        << QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
    QTest::addRow("corpus") << "corpus" << QString();
    const QDir shared(QStringLiteral(FLOWSMITH_SHARED_DIR "/data/nodered"));
    for (const QString &name : shared.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QTest::addRow("shared/%s", qPrintable(name)) << "shared" << shared.filePath(name);
}

namespace {

struct LoadReport
{
    QStringList errors;
    QStringList missingTypes;
};

bool load(const Json &flows, LoadReport *report, QString *error)
{
    QTemporaryDir dir;
    const QString flowsPath = dir.filePath(QStringLiteral("flows.json"));
    QFile file(flowsPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QByteArray::fromStdString(flows.dump(4)));
    file.close();
    std::vector<Json> lines;
    if (!NodeRedRuntime::run(Json { { "flows", flowsPath.toStdString() }, { "mode", "load" } },
                             &lines, error))
        return false;
    for (const Json &message : lines.back()["errors"])
        report->errors.append(QString::fromStdString(message.get<std::string>()));
    for (const Json &type : lines.back().value("missingTypes", Json::array()))
        report->missingTypes.append(QString::fromStdString(type.get<std::string>()));
    return true;
}

} // namespace

// The exported flows load and start in Node-RED without an error: the example project (its
// Kafka topics stay export errors: core Node-RED has no Kafka, and calling them MQTT would
// not be honest; the rest must load), the whole corpus at once, and each shared flows.json
// imported and exported again. A shared file that needs contrib nodes (worldmap) cannot start
// in core Node-RED; its export may lack those types, and no others.
void TestNodeRedConformance::exportLoads()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    if (kind == QLatin1String("corpus")) {
        QVERIFY2(m_runtimeErrors.filter(QStringLiteral("did not start")).isEmpty()
                     && m_runtimeErrors.filter(QStringLiteral("node types")).isEmpty()
                     && m_runtimeErrors.filter(QStringLiteral("no node")).isEmpty(),
                 qPrintable(m_runtimeErrors.join(u'\n')));
        return;
    }
    Json flows;
    QString problem;
    QStringList allowedMissing;
    if (kind == QLatin1String("project")) {
        flows = exportFlows(path, &problem, true);
    } else {
        FlowsJsonFormat reader;
        const ImportedFlows imported = reader.read(path);
        QVERIFY2(!reader.hasErrors(), qPrintable(reader.errorString()));
        ExportInput input;
        input.manifest.systems = imported.systems;
        for (const Flow &flow : imported.flows)
            input.flows.append(
                { QStringLiteral("flows/") + flow.id + QStringLiteral(".flow.yaml"), flow });
        NodeRedFormat writer;
        const QList<ExportedFile> files = writer.generate(input);
        QVERIFY2(!writer.hasErrors(), qPrintable(writer.errorString()));
        const QByteArray &bytes = files.first().contents;
        flows = Json::parse(bytes.constData(), bytes.constData() + bytes.size());

        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray text = original.readAll();
        LoadReport report;
        QString error;
        QVERIFY2(
            load(Json::parse(text.constData(), text.constData() + text.size()), &report, &error),
            qPrintable(error));
        allowedMissing = report.missingTypes;
    }
    QVERIFY2(flows.is_array() && !flows.empty(), qPrintable(problem));
    LoadReport report;
    QString error;
    QVERIFY2(load(flows, &report, &error), qPrintable(error));
    if (!report.missingTypes.isEmpty()) {
        for (const QString &type : std::as_const(report.missingTypes))
            QVERIFY2(allowedMissing.contains(type),
                     qPrintable(QStringLiteral("the export needs the node type '%1'").arg(type)));
        qInfo("needs contrib node types that core Node-RED lacks, as the original does: %s",
              qPrintable(report.missingTypes.join(QStringLiteral(", "))));
        report.errors
            = report.errors.filter(QRegularExpression(QStringLiteral("^(?!the flows wait)")));
    }
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestNodeRedConformance)
#include "tst_noderedconformance.moc"
