#include "projectreferences.h"

#include "model/core/capabilitymap.h"
#include "model/core/flow.h"
#include "model/core/mapping.h"
#include "model/core/modelfile.h"
#include "model/core/nodecatalog.h"
#include "model/core/testsuite.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::ProjectReferences)
};

// What one referring file holds: its references and, when renaming, its new bytes.
struct Scan
{
    QList<ProjectReference> references;
    std::optional<QByteArray> rewritten; ///< set when the file changes
    std::optional<FileError> error; ///< the file could not be read
};

// The node config field type that names items of `kind`, if any.
std::optional<ConfigFieldType> fieldTypeFor(ProjectFileKind kind)
{
    if (kind == ProjectFileKind::Schema)
        return ConfigFieldType::Schema;
    if (kind == ProjectFileKind::Mapping)
        return ConfigFieldType::Mapping;
    return std::nullopt;
}

Scan scanFlow(const QByteArray &bytes, const QString &path, ProjectFileKind kind, const QString &id,
              const QString &newId)
{
    Scan scan;
    const std::optional<ConfigFieldType> fieldType = fieldTypeFor(kind);
    if (!fieldType)
        return scan;
    FileError error;
    std::optional<Flow> flow = Flow::fromYaml(bytes, path, &error);
    if (!flow) {
        scan.error = error;
        return scan;
    }
    bool changed = false;
    for (FlowNode &node : flow->nodes) {
        const NodeType *type = NodeCatalog::instance().type(node.type);
        if (!type)
            continue;
        for (const ConfigField &field : type->configFields) {
            if (field.type != *fieldType || node.config.value(field.key).toString() != id)
                continue;
            scan.references.append({ path, node.position,
                                     Text::tr("node “%1” (%2), field %3")
                                         .arg(node.displayName(), node.id, field.key) });
            if (!newId.isEmpty()) {
                node.config.insert(field.key, newId);
                changed = true;
            }
        }
    }
    if (changed)
        scan.rewritten = flow->toYaml();
    return scan;
}

Scan scanMapping(const QByteArray &bytes, const QString &path, ProjectFileKind kind,
                 const QString &id, const QString &newId)
{
    Scan scan;
    if (kind != ProjectFileKind::Schema)
        return scan;
    FileError error;
    std::optional<Mapping> mapping = Mapping::fromYaml(bytes, path, &error);
    if (!mapping) {
        scan.error = error;
        return scan;
    }
    bool changed = false;
    for (auto [value, what] : { std::pair { &mapping->source, Text::tr("source schema") },
                                std::pair { &mapping->target, Text::tr("target schema") } }) {
        if (*value != id)
            continue;
        scan.references.append({ path, {}, what });
        if (!newId.isEmpty()) {
            *value = newId;
            changed = true;
        }
    }
    if (changed)
        scan.rewritten = mapping->toYaml();
    return scan;
}

Scan scanTestSuite(const QByteArray &bytes, const QString &path, ProjectFileKind kind,
                   const QString &id, const QString &newId)
{
    Scan scan;
    if (kind != ProjectFileKind::Flow && kind != ProjectFileKind::Sample)
        return scan;
    FileError error;
    std::optional<TestSuite> suite = TestSuite::fromYaml(bytes, path, &error);
    if (!suite) {
        scan.error = error;
        return scan;
    }
    bool changed = false;
    if (kind == ProjectFileKind::Flow && suite->flow == id) {
        scan.references.append({ path, {}, Text::tr("the flow it tests") });
        if (!newId.isEmpty()) {
            suite->flow = newId;
            changed = true;
        }
    }
    if (kind == ProjectFileKind::Sample) {
        const QString samplePath = Project::pathFor(ProjectFileKind::Sample, id);
        for (TestCase &testCase : suite->cases) {
            if (testCase.inputFile != samplePath)
                continue;
            scan.references.append(
                { path, testCase.position, Text::tr("input of case “%1”").arg(testCase.name) });
            if (!newId.isEmpty()) {
                testCase.inputFile = Project::pathFor(ProjectFileKind::Sample, newId);
                changed = true;
            }
        }
    }
    if (changed)
        scan.rewritten = suite->toYaml();
    return scan;
}

void scanCapabilities(QList<Capability> &capabilities, const QString &path, const QString &id,
                      const QString &newId, Scan &scan, bool &changed)
{
    for (Capability &capability : capabilities) {
        const qsizetype index = capability.flows.indexOf(id);
        if (index >= 0) {
            scan.references.append(
                { path, capability.position,
                  Text::tr("capability “%1” (%2)").arg(capability.name, capability.id) });
            if (!newId.isEmpty()) {
                capability.flows[index] = newId;
                changed = true;
            }
        }
        scanCapabilities(capability.children, path, id, newId, scan, changed);
    }
}

Scan scanCapabilityMap(const QByteArray &bytes, const QString &path, ProjectFileKind kind,
                       const QString &id, const QString &newId)
{
    Scan scan;
    if (kind != ProjectFileKind::Flow)
        return scan;
    FileError error;
    std::optional<CapabilityMap> map = CapabilityMap::fromYaml(bytes, path, &error);
    if (!map) {
        scan.error = error;
        return scan;
    }
    bool changed = false;
    scanCapabilities(map->capabilities, path, id, newId, scan, changed);
    if (changed)
        scan.rewritten = map->toYaml();
    return scan;
}

// Scans every file that may refer to (kind, id); `visit` gets each file's bytes and scan.
template<typename Visit>
void scanProject(const Project &project, ProjectFileKind kind, const QString &id,
                 const QString &newId, Visit visit)
{
    Project current = project;
    current.rescan(); // files created since it was opened refer too
    for (const ProjectFile &file : current.files()) {
        using Scanner = Scan (*)(const QByteArray &, const QString &, ProjectFileKind,
                                 const QString &, const QString &);
        Scanner scanner = nullptr;
        switch (file.kind) {
        case ProjectFileKind::Flow:
            scanner = scanFlow;
            break;
        case ProjectFileKind::Mapping:
            scanner = scanMapping;
            break;
        case ProjectFileKind::TestSuite:
            scanner = scanTestSuite;
            break;
        case ProjectFileKind::Capabilities:
            scanner = scanCapabilityMap;
            break;
        default:
            break;
        }
        if (!scanner)
            continue;
        FileError error;
        const std::optional<QByteArray> bytes
            = ModelFile::read(current.absolutePath(file.relativePath), &error);
        if (!bytes) {
            Scan failed;
            failed.error = error;
            visit(file.relativePath, QByteArray(), failed);
            continue;
        }
        visit(file.relativePath, *bytes, scanner(*bytes, file.relativePath, kind, id, newId));
    }
}

} // namespace

QList<ProjectReference> ProjectReferences::find(const Project &project, ProjectFileKind kind,
                                                const QString &id)
{
    QList<ProjectReference> result;
    scanProject(project, kind, id, QString(),
                [&](const QString &path, const QByteArray &, const Scan &scan) {
                    result.append(scan.references);
                    if (scan.error)
                        result.append({ path, scan.error->position,
                                        Text::tr("cannot be read: %1").arg(scan.error->message) });
                });
    return result;
}

bool ProjectReferences::rewrite(const Project &project, ProjectFileKind kind, const QString &oldId,
                                const QString &newId, QList<ProjectFileChange> *changes,
                                FileError *error)
{
    QList<ProjectFileChange> result;
    std::optional<FileError> failure;
    scanProject(project, kind, oldId, newId,
                [&](const QString &path, const QByteArray &bytes, const Scan &scan) {
                    if (scan.error && !failure)
                        failure = scan.error;
                    if (scan.rewritten)
                        result.append({ path, bytes, *scan.rewritten });
                });
    if (failure) {
        if (error)
            *error = *failure;
        return false;
    }
    *changes = result;
    return true;
}

} // namespace Flowsmith
