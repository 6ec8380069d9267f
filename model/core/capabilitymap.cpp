#include "model/core/capabilitymap.h"

#include "model/core/errorcodes.h"
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

// The background article's maturity model runs from 1 (ad hoc) to 5 (optimised).
constexpr int MaxMaturity = 5;

bool readCapability(YamlReader &r, const YAML::Node &map, Capability *capability)
{
    if (!r.expectMap(map, tr("a capability")))
        return false;
    capability->id = r.string(map, "id", true);
    capability->name = r.string(map, "name");
    capability->description = r.string(map, "description");
    capability->owner = r.string(map, "owner");
    if (const auto maturity = r.integer(map, "maturity")) {
        if (*maturity < 0 || *maturity > MaxMaturity)
            return r.fail(ErrorCode::InvalidValue, map["maturity"],
                          tr("maturity %1 is out of range: use 1 (ad hoc) to %2 (optimised), "
                             "or 0 for not assessed")
                              .arg(*maturity)
                              .arg(MaxMaturity));
        capability->maturity = int(*maturity);
    }
    capability->systems = r.stringList(map, "systems");
    capability->flows = r.stringList(map, "flows");
    capability->gaps = r.string(map, "gaps");
    for (const YAML::Node &item : r.sequence(map, "children")) {
        Capability child;
        if (!readCapability(r, item, &child))
            return false;
        capability->children.append(child);
    }
    capability->position = r.position(map);
    capability->origin = YamlReader::origin(map);
    return r.ok();
}

bool readReview(YamlReader &r, const YAML::Node &map, ReviewNote *review)
{
    if (!r.expectMap(map, tr("a review note")))
        return false;
    review->capability = r.string(map, "capability", true);
    review->author = r.string(map, "author");
    review->date = r.string(map, "date");
    review->text = r.string(map, "text");
    review->position = r.position(map);
    review->origin = YamlReader::origin(map);
    return r.ok();
}

YAML::Node capabilitiesNode(const QList<Capability> &list, const YAML::Node &original);

YAML::Node capabilityNode(const Capability &c)
{
    YamlMapWriter w(c.origin);
    w.setString("id", c.id, true);
    w.setString("name", c.name);
    w.setString("description", c.description);
    w.setString("owner", c.owner);
    if (c.maturity > 0 || w.original("maturity").IsDefined())
        w.setInteger("maturity", c.maturity);
    w.setStringList("systems", c.systems);
    w.setStringList("flows", c.flows);
    w.setString("gaps", c.gaps);
    w.setSequence("children", capabilitiesNode(c.children, w.original("children")));
    return w.node();
}

YAML::Node capabilitiesNode(const QList<Capability> &list, const YAML::Node &original)
{
    YAML::Node seq = Yaml::sequenceLike(original);
    for (const Capability &c : list)
        seq.push_back(capabilityNode(c));
    return seq;
}

YAML::Node reviewNode(const ReviewNote &review)
{
    YamlMapWriter w(review.origin);
    w.setString("capability", review.capability, true);
    w.setString("author", review.author);
    w.setString("date", review.date);
    w.setString("text", review.text);
    return w.node();
}

const Capability *find(const QList<Capability> &list, const QString &id)
{
    for (const Capability &c : list) {
        if (c.id == id)
            return &c;
        if (const Capability *found = find(c.children, id))
            return found;
    }
    return nullptr;
}

} // namespace

const Capability *CapabilityMap::capability(const QString &id) const
{
    return find(capabilities, id);
}

std::optional<CapabilityMap> CapabilityMap::fromYaml(const QByteArray &bytes,
                                                     const QString &fileName, FileError *error)
{
    const auto root = Yaml::parse(bytes, fileName, error);
    if (!root)
        return std::nullopt;
    YamlReader r(fileName, error);
    CapabilityMap map;
    if (!r.readHeader(*root, FormatVersion, &map.formatVersion))
        return std::nullopt;
    for (const YAML::Node &item : r.sequence(*root, "capabilities")) {
        Capability capability;
        if (!readCapability(r, item, &capability))
            break;
        map.capabilities.append(capability);
    }
    for (const YAML::Node &item : r.sequence(*root, "reviews")) {
        ReviewNote review;
        if (!readReview(r, item, &review))
            break;
        map.reviews.append(review);
    }
    if (!r.ok())
        return std::nullopt;
    map.origin = YamlReader::origin(*root, bytes);
    return map;
}

QByteArray CapabilityMap::toYaml() const
{
    YamlMapWriter w(origin);
    w.setInteger("flowsmith", formatVersion);
    w.setSequence("capabilities", capabilitiesNode(capabilities, w.original("capabilities")));
    YAML::Node reviewsYaml = Yaml::sequenceLike(w.original("reviews"));
    for (const ReviewNote &review : reviews)
        reviewsYaml.push_back(reviewNode(review));
    w.setSequence("reviews", reviewsYaml);
    return Yaml::documentText(w.node(), origin);
}

std::optional<CapabilityMap> CapabilityMap::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromYaml(*bytes, path, error);
}

bool CapabilityMap::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toYaml(), error);
}

} // namespace Flowsmith
