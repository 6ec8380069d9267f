#pragma once

#include "model/export/flowformat.h"

namespace Flowsmith {

/// API documents generated from the flows (issue 7's self-documenting flows): for a flow with
/// topic sources or sinks dist/api/<flow>.asyncapi.yaml (AsyncAPI 3.0), for a flow with HTTP
/// sources dist/api/<flow>.openapi.yaml (OpenAPI 3.1). Payload schemas come from the flow's
/// schemas: a source's from the first validation or mapping after it, a sink's from the last
/// validation or mapping target before it.
class ApiDocsFormat : public FlowFormat
{
public:
    QString id() const override;
    QString name() const override;
    Capabilities capabilities() const override;
    QList<ExportedFile> generate(const ExportInput &input) override;
};

} // namespace Flowsmith
