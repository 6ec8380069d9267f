#pragma once

// Helpers shared by the model tests: where the test data is, and loading any model file by
// its kind so that one table can cover every format.

#include "model/core/capabilitymap.h"
#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/project.h"
#include "model/core/schema.h"
#include "model/core/testsuite.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <optional>

namespace Flowsmith::Test {

inline QString dataDir()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/tests/data/model");
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// A loaded model file of any kind, able to write itself back.
struct AnyModelFile
{
    std::optional<ProjectManifest> manifest;
    std::optional<Flow> flow;
    std::optional<Mapping> mapping;
    std::optional<CapabilityMap> capabilities;
    std::optional<TestSuite> testSuite;
    std::optional<Schema> schema;

    bool loaded() const
    {
        return manifest || flow || mapping || capabilities || testSuite || schema;
    }

    QByteArray text() const
    {
        if (manifest)
            return manifest->toYaml();
        if (flow)
            return flow->toYaml();
        if (mapping)
            return mapping->toYaml();
        if (capabilities)
            return capabilities->toYaml();
        if (testSuite)
            return testSuite->toYaml();
        if (schema)
            return schema->toJson();
        return {};
    }

    bool save(const QString &path, FileError *error) const
    {
        if (manifest)
            return manifest->save(path, error);
        if (flow)
            return flow->save(path, error);
        if (mapping)
            return mapping->save(path, error);
        if (capabilities)
            return capabilities->save(path, error);
        if (testSuite)
            return testSuite->save(path, error);
        if (schema)
            return schema->save(path, error);
        return false;
    }
};

/// Loads `path` as the model class its kind names (design §2 file names).
inline AnyModelFile loadByKind(ProjectFileKind kind, const QString &path, FileError *error)
{
    AnyModelFile file;
    switch (kind) {
    case ProjectFileKind::Manifest:
        file.manifest = ProjectManifest::load(path, error);
        break;
    case ProjectFileKind::Flow:
        file.flow = Flow::load(path, error);
        break;
    case ProjectFileKind::Mapping:
        file.mapping = Mapping::load(path, error);
        break;
    case ProjectFileKind::Capabilities:
        file.capabilities = CapabilityMap::load(path, error);
        break;
    case ProjectFileKind::TestSuite:
        file.testSuite = TestSuite::load(path, error);
        break;
    case ProjectFileKind::Schema:
        file.schema = Schema::load(path, error);
        break;
    default:
        break;
    }
    return file;
}

inline bool isModelFile(ProjectFileKind kind)
{
    return kind == ProjectFileKind::Manifest || kind == ProjectFileKind::Flow
        || kind == ProjectFileKind::Mapping || kind == ProjectFileKind::Capabilities
        || kind == ProjectFileKind::TestSuite || kind == ProjectFileKind::Schema;
}

} // namespace Flowsmith::Test
