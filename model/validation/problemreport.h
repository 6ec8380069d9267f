#pragma once

#include "model/core/problem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Flowsmith {

enum class ReportFormat { Text, Json, Sarif };

/// Problems written out for people and for machines:
/// - text: `path:line:column: error FS101: message`, one a line, then a count line — the form
///   compilers use, which editors and CI logs turn into links;
/// - JSON: `{"project", "problems": [{code, severity, message, file, line, column, flowId,
///   nodeId}], "counts": {errors, warnings, notes}}`;
/// - SARIF 2.1.0, for code-scanning views: every rule of RuleRegistry in `rules[]`, results
///   with paths relative to the PROJECTROOT base id.
class ProblemReport
{
public:
    explicit ProblemReport(ProblemList problems);

    /// "text", "json", "sarif"; nullopt for anything else.
    static std::optional<ReportFormat> formatFromName(const QString &name);

    /// The project folder: SARIF's PROJECTROOT and JSON's "project" (absolute path).
    void setProjectRoot(const QString &folder) { m_projectRoot = folder; }
    /// Text only: written before every relative path, so that links from the caller's
    /// working directory work ("shop/" for `validate shop`).
    void setPathPrefix(const QString &prefix) { m_pathPrefix = prefix; }
    /// The tool version SARIF names in tool.driver.version.
    void setToolVersion(const QString &version) { m_toolVersion = version; }

    QByteArray text() const;
    QByteArray json() const;
    QByteArray sarif() const;
    QByteArray write(ReportFormat format) const;

private:
    ProblemList m_problems;
    QString m_projectRoot;
    QString m_pathPrefix;
    QString m_toolVersion;
};

} // namespace Flowsmith
