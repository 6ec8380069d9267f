#pragma once

#include "model/export/flowformat.h"

namespace Flowsmith {

/// Apache Camel YAML DSL (design §3's Camel column): every flow becomes
/// dist/camel/<flow>.camel.yaml with one route per source, JSONata steps through Camel's
/// `jsonata` language, systems as property placeholders (`{{erp.baseUrl}}`, values in
/// dist/camel/application.properties) and error.catch as a dead-letter channel. Schemas used by
/// quality.validate are copied beside the routes for the json-validator component. The same
/// input gives the same bytes.
class CamelFormat : public FlowFormat
{
public:
    QString id() const override;
    QString name() const override;
    Capabilities capabilities() const override;
    QList<ExportedFile> generate(const ExportInput &input) override;

    /// "order-sync" + "receive" -> "order-sync-receive", the id of the route a source starts.
    static QString routeId(const QString &flowId, const QString &nodeId);
    /// "erp" -> "erp.baseUrl", the property holding a system's address.
    static QString systemProperty(const QString &systemId);
    /// The file of a flow below the output folder, "camel/order-sync.camel.yaml".
    static QString flowFile(const QString &flowId);
};

} // namespace Flowsmith
