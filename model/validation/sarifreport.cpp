// ProblemReport::sarif(): SARIF 2.1.0 (OASIS), the format GitHub code scanning, Azure DevOps
// and GitLab read. Kept to the properties those viewers use.

#include "problemreport.h"

#include "problemsummary.h"
#include "ruleregistry.h"

#include "model/core/errorcodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace Flowsmith {

namespace {

using Json = nlohmann::ordered_json;

const char ProjectRootId[] = "PROJECTROOT";

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// What a load error code means (model/core/errorcodes.h), for SARIF's rules[].
QString loadErrorSummary(const QString &code)
{
    static const struct
    {
        QLatin1StringView code;
        const char *summary;
    } summaries[] = {
        { ErrorCode::CannotRead, QT_TRANSLATE_NOOP("Validation", "A file cannot be read") },
        { ErrorCode::FileTooLarge, QT_TRANSLATE_NOOP("Validation", "A file is too large") },
        { ErrorCode::YamlSyntax, QT_TRANSLATE_NOOP("Validation", "YAML syntax error") },
        { ErrorCode::TooDeep, QT_TRANSLATE_NOOP("Validation", "Nesting too deep") },
        { ErrorCode::AliasBomb, QT_TRANSLATE_NOOP("Validation", "Aliases expand too far") },
        { ErrorCode::NewerFormat, QT_TRANSLATE_NOOP("Validation", "Written by a newer Flowsmith") },
        { ErrorCode::WrongType, QT_TRANSLATE_NOOP("Validation", "A value has the wrong type") },
        { ErrorCode::MissingKey, QT_TRANSLATE_NOOP("Validation", "A required key is missing") },
        { ErrorCode::UnknownNodeType, QT_TRANSLATE_NOOP("Validation", "Unknown node type") },
        { ErrorCode::DuplicateKey, QT_TRANSLATE_NOOP("Validation", "A key appears twice") },
        { ErrorCode::JsonSyntax, QT_TRANSLATE_NOOP("Validation", "JSON syntax error") },
        { ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("Validation", "A file cannot be written") },
        { ErrorCode::InvalidValue,
          QT_TRANSLATE_NOOP("Validation", "A value is out of range or malformed") },
        { ErrorCode::UnresolvedRef,
          QT_TRANSLATE_NOOP("Validation", "A schema $ref does not resolve") },
    };
    for (const auto &entry : summaries) {
        if (entry.code == code)
            return QCoreApplication::translate("Validation", entry.summary);
    }
    return QCoreApplication::translate("Validation", "A project file could not be loaded");
}

Json ruleDescriptor(const QString &id, const QString &summary, Severity severity)
{
    return { { "id", utf8(id) },
             { "shortDescription", { { "text", utf8(summary) } } },
             { "defaultConfiguration", { { "level", utf8(severityName(severity)) } } } };
}

} // namespace

QByteArray ProblemReport::sarif() const
{
    // rules[]: every registered rule, so that a ruleIndex means the same in every run, then
    // the load-error codes (FS0xx) that occur, which have no rule class.
    Json rules = Json::array();
    QStringList ruleIds;
    for (const auto &rule : RuleRegistry::instance().rules()) {
        rules.push_back(ruleDescriptor(rule->code(), rule->summary(), rule->defaultSeverity()));
        ruleIds.append(rule->code());
    }
    for (const Problem &problem : m_problems) {
        if (ruleIds.contains(problem.code))
            continue;
        rules.push_back(
            ruleDescriptor(problem.code, loadErrorSummary(problem.code), Severity::Error));
        ruleIds.append(problem.code);
    }

    Json results = Json::array();
    for (const Problem &problem : m_problems) {
        Json result = { { "ruleId", utf8(problem.code) },
                        { "ruleIndex", ruleIds.indexOf(problem.code) },
                        { "level", utf8(severityName(problem.severity)) },
                        { "message", { { "text", utf8(problem.message) } } } };
        if (!problem.file.isEmpty()) {
            Json physical
                = { { "artifactLocation",
                      { { "uri", QUrl::toPercentEncoding(problem.file, "/").toStdString() },
                        { "uriBaseId", ProjectRootId } } } };
            if (problem.position.isValid()) {
                Json region = { { "startLine", problem.position.line } };
                if (problem.position.column > 0)
                    region["startColumn"] = problem.position.column;
                physical["region"] = std::move(region);
            }
            result["locations"] = Json::array({ { { "physicalLocation", std::move(physical) } } });
        }
        Json properties = Json::object();
        if (!problem.flowId.isEmpty())
            properties["flowId"] = utf8(problem.flowId);
        if (!problem.nodeId.isEmpty())
            properties["nodeId"] = utf8(problem.nodeId);
        if (!properties.empty())
            result["properties"] = std::move(properties);
        results.push_back(std::move(result));
    }

    Json driver = { { "name", "Flowsmith" } };
    if (!m_toolVersion.isEmpty())
        driver["version"] = utf8(m_toolVersion);
    driver["informationUri"] = "https://flowsmith.example";
    driver["rules"] = std::move(rules);

    Json run = { { "tool", { { "driver", std::move(driver) } } } };
    if (!m_projectRoot.isEmpty()) {
        // A base URI must end with a slash, or the relative paths replace its last segment.
        const QString root = QDir(m_projectRoot).absolutePath() + u'/';
        run["originalUriBaseIds"]
            = { { ProjectRootId,
                  { { "uri", utf8(QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded)) } } } };
    }
    run["results"] = std::move(results);

    const Json log = { { "$schema",
                         "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                         "sarif-schema-2.1.0.json" },
                       { "version", "2.1.0" },
                       { "runs", Json::array({ std::move(run) }) } };
    return QByteArray::fromStdString(log.dump(2)) + '\n';
}

} // namespace Flowsmith
