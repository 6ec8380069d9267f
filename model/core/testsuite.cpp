#include "model/core/testsuite.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlreader.h"
#include "model/core/yamlvalue.h"
#include "model/core/yamlwriter.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

using JsonValue = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

std::optional<JsonValue> readJson(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined())
        return std::nullopt;
    return Yaml::toJson(node);
}

bool readMock(YamlReader &r, const YAML::Node &key, const YAML::Node &map, TestMock *mock)
{
    mock->sink = QString::fromStdString(key.as<std::string>(""));
    if (!r.expectMap(map, tr("the mock of '%1'").arg(mock->sink)))
        return false;
    if (const auto status = r.integer(map, "status"))
        mock->status = int(*status);
    mock->body = readJson(map, "body");
    if (r.mapping(map, "headers").IsDefined())
        mock->headers = Yaml::toJson(map["headers"]);
    mock->delayMs = r.integer(map, "delayMs");
    if (const auto failTimes = r.integer(map, "failTimes"))
        mock->failTimes = int(*failTimes);
    mock->position = r.position(key);
    mock->origin = YamlReader::origin(map);
    return r.ok();
}

bool readExpectation(YamlReader &r, const YAML::Node &key, const YAML::Node &map,
                     TestExpectation *expectation)
{
    expectation->sink = QString::fromStdString(key.as<std::string>(""));
    if (!r.expectMap(map, tr("the expectation of '%1'").arg(expectation->sink)))
        return false;
    if (const auto count = r.integer(map, "count"))
        expectation->count = int(*count);
    const YAML::Node messages = r.sequence(map, "messages");
    if (messages.IsDefined())
        expectation->messages = Yaml::toJson(messages);
    expectation->assertion = r.string(map, "assert");
    expectation->position = r.position(key);
    expectation->origin = YamlReader::origin(map);
    return r.ok();
}

bool readCase(YamlReader &r, const YAML::Node &map, TestCase *testCase)
{
    if (!r.expectMap(map, tr("a test case")))
        return false;
    testCase->name = r.string(map, "name", true);
    testCase->source = r.string(map, "source");
    // `inputFile` may stand beside `input` or inside it (`input: {inputFile: …}`).
    const YAML::Node input = r.mapping(map, "input");
    testCase->inputFile = r.string(map, "inputFile");
    if (input.IsDefined()) {
        const QString nested = r.string(input, "inputFile");
        if (!nested.isEmpty())
            testCase->inputFile = nested;
        testCase->body = readJson(input, "body");
        if (!testCase->body && nested.isEmpty())
            testCase->body = JsonValue(nullptr);
        if (r.mapping(input, "headers").IsDefined())
            testCase->headers = Yaml::toJson(input["headers"]);
    }
    if (r.ok() && !testCase->body && testCase->inputFile.isEmpty())
        return r.fail(ErrorCode::MissingKey, map,
                      tr("test case '%1' needs an 'input' or an 'inputFile'").arg(testCase->name));
    const YAML::Node mocks = r.mapping(map, "mocks");
    for (auto it = mocks.begin(); it != mocks.end() && r.ok(); ++it) {
        TestMock mock;
        if (readMock(r, it->first, it->second, &mock))
            testCase->mocks.append(mock);
    }
    const YAML::Node expect = r.mapping(map, "expect");
    for (auto it = expect.begin(); it != expect.end() && r.ok(); ++it) {
        TestExpectation expectation;
        if (readExpectation(r, it->first, it->second, &expectation))
            testCase->expectations.append(expectation);
    }
    testCase->position = r.position(map);
    testCase->origin = YamlReader::origin(map);
    return r.ok();
}

// A new map, flow style only when the original was.
YAML::Node mapLike(const YAML::Node &original)
{
    YAML::Node node(YAML::NodeType::Map);
    const bool flow
        = original.IsDefined() && original.IsMap() && original.Style() == YAML::EmitterStyle::Flow;
    node.SetStyle(flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
    return node;
}

void setOptionalJson(YamlMapWriter &w, const char *key, const std::optional<JsonValue> &value)
{
    if (value)
        w.setJson(key, *value);
    else
        w.remove(key);
}

void setHeaders(YamlMapWriter &w, const JsonValue &headers)
{
    if (headers.empty() && !w.original("headers").IsDefined())
        w.remove("headers");
    else
        w.setJson("headers", headers);
}

YAML::Node mockNode(const TestMock &mock)
{
    YamlMapWriter w(mock.origin);
    if (mock.status)
        w.setInteger("status", *mock.status);
    else
        w.remove("status");
    setOptionalJson(w, "body", mock.body);
    setHeaders(w, mock.headers);
    if (mock.delayMs)
        w.setInteger("delayMs", *mock.delayMs);
    else
        w.remove("delayMs");
    if (mock.failTimes)
        w.setInteger("failTimes", *mock.failTimes);
    else
        w.remove("failTimes");
    YAML::Node node = w.node();
    if (mock.origin.isNull())
        Yaml::applyFlowStyleIfSmallMap(node);
    return node;
}

YAML::Node expectationNode(const TestExpectation &expectation)
{
    YamlMapWriter w(expectation.origin);
    if (expectation.count)
        w.setInteger("count", *expectation.count);
    else
        w.remove("count");
    if (expectation.messages) {
        YAML::Node messages = Yaml::mergeJson(w.original("messages"), *expectation.messages);
        if (!w.original("messages").IsDefined())
            messages.SetStyle(YAML::EmitterStyle::Block); // one message per line
        w.setNode("messages", messages);
    } else {
        w.remove("messages");
    }
    w.setString("assert", expectation.assertion);
    return w.node();
}

YAML::Node caseNode(const TestCase &testCase)
{
    YamlMapWriter w(testCase.origin);
    w.setString("name", testCase.name, true);
    w.setString("source", testCase.source);
    const YAML::Node oldInput = w.original("input");
    const bool fileAtTop = w.original("inputFile").IsDefined();
    const bool fileInInput = !testCase.inputFile.isEmpty() && !fileAtTop;
    if (testCase.body || fileInInput) {
        YamlMapWriter input(oldInput);
        if (testCase.body)
            input.setJson("body", *testCase.body);
        else
            input.remove("body");
        setHeaders(input, testCase.headers);
        input.setString("inputFile", fileInInput ? testCase.inputFile : QString());
        w.setNode("input", input.node());
    } else {
        w.remove("input");
    }
    w.setString("inputFile", fileInInput ? QString() : testCase.inputFile);
    const YAML::Node oldMocks = w.original("mocks");
    YAML::Node mocks = mapLike(oldMocks);
    for (const TestMock &mock : testCase.mocks)
        mocks[mock.sink.toStdString()] = mockNode(mock);
    if (testCase.mocks.isEmpty() && !oldMocks.IsDefined())
        w.remove("mocks");
    else
        w.setNode("mocks", mocks);

    const YAML::Node oldExpect = w.original("expect");
    YAML::Node expect = mapLike(oldExpect);
    for (const TestExpectation &expectation : testCase.expectations)
        expect[expectation.sink.toStdString()] = expectationNode(expectation);
    if (testCase.expectations.isEmpty() && !oldExpect.IsDefined())
        w.remove("expect");
    else
        w.setNode("expect", expect);
    return w.node();
}

} // namespace

const TestMock *TestCase::mock(const QString &sink) const
{
    for (const TestMock &m : mocks)
        if (m.sink == sink)
            return &m;
    return nullptr;
}

const TestExpectation *TestCase::expectation(const QString &sink) const
{
    for (const TestExpectation &e : expectations)
        if (e.sink == sink)
            return &e;
    return nullptr;
}

std::optional<TestSuite> TestSuite::fromYaml(const QByteArray &bytes, const QString &fileName,
                                             FileError *error)
{
    const auto root = Yaml::parse(bytes, fileName, error);
    if (!root)
        return std::nullopt;
    YamlReader r(fileName, error);
    TestSuite suite;
    if (!r.readHeader(*root, FormatVersion, &suite.formatVersion))
        return std::nullopt;
    suite.id = r.string(*root, "id", true);
    suite.flow = r.string(*root, "flow", true);
    for (const YAML::Node &item : r.sequence(*root, "cases")) {
        TestCase testCase;
        if (!readCase(r, item, &testCase))
            break;
        suite.cases.append(testCase);
    }
    if (!r.ok())
        return std::nullopt;
    suite.origin = YamlReader::origin(*root, bytes);
    return suite;
}

QByteArray TestSuite::toYaml() const
{
    YamlMapWriter w(origin);
    w.setInteger("flowsmith", formatVersion);
    w.setString("id", id, true);
    w.setString("flow", flow, true);
    YAML::Node casesYaml = Yaml::sequenceLike(w.original("cases"));
    for (const TestCase &testCase : cases)
        casesYaml.push_back(caseNode(testCase));
    w.setSequence("cases", casesYaml);
    return Yaml::documentText(w.node(), origin);
}

std::optional<TestSuite> TestSuite::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromYaml(*bytes, path, error);
}

bool TestSuite::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toYaml(), error);
}

} // namespace Flowsmith
