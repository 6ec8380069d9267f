#pragma once

#include "simulator/traceevent.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace Flowsmith {
struct ServiceLevel;
}

namespace Flowsmith::Sim {

/// One node's figures in an interactive run: messages handled, failures and the simulated
/// latency (virtual ms a hop took) at the 50th, 95th and 99th percentile.
struct NodeLatency
{
    std::uint64_t messages = 0;
    std::uint64_t errors = 0;
    std::int64_t p50 = 0;
    std::int64_t p95 = 0;
    std::int64_t p99 = 0;
};

/// The run measured against the flow's `slo`. Latency is end-to-end per input message (from
/// the source hop to the end of the last hop it caused), compared at the 95th percentile;
/// success is the share of input messages none of whose hops failed (a dead letter taken by
/// error.catch still counts as a failure), in percent like the flow file writes it.
struct SloVerdict
{
    std::uint64_t inputs = 0;
    std::int64_t latencyP95 = 0;
    double successRate = 100.0;
    std::optional<double> latencyTarget;
    std::optional<double> successTarget;

    bool latencyMet() const { return !latencyTarget || double(latencyP95) <= *latencyTarget; }
    bool successMet() const { return !successTarget || successRate >= *successTarget; }
    bool met() const { return latencyMet() && successMet(); }
};

/// Collects per-node and per-input figures hop by hop (interactive runs keep every duration,
/// which the headless engine does not, to keep its memory flat).
class RunStatistics
{
public:
    void clear();
    /// Adds one hop caused by input message number `input` (0-based, in feed order).
    void addHop(const TraceEvent &event, std::uint64_t input);

    NodeLatency node(const QString &id) const;
    QStringList nodes() const { return m_order; }
    SloVerdict slo(const ServiceLevel &target) const;

    /// Nearest-rank percentile (`p` in 0..100) of `values`; 0 for none. Reorders `values`.
    static std::int64_t percentile(std::vector<std::int64_t> &values, double p);

private:
    struct PerNode
    {
        std::uint64_t errors = 0;
        std::vector<std::int64_t> durations;
    };
    struct PerInput
    {
        std::int64_t start = 0;
        std::int64_t end = 0;
        bool failed = false;
    };

    QHash<QString, PerNode> m_nodes;
    QStringList m_order;
    std::vector<PerInput> m_inputs;
};

} // namespace Flowsmith::Sim
