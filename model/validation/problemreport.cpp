#include "problemreport.h"

#include "problemsummary.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

namespace Flowsmith {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

ProblemReport::ProblemReport(ProblemList problems)
    : m_problems(std::move(problems))
{ }

std::optional<ReportFormat> ProblemReport::formatFromName(const QString &name)
{
    if (name == QLatin1String("text"))
        return ReportFormat::Text;
    if (name == QLatin1String("json"))
        return ReportFormat::Json;
    if (name == QLatin1String("sarif"))
        return ReportFormat::Sarif;
    return std::nullopt;
}

QByteArray ProblemReport::write(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Text:
        return text();
    case ReportFormat::Json:
        return json();
    case ReportFormat::Sarif:
        return sarif();
    }
    return text();
}

QByteArray ProblemReport::text() const
{
    QString out;
    for (const Problem &problem : m_problems) {
        QString place = m_pathPrefix + problem.file;
        if (problem.position.isValid()) {
            place += QStringLiteral(":%1").arg(problem.position.line);
            if (problem.position.column > 0)
                place += QStringLiteral(":%1").arg(problem.position.column);
        }
        out += QStringLiteral("%1: %2 %3: %4\n")
                   .arg(place, severityName(problem.severity), problem.code, problem.message);
    }
    const ProblemCounts counts = ProblemCounts::of(m_problems);
    if (counts.total() == 0) {
        out += QCoreApplication::translate("Validation", "No problems") + u'\n';
    } else {
        out += QCoreApplication::translate("Validation", "%n error(s)", nullptr, counts.errors)
            + QLatin1String(", ")
            + QCoreApplication::translate("Validation", "%n warning(s)", nullptr, counts.warnings)
            + u'\n';
    }
    return out.toUtf8();
}

QByteArray ProblemReport::json() const
{
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    if (!m_projectRoot.isEmpty())
        root["project"] = utf8(QDir::cleanPath(m_projectRoot));
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Problem &problem : m_problems) {
        problems.push_back({
            { "code", utf8(problem.code) },
            { "severity", utf8(severityName(problem.severity)) },
            { "message", utf8(problem.message) },
            { "file", utf8(problem.file) },
            { "line", problem.position.line },
            { "column", problem.position.column },
            { "flowId", utf8(problem.flowId) },
            { "nodeId", utf8(problem.nodeId) },
        });
    }
    root["problems"] = std::move(problems);
    const ProblemCounts counts = ProblemCounts::of(m_problems);
    root["counts"] = { { "errors", counts.errors },
                       { "warnings", counts.warnings },
                       { "notes", counts.notes } };
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace Flowsmith
