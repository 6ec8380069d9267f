#include "model/export/flowformats.h"

#include "model/export/noderedformat.h"

namespace Flowsmith {

FlowFormats::FlowFormats()
{
    m_formats.push_back(std::make_unique<NodeRedFormat>());
}

FlowFormats &FlowFormats::instance()
{
    static FlowFormats registry;
    return registry;
}

std::vector<FlowFormat *> FlowFormats::formats() const
{
    std::vector<FlowFormat *> result;
    for (const auto &format : m_formats)
        result.push_back(format.get());
    return result;
}

FlowFormat *FlowFormats::format(const QString &id) const
{
    for (const auto &format : m_formats)
        if (format->id() == id)
            return format.get();
    return nullptr;
}

QStringList FlowFormats::ids(FlowFormat::Capability capability) const
{
    QStringList result;
    for (const auto &format : m_formats)
        if (format->capabilities().testFlag(capability))
            result.append(format->id());
    return result;
}

} // namespace Flowsmith
