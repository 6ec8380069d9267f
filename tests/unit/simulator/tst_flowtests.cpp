// Flow test files run through the simulator: a fixture project whose cases pass and fail on
// purpose, the JUnit report, and the example project's own tests, which must all pass.

#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "simulator/testing/flowtestrunner.h"
#include "simulator/testing/junitreport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Flowsmith;
using namespace Flowsmith::Sim;

class tst_FlowTests : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void junit();
    void example_data();
    void example();

private:
    static QList<FlowTestResult> runProject(const QString &folder, QString *error);
};

QList<FlowTestResult> tst_FlowTests::runProject(const QString &folder, QString *error)
{
    QList<FlowTestResult> results;
    FileError fileError;
    const auto project = Project::open(folder, &fileError);
    if (!project) {
        *error = fileError.toString();
        return results;
    }
    const FlowTestRunner runner(project->folder());
    for (const ProjectFile &file : project->files(ProjectFileKind::TestSuite)) {
        const auto suite = TestSuite::load(project->absolutePath(file.relativePath), &fileError);
        if (!suite) {
            *error = fileError.toString();
            return results;
        }
        results += runner.run(FlowTestSuite::fromModel(*suite, file.relativePath));
    }
    return results;
}

static QString fixtureFolder()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/sim/_project");
}

void tst_FlowTests::fixture_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("fragment"); // of the failure or error text
    QTest::addRow("exact") << "exact messages pass" << true << QString();
    QTest::addRow("input file") << "input file and assertion pass" << true << QString();
    QTest::addRow("retries") << "retries exhausted reach the catch" << true << QString();
    QTest::addRow("count") << "wrong count fails" << false
                           << "crm: expected 1 message(s), received 0";
    QTest::addRow("message")
        << "wrong message fails" << false
        << R"(crm: message 1: expected {"greeting":"Hello Fay","channel":"email"}, received {"greeting":"Hello Fay"})";
    QTest::addRow("assert") << "false assertion fails" << false
                            << "crm: assertion `$count($) = 2` is false";
    QTest::addRow("unknown sink") << "unknown sink fails" << false
                                  << "the flow has no node 'nowhere'";
    QTest::addRow("unknown source")
        << "unknown source is an error" << false << "has no source node 'nowhere'";
}

void tst_FlowTests::fixture()
{
    QFETCH(QString, name);
    QFETCH(bool, passed);
    QFETCH(QString, fragment);
    QString error;
    const auto results = runProject(fixtureFolder(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(results.size(), 8);
    const auto it = std::find_if(results.cbegin(), results.cend(),
                                 [&](const FlowTestResult &r) { return r.name == name; });
    QVERIFY(it != results.cend());
    QCOMPARE(it->suite, QStringLiteral("greet"));
    QCOMPARE(it->suiteFile, QStringLiteral("tests/greet.test.yaml"));
    QVERIFY(it->position.line > 3);
    const QString text = it->failures.join(u'\n') + it->error;
    QVERIFY2(it->passed == passed, qPrintable(text));
    if (!passed) {
        QVERIFY2(text.contains(fragment), qPrintable(text));
        QVERIFY(it->error.isEmpty() ? !it->trace.empty() : true);
    }
}

void tst_FlowTests::junit()
{
    QString error;
    const auto results = runProject(fixtureFolder(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    FileError fileError;
    QVERIFY(JUnitReport::save(results, path, &fileError));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int testcases = 0, failures = 0, errors = 0;
    QString rootTests, suiteFailures, suiteErrors;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("testsuites"))
            rootTests = attributes.value(QLatin1String("tests")).toString();
        else if (xml.name() == QLatin1String("testsuite")) {
            QCOMPARE(attributes.value(QLatin1String("name")).toString(), QStringLiteral("greet"));
            suiteFailures = attributes.value(QLatin1String("failures")).toString();
            suiteErrors = attributes.value(QLatin1String("errors")).toString();
        } else if (xml.name() == QLatin1String("testcase")) {
            ++testcases;
            QVERIFY(!attributes.value(QLatin1String("name")).isEmpty());
            QCOMPARE(attributes.value(QLatin1String("classname")).toString(),
                     QStringLiteral("greet"));
        } else if (xml.name() == QLatin1String("failure")) {
            ++failures;
            QVERIFY(!attributes.value(QLatin1String("message")).isEmpty());
        } else if (xml.name() == QLatin1String("error")) {
            ++errors;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rootTests, QStringLiteral("8"));
    QCOMPARE(testcases, 8);
    QCOMPARE(failures, 4);
    QCOMPARE(errors, 1);
    QCOMPARE(suiteFailures, QStringLiteral("4"));
    QCOMPARE(suiteErrors, QStringLiteral("1"));
}

void tst_FlowTests::example_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("details");
    const QString folder
        = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");
    if (!QDir(folder).exists(QStringLiteral("tests")))
        QSKIP("the example project has no tests yet");
    QString error;
    const auto results = runProject(folder, &error);
    if (!error.isEmpty()) {
        QTest::addRow("load") << QStringLiteral("load") << false << error;
        return;
    }
    for (const FlowTestResult &result : results)
        QTest::addRow("%s: %s", qPrintable(result.suite), qPrintable(result.name))
            << result.name << result.passed << (result.failures.join(u'\n') + result.error);
}

void tst_FlowTests::example()
{
    QFETCH(bool, passed);
    QFETCH(QString, details);
    QVERIFY2(passed, qPrintable(details));
}

QTEST_GUILESS_MAIN(tst_FlowTests)
#include "tst_flowtests.moc"
