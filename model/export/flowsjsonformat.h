#pragma once

#include "model/export/flowformat.h"

#include <QByteArray>

namespace Flowsmith {

/// Reads Node-RED's flows.json into project flows (`flowsmith-cli import --from nodered`):
/// one flow per tab; core nodes become catalog types with their configuration, and function
/// nodes, scoped catch nodes, subflow instances and every other type become `foreign.nodered`
/// nodes that keep the whole Node-RED node (config and wires) under config `node`, so that an
/// export gives it back. Positions come from x/y. Credentials are never copied: each node that
/// had some is reported as a warning asking for a secret reference. HTTP addresses and MQTT
/// brokers become systems.
class FlowsJsonFormat : public FlowFormat
{
public:
    /// The type of the nodes kept as Node-RED nodes.
    static constexpr const char *ForeignType = "foreign.nodered";

    QString id() const override;
    QString name() const override;
    Capabilities capabilities() const override;
    QList<ExportedFile> generate(const ExportInput &input) override;
    ImportedFlows read(const QString &filePath) override;

    /// Reads flows.json text; `fileName` names it in problems.
    ImportedFlows readBytes(const QByteArray &bytes, const QString &fileName);

    /// The port a foreign node's Node-RED output `index` (0-based) is: "out1", "out2", …
    static QString foreignOutput(int index);
};

} // namespace Flowsmith
