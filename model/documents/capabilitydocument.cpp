#include "capabilitydocument.h"

namespace Flowsmith {

namespace {

bool findPath(const QList<Capability> &list, const QString &id, QList<int> *path)
{
    for (int i = 0; i < list.size(); ++i) {
        path->append(i);
        if (list.at(i).id == id || findPath(list.at(i).children, id, path))
            return true;
        path->removeLast();
    }
    return false;
}

} // namespace

CapabilityDocument::CapabilityDocument(QObject *parent)
    : Document(parent)
{ }

CapabilityDocument::CapabilityDocument(CapabilityMap map, QObject *parent)
    : Document(parent)
    , m_map(std::move(map))
{ }

CapabilityDocument::~CapabilityDocument() = default;

QList<int> CapabilityDocument::pathOf(const QString &id) const
{
    QList<int> path;
    if (id.isEmpty() || !findPath(m_map.capabilities, id, &path))
        return {};
    return path;
}

const QList<Capability> *CapabilityDocument::children(const QList<int> &parentPath) const
{
    const QList<Capability> *list = &m_map.capabilities;
    for (int index : parentPath) {
        if (index < 0 || index >= list->size())
            return nullptr;
        list = &list->at(index).children;
    }
    return list;
}

const Capability *CapabilityDocument::capability(const QString &id) const
{
    const QList<int> path = pathOf(id);
    if (path.isEmpty())
        return nullptr;
    return &children(path.first(path.size() - 1))->at(path.last());
}

QVariant CapabilityDocument::capabilityValue(const QString &id, CapabilityField field) const
{
    const Capability *c = capability(id);
    if (!c)
        return {};
    switch (field) {
    case CapabilityField::Name:
        return c->name;
    case CapabilityField::Description:
        return c->description;
    case CapabilityField::Owner:
        return c->owner;
    case CapabilityField::Maturity:
        return c->maturity;
    case CapabilityField::Systems:
        return c->systems;
    case CapabilityField::Flows:
        return c->flows;
    case CapabilityField::Gaps:
        return c->gaps;
    }
    return {};
}

bool CapabilityDocument::readFile(const QString &path, FileError *error)
{
    std::optional<CapabilityMap> map = CapabilityMap::load(path, error);
    if (!map)
        return false;
    m_map = std::move(*map);
    return true;
}

bool CapabilityDocument::writeFile(const QString &path, FileError *error) const
{
    return m_map.save(path, error);
}

void CapabilityDocument::insertCapability(const QList<int> &path, const Capability &capability)
{
    auto *list = const_cast<QList<Capability> *>(children(path.first(path.size() - 1)));
    list->insert(path.last(), capability);
    emit capabilityAdded(capability.id);
}

Capability CapabilityDocument::takeCapability(const QList<int> &path)
{
    auto *list = const_cast<QList<Capability> *>(children(path.first(path.size() - 1)));
    Capability capability = list->takeAt(path.last());
    emit capabilityRemoved(capability.id);
    return capability;
}

void CapabilityDocument::setCapabilityValue(const QString &id, CapabilityField field,
                                            const QVariant &value)
{
    auto *c = const_cast<Capability *>(capability(id));
    if (!c)
        return;
    switch (field) {
    case CapabilityField::Name:
        c->name = value.toString();
        break;
    case CapabilityField::Description:
        c->description = value.toString();
        break;
    case CapabilityField::Owner:
        c->owner = value.toString();
        break;
    case CapabilityField::Maturity:
        c->maturity = value.toInt();
        break;
    case CapabilityField::Systems:
        c->systems = value.toStringList();
        break;
    case CapabilityField::Flows:
        c->flows = value.toStringList();
        break;
    case CapabilityField::Gaps:
        c->gaps = value.toString();
        break;
    }
    emit capabilityChanged(id, field);
}

void CapabilityDocument::insertReviewNote(int index, const ReviewNote &note)
{
    m_map.reviews.insert(index, note);
    emit reviewNoteAdded(index);
}

ReviewNote CapabilityDocument::takeReviewNote(int index)
{
    ReviewNote note = m_map.reviews.takeAt(index);
    emit reviewNoteRemoved(index);
    return note;
}

} // namespace Flowsmith
