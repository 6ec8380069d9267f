#pragma once

#include "model/core/capabilitymap.h"
#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/schema.h"
#include "model/core/testsuite.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flowsmith {

class Project;

struct FlowFile
{
    QString file; ///< relative to the project folder
    Flow flow;
};

struct MappingFile
{
    QString file;
    Mapping mapping;
};

struct SchemaFile
{
    QString file;
    Schema schema;
};

struct TestSuiteFile
{
    QString file;
    TestSuite suite;
};

/// Everything of a project that loaded, as project-wide rules see it. Files that failed to
/// load are missing here; their load errors are problems of their own.
struct ProjectSnapshot
{
    const Project *project = nullptr;
    QString manifestFile = QStringLiteral("flowsmith.yaml");
    QList<FlowFile> flows;
    QList<MappingFile> mappings;
    QList<TestSuiteFile> testSuites;
    QList<SchemaFile> schemas;
    std::optional<CapabilityMap> capabilities;
    QString capabilitiesFile = QStringLiteral("capabilities.yaml");

    /// The loaded schema with that id (its file name), or null.
    const Schema *schema(const QString &id) const
    {
        for (const SchemaFile &file : schemas)
            if (file.schema.id == id)
                return &file.schema;
        return nullptr;
    }
};

} // namespace Flowsmith
