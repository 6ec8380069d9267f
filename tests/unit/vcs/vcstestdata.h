#pragma once

// The flow the vcs tests edit, and a way to describe an edit as text replacements.

#include "model/core/flow.h"

#include <QStringList>
#include <QTest>

namespace Flowsmith::VcsTest {

inline const char baseFlow[] = R"(flowsmith: 1
id: order-sync
name: Shop orders to ERP
description: Every paid web-shop order becomes an ERP sales order.
governance:
  owner: integration-team
  steward: customer-data-office
slo: {latencyMs: 2000, successRate: 99.95}
nodes:
  - id: receive
    type: source.http
    name: Receive order
    at: [80, 120]
    config: {method: POST, path: /orders}
  - id: paid-only
    type: route.filter
    at: [300, 120]
    config: {condition: status = "paid"}
  - id: to-erp
    type: transform.map
    at: [520, 120]
    config:
      mapping: shop-order-to-erp
      options: {strict: true, retry: 3}
  - id: erp
    type: sink.http
    at: [740, 120]
    config: {system: erp, method: POST, path: /sales-orders}
edges:
  - {from: receive.out, to: paid-only.in}
  - {from: paid-only.out, to: to-erp.in}
  - {from: to-erp.out, to: erp.in}
)";

/// `edits` holds pairs: text to find (exactly once) and its replacement.
inline QByteArray edited(const QStringList &edits, const QByteArray &text = baseFlow)
{
    QString result = QString::fromUtf8(text);
    for (int i = 0; i + 1 < edits.size(); i += 2) {
        if (result.count(edits.at(i)) != 1)
            qFatal("test edit does not match exactly once: %s", qPrintable(edits.at(i)));
        result.replace(edits.at(i), edits.at(i + 1));
    }
    return result.toUtf8();
}

inline Flow parsed(const QByteArray &text)
{
    FileError error;
    const auto flow = Flow::fromYaml(text, QStringLiteral("test.flow.yaml"), &error);
    if (!flow)
        qFatal("test flow does not load: %s", qPrintable(error.toString()));
    return *flow;
}

inline QStringList nodeIds(const Flow &flow)
{
    QStringList ids;
    for (const FlowNode &node : flow.nodes)
        ids.append(node.id);
    return ids;
}

} // namespace Flowsmith::VcsTest
