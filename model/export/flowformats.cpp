#include "model/export/flowformats.h"

#include "model/export/apidocsformat.h"
#include "model/export/camelformat.h"
#include "model/export/flowsjsonformat.h"
#include "model/export/kubernetesformat.h"
#include "model/export/noderedformat.h"

namespace Flowsmith {

FlowFormats::FlowFormats()
{
    m_formats.push_back(std::make_unique<NodeRedFormat>());
    m_formats.push_back(std::make_unique<CamelFormat>());
    m_formats.push_back(std::make_unique<KubernetesFormat>());
    m_formats.push_back(std::make_unique<ApiDocsFormat>());
    m_formats.push_back(std::make_unique<FlowsJsonFormat>());
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

FlowFormat *FlowFormats::format(const QString &id, FlowFormat::Capability capability) const
{
    for (const auto &format : m_formats)
        if (format->id() == id && format->capabilities().testFlag(capability))
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
