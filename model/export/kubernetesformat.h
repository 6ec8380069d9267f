#pragma once

#include "model/export/flowformat.h"

namespace Flowsmith {

/// A Kubernetes GitOps bundle below dist/k8s/ that Argo CD or Flux applies with kustomize:
/// for Node-RED a Deployment, Service and a ConfigMap carrying flows.json, for Apache Camel a
/// Camel K Integration per flow (camel.apache.org/v1) with the system addresses as properties.
/// Secrets appear only as references (a Secret's name and key), never as values. A runtime
/// that cannot run the project (a Kafka topic for Node-RED) is left out with a warning; the
/// export fails only when neither can.
class KubernetesFormat : public FlowFormat
{
public:
    QString id() const override;
    QString name() const override;
    Capabilities capabilities() const override;
    QList<ExportedFile> generate(const ExportInput &input) override;

    /// The project name as a Kubernetes object name: lowercase, digits and '-', at most 40.
    static QString resourceName(const QString &text);
};

} // namespace Flowsmith
