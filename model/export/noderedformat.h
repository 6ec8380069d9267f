#pragma once

#include "model/export/flowformat.h"

namespace Flowsmith {

/// Node-RED: every flow of the project becomes a tab of dist/nodered/flows.json (design §3's
/// Node-RED column). Node ids are derived from the flow and node ids (nodeId()), so a re-export
/// diffs small and test harnesses can address nodes; the same input gives the same bytes.
class NodeRedFormat : public FlowFormat
{
public:
    QString id() const override;
    QString name() const override;
    Capabilities capabilities() const override;
    QList<ExportedFile> generate(const ExportInput &input) override;

    /// The Node-RED id of flow node `nodeId` (16 hex digits); `part` tells apart the extra
    /// Node-RED nodes one of ours becomes ("split" of route.split). An empty `nodeId` gives
    /// the tab's id.
    static QString nodeId(const QString &flowId, const QString &nodeId, const QString &part = {});
    /// "erp" -> "SYSTEM_ERP_URL", the tab environment variable holding a system's base URL.
    static QString systemVariable(const QString &systemId);
};

} // namespace Flowsmith
