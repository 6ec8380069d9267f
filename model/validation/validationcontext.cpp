#include "validationcontext.h"

#include "model/core/capabilitymap.h"
#include "model/core/project.h"

namespace Flowsmith {

namespace {

void collectCapabilityIds(const QList<Capability> &capabilities, QSet<QString> &ids)
{
    for (const Capability &capability : capabilities) {
        ids.insert(capability.id);
        collectCapabilityIds(capability.children, ids);
    }
}

} // namespace

ValidationContext ValidationContext::fromProject(const Project &project, QDate today)
{
    std::optional<CapabilityMap> capabilities;
    const QList<ProjectFile> files = project.files(ProjectFileKind::Capabilities);
    if (!files.isEmpty()) {
        FileError error;
        capabilities
            = CapabilityMap::load(project.absolutePath(files.first().relativePath), &error);
    }
    return fromProject(project, capabilities ? &*capabilities : nullptr, today);
}

ValidationContext ValidationContext::fromProject(const Project &project,
                                                 const CapabilityMap *capabilities, QDate today)
{
    ValidationContext context;
    context.today = today;
    const ProjectManifest &manifest = project.manifest();
    for (const SystemInfo &system : manifest.systems)
        context.systemIds.insert(system.id);
    for (const ProjectFile &file : project.files(ProjectFileKind::Mapping))
        context.mappingIds.insert(file.id);
    for (const ProjectFile &file : project.files(ProjectFileKind::Schema))
        context.schemaIds.insert(file.id);
    if (capabilities)
        collectCapabilityIds(capabilities->capabilities, context.capabilityIds);
    context.defaultOwner = manifest.defaults.value(QStringLiteral("owner")).toString().trimmed();
    context.defaultSteward
        = manifest.defaults.value(QStringLiteral("steward")).toString().trimmed();
    return context;
}

} // namespace Flowsmith
