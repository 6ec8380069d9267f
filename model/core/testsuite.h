#pragma once

#include "fileerror.h"
#include "yamlorigin.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Flowsmith {

/// What a called system answers in a test (design §3: sink.http answers from the test case's
/// mocks; without one it answers 200 and the request body). JSON values are kept as
/// nlohmann::ordered_json, the simulator's and the expression engine's currency.
struct TestMock
{
    QString sink; ///< sink node id (the key under `mocks:`)
    std::optional<int> status; ///< HTTP status; the simulator defaults to 200
    std::optional<nlohmann::ordered_json> body;
    nlohmann::ordered_json headers = nlohmann::ordered_json::object();
    std::optional<qint64> delayMs; ///< virtual time the answer takes
    std::optional<int> failTimes; ///< the first N calls fail (to exercise retries)
    SourcePosition position;
    YamlOrigin origin;
};

/// What a sink must have received (the key under `expect:`).
struct TestExpectation
{
    QString sink;
    std::optional<int> count; ///< number of messages
    std::optional<nlohmann::ordered_json> messages; ///< exact bodies in order (an array)
    QString assertion; ///< `assert`: JSONata over the array of bodies
    SourcePosition position;
    YamlOrigin origin;
};

/// One case: a message fed to a source, mocks for the sinks, and expectations.
struct TestCase
{
    QString name;
    QString source; ///< source node id; empty = the flow's only source
    /// The message of `input: {body, headers}`; unset when the case reads `inputFile`.
    std::optional<nlohmann::ordered_json> body;
    nlohmann::ordered_json headers = nlohmann::ordered_json::object();
    QString inputFile; ///< relative to the project folder; read beside `input` or inside it
    QList<TestMock> mocks;
    QList<TestExpectation> expectations;
    SourcePosition position;
    YamlOrigin origin;

    const TestMock *mock(const QString &sink) const;
    const TestExpectation *expectation(const QString &sink) const;
};

/// The test cases of one flow (tests/<id>.test.yaml), run by `flowsmith-cli test`.
class TestSuite
{
public:
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString id;
    QString flow; ///< flow id
    QList<TestCase> cases;
    YamlOrigin origin;

    static std::optional<TestSuite> fromYaml(const QByteArray &bytes, const QString &fileName,
                                             FileError *error);
    QByteArray toYaml() const;
    static std::optional<TestSuite> load(const QString &path, FileError *error);
    bool save(const QString &path, FileError *error) const;
};

} // namespace Flowsmith
