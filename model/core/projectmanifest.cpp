#include "model/core/project.h"

#include "model/core/modelfile.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlreader.h"
#include "model/core/yamlwriter.h"

#include <QCoreApplication>

namespace Flowsmith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith", text);
}

bool readSystem(YamlReader &r, const YAML::Node &map, SystemInfo *system)
{
    if (!r.expectMap(map, tr("a system")))
        return false;
    system->id = r.string(map, "id", true);
    system->name = r.string(map, "name");
    system->kind = r.string(map, "kind");
    system->baseUrl = r.string(map, "baseUrl");
    system->owner = r.string(map, "owner");
    system->position = r.position(map);
    system->origin = YamlReader::origin(map);
    return r.ok();
}

YAML::Node systemNode(const SystemInfo &system)
{
    YamlMapWriter w(system.origin);
    w.setString("id", system.id, true);
    w.setString("name", system.name);
    w.setString("kind", system.kind);
    w.setString("baseUrl", system.baseUrl);
    w.setString("owner", system.owner);
    return w.node();
}

} // namespace

const SystemInfo *ProjectManifest::system(const QString &id) const
{
    for (const SystemInfo &s : systems)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::optional<ProjectManifest> ProjectManifest::fromYaml(const QByteArray &bytes,
                                                         const QString &fileName, FileError *error)
{
    const auto root = Yaml::parse(bytes, fileName, error);
    if (!root)
        return std::nullopt;
    YamlReader r(fileName, error);
    ProjectManifest manifest;
    if (!r.readHeader(*root, FormatVersion, &manifest.formatVersion))
        return std::nullopt;
    manifest.id = r.string(*root, "id");
    manifest.name = r.string(*root, "name", true);
    manifest.description = r.string(*root, "description");
    for (const YAML::Node &item : r.sequence(*root, "systems")) {
        SystemInfo system;
        if (!readSystem(r, item, &system))
            break;
        manifest.systems.append(system);
    }
    manifest.defaults = r.variantMap(*root, "defaults");
    if (!r.ok())
        return std::nullopt;
    manifest.origin = YamlReader::origin(*root, bytes);
    return manifest;
}

QByteArray ProjectManifest::toYaml() const
{
    YamlMapWriter w(origin);
    w.setInteger("flowsmith", formatVersion);
    w.setString("id", id);
    w.setString("name", name, true);
    w.setString("description", description);
    YAML::Node systemsYaml = Yaml::sequenceLike(w.original("systems"));
    for (const SystemInfo &s : systems)
        systemsYaml.push_back(systemNode(s));
    w.setSequence("systems", systemsYaml);
    const YAML::Node oldDefaults = w.original("defaults");
    if (defaults.isEmpty() && !oldDefaults.IsDefined()) {
        w.remove("defaults");
    } else {
        YAML::Node node = Yaml::mergeVariant(oldDefaults, defaults);
        if (!oldDefaults.IsDefined())
            node.SetStyle(YAML::EmitterStyle::Block); // as design §2 shows
        w.setNode("defaults", node);
    }
    return Yaml::documentText(w.node(), origin);
}

std::optional<ProjectManifest> ProjectManifest::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromYaml(*bytes, path, error);
}

bool ProjectManifest::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toYaml(), error);
}

} // namespace Flowsmith
