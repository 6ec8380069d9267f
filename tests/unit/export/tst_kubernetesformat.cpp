// Kubernetes GitOps bundle and API documents: the generated YAML is read back with yaml-cpp
// and its structure checked; secrets only as references (issue 7).

#include "exporttesthelpers.h"

#include "model/export/apidocsformat.h"
#include "model/export/flowformats.h"
#include "model/export/kubernetesformat.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

using namespace Flowsmith;
using Json = nlohmann::json;

namespace {

const QString sourceDir = QStringLiteral(FLOWSMITH_SOURCE_DIR);

QHash<QString, QByteArray> generate(FlowFormat &format, const QString &project)
{
    QList<ExportProblem> problems;
    const ExportInput input = ExportTest::loadInput(project, &problems);
    QHash<QString, QByteArray> files;
    if (!problems.isEmpty())
        return files;
    for (const ExportedFile &file : format.generate(input))
        files.insert(file.relativePath, file.contents);
    return files;
}

/// True when some object in `node` has key `key` (anywhere below).
bool containsKey(const Json &node, const std::string &key)
{
    if (node.is_object()) {
        if (node.contains(key))
            return true;
        for (const auto &[k, value] : node.items())
            if (containsKey(value, key))
                return true;
    } else if (node.is_array()) {
        for (const Json &item : node)
            if (containsKey(item, key))
                return true;
    }
    return false;
}

} // namespace

class TestKubernetesFormat : public QObject
{
    Q_OBJECT

private slots:
    void catalogBundle();
    void exampleBundleLeavesNodeRedOut();
    void nodeRedBundle();
    void sameInputSameBytes_data();
    void sameInputSameBytes();
    void openApi();
    void asyncApi();
    void apiDocumentsValidate_data();
    void apiDocumentsValidate();
    void resourceName_data();
    void resourceName();
};

void TestKubernetesFormat::catalogBundle()
{
    KubernetesFormat format;
    // The catalog project has a Kafka topic, which Node-RED cannot run: take the Node-RED-only
    // flows by checking both runtimes on the example below; here Camel must be complete.
    const QHash<QString, QByteArray> files
        = generate(format, sourceDir + "/tests/data/export/catalog");
    QVERIFY2(!format.hasErrors(), qPrintable(format.errorString()));
    QVERIFY(files.contains("k8s/kustomization.yaml"));
    const Json kustomization = ExportTest::yamlToJson(files.value("k8s/kustomization.yaml"));
    JSON_COMPARE(kustomization["kind"], "Kustomization");
    JSON_COMPARE(kustomization["apiVersion"], "kustomize.config.k8s.io/v1beta1");
    // Every listed resource exists, and every generated file is listed.
    JSON_COMPARE(kustomization["resources"].size(), std::size_t(files.size() - 1));
    for (const Json &resource : kustomization["resources"])
        QVERIFY2(files.contains("k8s/" + QString::fromStdString(resource.get<std::string>())),
                 resource.get<std::string>().c_str());

    for (const QString flow : { "http-order", "timer-choice", "topic-split" }) {
        const QString path = QStringLiteral("k8s/camel/%1.integration.yaml").arg(flow);
        QVERIFY2(files.contains(path), qPrintable(path));
        const Json integration = ExportTest::yamlToJson(files.value(path));
        JSON_COMPARE(integration["apiVersion"], "camel.apache.org/v1");
        JSON_COMPARE(integration["kind"], "Integration");
        JSON_COMPARE(integration["metadata"]["name"], flow.toStdString());
        QVERIFY(integration["spec"]["flows"].is_array());
        QVERIFY(containsKey(integration["spec"]["flows"], "route"));
        const Json properties = integration["spec"]["traits"]["camel"]["properties"];
        QVERIFY(std::find(properties.begin(), properties.end(),
                          Json("erp.baseUrl=https://erp.example.com/api"))
                != properties.end());
    }
    const Json schemas = ExportTest::yamlToJson(files.value("k8s/camel/schemas-configmap.yaml"));
    JSON_COMPARE(schemas["kind"], "ConfigMap");
    QVERIFY(schemas["data"].contains("order.schema.json"));
}

void TestKubernetesFormat::exampleBundleLeavesNodeRedOut()
{
    KubernetesFormat format;
    const QHash<QString, QByteArray> files
        = generate(format, sourceDir + "/resources/examples/retail-order-to-cash");
    QVERIFY2(!format.hasErrors(), qPrintable(format.errorString()));
    // The example's Kafka topics cannot run in Node-RED: it is left out with warnings that
    // name the nodes, and Camel carries the project.
    bool warned = false;
    for (const ExportProblem &problem : format.problems())
        warned |= problem.severity == ExportProblem::Warning && !problem.nodeId.isEmpty();
    QVERIFY(warned);
    QVERIFY(!files.contains("k8s/nodered/deployment.yaml"));
    QVERIFY(files.contains("k8s/camel/order-sync.integration.yaml"));
}

void TestKubernetesFormat::nodeRedBundle()
{
    KubernetesFormat format;
    const QHash<QString, QByteArray> files
        = generate(format, sourceDir + "/tests/data/export/nodered-only");
    QVERIFY2(format.problems().isEmpty(), qPrintable(format.errorString()));

    const Json configMap = ExportTest::yamlToJson(files.value("k8s/nodered/configmap.yaml"));
    JSON_COMPARE(configMap["kind"], "ConfigMap");
    const Json flows = Json::parse(configMap["data"]["flows.json"].get<std::string>());
    QVERIFY(flows.is_array());
    JSON_COMPARE(flows[0]["type"], "tab");

    const Json deployment = ExportTest::yamlToJson(files.value("k8s/nodered/deployment.yaml"));
    JSON_COMPARE(deployment["apiVersion"], "apps/v1");
    JSON_COMPARE(deployment["kind"], "Deployment");
    const Json pod = deployment["spec"]["template"]["spec"];
    const Json container = pod["containers"][0];
    QVERIFY(container["image"].get<std::string>().rfind("nodered/node-red:", 0) == 0);
    JSON_COMPARE(container["volumeMounts"][0]["mountPath"], "/data/flows.json");
    JSON_COMPARE(pod["volumes"][0]["configMap"]["name"], configMap["metadata"]["name"]);
    JSON_COMPARE(deployment["spec"]["selector"]["matchLabels"],
                 deployment["spec"]["template"]["metadata"]["labels"]);
    // Secrets only as references: a Secret's name and key, never a value.
    for (const Json &env : container["env"]) {
        QVERIFY(!env.contains("value"));
        const Json ref = env["valueFrom"]["secretKeyRef"];
        QVERIFY(ref["name"].is_string());
        QVERIFY(ref["key"].is_string());
    }
    for (const auto &[path, bytes] : files.asKeyValueRange())
        QVERIFY2(!ExportTest::yamlToJson(bytes).contains("stringData")
                     && ExportTest::yamlToJson(bytes).value("kind", std::string()) != "Secret",
                 qPrintable(path));

    const Json service = ExportTest::yamlToJson(files.value("k8s/nodered/service.yaml"));
    JSON_COMPARE(service["kind"], "Service");
    JSON_COMPARE(service["spec"]["selector"], deployment["spec"]["selector"]["matchLabels"]);
    JSON_COMPARE(service["spec"]["ports"][0]["port"], 1880);
    QVERIFY(files.contains("k8s/camel/sensor-readings.integration.yaml"));
}

void TestKubernetesFormat::sameInputSameBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("project");
    for (const char *format : { "k8s", "api", "camel", "nodered" }) {
        QTest::addRow("%s catalog", format) << format << sourceDir + "/tests/data/export/catalog";
        QTest::addRow("%s example", format)
            << format << sourceDir + "/resources/examples/retail-order-to-cash";
    }
    QTest::addRow("k8s nodered-only") << "k8s" << sourceDir + "/tests/data/export/nodered-only";
}

void TestKubernetesFormat::sameInputSameBytes()
{
    QFETCH(QString, format);
    QFETCH(QString, project);
    FlowFormat *registered = FlowFormats::instance().format(format);
    QVERIFY(registered);
    const QHash<QString, QByteArray> first = generate(*registered, project);
    const QHash<QString, QByteArray> second = generate(*registered, project);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
}

void TestKubernetesFormat::openApi()
{
    ApiDocsFormat format;
    const QHash<QString, QByteArray> files
        = generate(format, sourceDir + "/resources/examples/retail-order-to-cash");
    QVERIFY2(!format.hasErrors(), qPrintable(format.errorString()));
    QVERIFY(files.contains("api/order-sync.openapi.yaml"));
    const Json doc = ExportTest::yamlToJson(files.value("api/order-sync.openapi.yaml"));
    JSON_COMPARE(doc["openapi"], "3.1.0");
    QVERIFY(doc["info"]["title"].is_string());
    QVERIFY(doc["info"]["version"].is_string());
    JSON_COMPARE(doc["paths"].size(), 1u);
    const Json post = doc["paths"].begin().value()["post"];
    QVERIFY(post["responses"].is_object() && !post["responses"].empty());
    // The request body is the shop order: the schema of the mapping or validation after it.
    const std::string ref
        = post["requestBody"]["content"]["application/json"]["schema"]["$ref"].get<std::string>();
    JSON_COMPARE(ref, "#/components/schemas/shop-order");
    JSON_COMPARE(doc["components"]["schemas"]["shop-order"]["type"], "object");
}

void TestKubernetesFormat::asyncApi()
{
    ApiDocsFormat format;
    const QHash<QString, QByteArray> files
        = generate(format, sourceDir + "/resources/examples/retail-order-to-cash");
    QVERIFY(files.contains("api/shipment-dispatched.asyncapi.yaml"));
    const Json doc = ExportTest::yamlToJson(files.value("api/shipment-dispatched.asyncapi.yaml"));
    JSON_COMPARE(doc["asyncapi"], "3.0.0");
    JSON_COMPARE(doc["channels"]["receive"]["address"], "wms.shipment.dispatched");
    JSON_COMPARE(doc["operations"]["receive"]["action"], "receive");
    JSON_COMPARE(doc["operations"]["notify"]["action"], "send");
    JSON_COMPARE(doc["operations"]["notify"]["channel"]["$ref"], "#/channels/notify");
    // The source's payload is the schema it is validated against; the notification sink's is
    // the target schema of the mapping before it.
    JSON_COMPARE(doc["channels"]["receive"]["messages"]["receiveMessage"]["payload"]["$ref"],
                 "#/components/schemas/wms-shipment-event");
    JSON_COMPARE(doc["channels"]["notify"]["messages"]["notifyMessage"]["payload"]["$ref"],
                 "#/components/schemas/customer-notification");
    // Every $ref points at something in the document.
    for (const auto &[name, channel] : doc["channels"].items())
        for (const auto &[id, message] : channel["messages"].items()) {
            const std::string schemaRef = message["payload"].value("$ref", std::string());
            if (!schemaRef.empty())
                QVERIFY(doc["components"]["schemas"].contains(schemaRef.substr(21)));
        }
}

void TestKubernetesFormat::apiDocumentsValidate_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("file");
    for (const QString &project : { sourceDir + "/resources/examples/retail-order-to-cash",
                                    sourceDir + "/tests/data/export/catalog",
                                    sourceDir + "/tests/data/export/nodered-only" }) {
        ApiDocsFormat format;
        const QHash<QString, QByteArray> files = generate(format, project);
        QStringList paths = files.keys();
        paths.sort();
        for (const QString &path : paths)
            QTest::addRow("%s %s", qPrintable(QDir(project).dirName()), qPrintable(path))
                << project << path;
    }
}

void TestKubernetesFormat::apiDocumentsValidate()
{
    // Each document against a minimal schema of what we generate (tests/data/export/schemas),
    // and each local $ref resolves.
    QFETCH(QString, project);
    QFETCH(QString, file);
    ApiDocsFormat format;
    const Json document = ExportTest::yamlToJson(generate(format, project).value(file));
    const QString schemaFile = sourceDir + "/tests/data/export/schemas/"
        + (file.endsWith(".openapi.yaml") ? "openapi-3.1-minimal" : "asyncapi-3.0-minimal")
        + ".schema.json";
    QFile in(schemaFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const Json schemaJson = Json::parse(in.readAll().toStdString());
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter schemaAdapter(schemaJson);
    parser.populateSchema(schemaAdapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    QString errors;
    if (!validator.validate(schema, target, &results)) {
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            for (const std::string &step : error.context)
                errors += QString::fromStdString(step);
            errors += ": " + QString::fromStdString(error.description) + "\n";
        }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));

    std::vector<const Json *> stack { &document };
    while (!stack.empty()) {
        const Json *node = stack.back();
        stack.pop_back();
        if (node->is_object() && node->contains("$ref")) {
            const std::string ref = (*node)["$ref"].get<std::string>();
            QVERIFY(ref.rfind("#/", 0) == 0);
            QVERIFY2(document.contains(Json::json_pointer(ref.substr(1))), ref.c_str());
        }
        if (node->is_structured())
            for (const Json &child : *node)
                stack.push_back(&child);
    }
}

void TestKubernetesFormat::resourceName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("spaces") << "Retail order to cash"
                            << "retail-order-to-cash";
    QTest::addRow("symbols") << "  A&B  (test) "
                             << "a-b-test";
    QTest::addRow("empty") << ""
                           << "flowsmith";
    QTest::addRow("long") << QString(60, u'x') << QString(40, u'x');
}

void TestKubernetesFormat::resourceName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(KubernetesFormat::resourceName(text), expected);
}

QTEST_GUILESS_MAIN(TestKubernetesFormat)
#include "tst_kubernetesformat.moc"
