#include "simulator/testing/flowtestcase.h"

#include "model/core/testsuite.h"

namespace Flowsmith::Sim {

FlowTestSuite FlowTestSuite::fromModel(const TestSuite &suite, const QString &fileName)
{
    FlowTestSuite result;
    result.id = suite.id;
    result.flow = suite.flow;
    result.fileName = fileName;
    for (const TestCase &testCase : suite.cases) {
        FlowTestCase c;
        c.name = testCase.name;
        c.source = testCase.source;
        c.position = testCase.position;
        c.inputFile = testCase.inputFile;
        if (testCase.body) {
            Message message;
            message.body = *testCase.body;
            message.headers = testCase.headers.is_object() ? testCase.headers : Json::object();
            c.input = std::move(message);
        }
        for (const TestMock &mock : testCase.mocks) {
            SinkMock m;
            m.status = mock.status.value_or(200);
            m.body = mock.body;
            m.headers = mock.headers.is_object() ? mock.headers : Json::object();
            m.delayMs = mock.delayMs.value_or(0);
            m.failTimes = mock.failTimes.value_or(0);
            c.mocks.insert(mock.sink, m);
        }
        for (const TestExpectation &expectation : testCase.expectations)
            c.expectations.append(SinkExpectation { expectation.sink, expectation.count,
                                                    expectation.messages, expectation.assertion });
        result.cases.append(std::move(c));
    }
    return result;
}

} // namespace Flowsmith::Sim
