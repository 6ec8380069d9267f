// flowsmith-cli test: runs a project's flow tests (tests/*.test.yaml) headless (design §5).

#include "simulatorcommands.h"

#include "model/core/project.h"
#include "model/core/testsuite.h"
#include "simulator/testing/flowtestrunner.h"
#include "simulator/testing/junitreport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace Flowsmith::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: flowsmith-cli test PROJECT [--junit FILE] [--format text|json]\n\n"
              "Runs every case of tests/*.test.yaml: feeds its input to the flow's source,\n"
              "answers sink calls from its mocks and checks what each sink received.\n\n"
              "  --junit FILE     also write a JUnit XML report to FILE\n"
              "  --format FORMAT  text (default): one line per case, expected vs actual for\n"
              "                   failures; json: one object with every result\n\n"
              "Exit status: 0 every case passed, 1 a case failed, 2 usage or input error.\n");
}

} // namespace

int runTestCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString projectFolder;
    QString junit;
    QString format = QStringLiteral("text");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return 0;
        }
        if (arg == QLatin1String("--junit") || arg == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                err << "flowsmith-cli test: " << tr("%1 needs a value").arg(arg) << '\n';
                return 2;
            }
            (arg == QLatin1String("--junit") ? junit : format) = args.at(++i);
        } else if (arg.startsWith(u'-') || !projectFolder.isEmpty()) {
            err << "flowsmith-cli test: " << tr("unexpected argument '%1'").arg(arg) << '\n';
            printHelp(err);
            return 2;
        } else {
            projectFolder = arg;
        }
    }
    if (projectFolder.isEmpty()
        || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err << "flowsmith-cli test: "
            << (projectFolder.isEmpty() ? tr("missing PROJECT")
                                        : tr("unknown format '%1' (text or json)").arg(format))
            << '\n';
        printHelp(err);
        return 2;
    }

    FileError error;
    const auto project = Project::open(projectFolder, &error);
    if (!project) {
        err << error.toString() << '\n';
        return 2;
    }

    QList<Sim::FlowTestResult> results;
    bool inputError = false;
    const Sim::FlowTestRunner runner(project->folder());
    for (const ProjectFile &file : project->files(ProjectFileKind::TestSuite)) {
        const auto suite = TestSuite::load(project->absolutePath(file.relativePath), &error);
        if (!suite) {
            err << error.toString() << '\n';
            inputError = true;
            continue;
        }
        results += runner.run(Sim::FlowTestSuite::fromModel(*suite, file.relativePath));
    }

    int passed = 0;
    int failed = 0;
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const Sim::FlowTestResult &result : std::as_const(results)) {
        result.passed ? ++passed : ++failed;
        if (format == QLatin1String("json")) {
            nlohmann::ordered_json item;
            item["suite"] = result.suite.toStdString();
            item["file"] = result.suiteFile.toStdString();
            item["line"] = result.position.line;
            item["name"] = result.name.toStdString();
            item["passed"] = result.passed;
            item["failures"] = nlohmann::ordered_json::array();
            for (const QString &failure : result.failures)
                item["failures"].push_back(failure.toStdString());
            if (!result.error.isEmpty())
                item["error"] = result.error.toStdString();
            item["uncaught"] = nlohmann::ordered_json::array();
            for (const QString &note : result.uncaught)
                item["uncaught"].push_back(note.toStdString());
            json.push_back(std::move(item));
            continue;
        }
        out << (result.passed ? "PASS  " : "FAIL  ") << result.suite << " › " << result.name
            << '\n';
        if (!result.error.isEmpty())
            out << "      " << result.suiteFile << ':' << result.position.line << ": "
                << result.error << '\n';
        for (const QString &failure : result.failures)
            out << "      " << result.suiteFile << ':' << result.position.line << ": " << failure
                << '\n';
        for (const QString &note : result.uncaught)
            out << "      " << tr("note: %1").arg(note) << '\n';
    }
    if (format == QLatin1String("json")) {
        nlohmann::ordered_json report;
        report["passed"] = passed;
        report["failed"] = failed;
        report["results"] = std::move(json);
        out << QString::fromStdString(report.dump(2)) << '\n';
    } else {
        out << tr("%1 passed, %2 failed").arg(passed).arg(failed) << '\n';
    }
    out.flush();

    if (!junit.isEmpty() && !Sim::JUnitReport::save(results, junit, &error)) {
        err << error.toString() << '\n';
        return 2;
    }
    if (inputError)
        return 2;
    return failed > 0 ? 1 : 0;
}

} // namespace Flowsmith::Cli
