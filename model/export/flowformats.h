#pragma once

#include "model/export/flowformat.h"

#include <QString>

#include <memory>
#include <vector>

namespace Flowsmith {

/// The one registry of runtime formats. Formats keep the problems of their last run, so one
/// format instance serves one export at a time.
class FlowFormats
{
public:
    static FlowFormats &instance();

    /// Every registered format, in a stable order.
    std::vector<FlowFormat *> formats() const;
    /// The format whose id() is `id`, or nullptr.
    FlowFormat *format(const QString &id) const;
    /// The format whose id() is `id` and that has `capability` ("nodered" reads and writes
    /// through two formats), or nullptr.
    FlowFormat *format(const QString &id, FlowFormat::Capability capability) const;
    /// The ids of the formats that have `capability`, for usage messages.
    QStringList ids(FlowFormat::Capability capability) const;

private:
    FlowFormats();
    std::vector<std::unique_ptr<FlowFormat>> m_formats;
};

} // namespace Flowsmith
