#pragma once

// Shared by the runtime exporter tests: loading a project for export, and reading the YAML an
// exporter wrote back as JSON (yaml-cpp) so that it can be checked against JSON Schemas.

#include "model/core/project.h"
#include "model/export/exportinput.h"

#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

/// QCOMPARE for JSON values (QCOMPARE's overloads do not take nlohmann::json).
#define JSON_COMPARE(actual, expected)                                                             \
    do {                                                                                           \
        const nlohmann::json actual_ = (actual);                                                   \
        const nlohmann::json expected_ = (expected);                                               \
        if (!(actual_ == expected_))                                                               \
            QFAIL(qPrintable(QStringLiteral("%1 is %2, expected %3")                               \
                                 .arg(QStringLiteral(#actual),                                     \
                                      QString::fromStdString(actual_.dump()),                      \
                                      QString::fromStdString(expected_.dump()))));                 \
    } while (false)

namespace Flowsmith::ExportTest {

inline ExportInput loadInput(const QString &folder, QList<ExportProblem> *problems)
{
    FileError error;
    std::optional<Project> project = Project::open(folder, &error);
    if (!project) {
        problems->append({ ExportProblem::Error, folder, {}, {}, error.message });
        return {};
    }
    return ExportInput::fromProject(*project, problems);
}

/// YAML 1.2 core schema: quoted scalars are strings, plain ones may be null, bool or number.
inline nlohmann::json yamlToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        nlohmann::json array = nlohmann::json::array();
        for (const YAML::Node &item : node)
            array.push_back(yamlToJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        nlohmann::json object = nlohmann::json::object();
        for (const auto &entry : node)
            object[entry.first.Scalar()] = yamlToJson(entry.second);
        return object;
    }
    case YAML::NodeType::Scalar: {
        const std::string &text = node.Scalar();
        if (node.Tag() == "!")
            return text;
        if (text == "null" || text == "~")
            return nullptr;
        if (text == "true" || text == "false")
            return text == "true";
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression real(
            QStringLiteral("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
        const QString qtext = QString::fromStdString(text);
        if (integer.match(qtext).hasMatch())
            return qtext.toLongLong();
        if (real.match(qtext).hasMatch())
            return qtext.toDouble();
        return text;
    }
    default:
        return nullptr;
    }
}

inline nlohmann::json yamlToJson(const QByteArray &text)
{
    return yamlToJson(YAML::Load(text.toStdString()));
}

} // namespace Flowsmith::ExportTest
