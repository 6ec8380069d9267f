#pragma once

#include "model/core/fileerror.h"
#include "simulator/testing/flowtestrunner.h"

#include <QByteArray>
#include <QList>

namespace Flowsmith::Sim {

/// Flow test results as JUnit XML, the report CI servers read: one <testsuite> per test
/// file, one <testcase> per case, <failure> for a failed expectation and <error> for a case
/// that could not run.
class JUnitReport
{
public:
    static QByteArray toXml(const QList<FlowTestResult> &results);
    static bool save(const QList<FlowTestResult> &results, const QString &path, FileError *error);
};

} // namespace Flowsmith::Sim
