#include "simulator/runstatistics.h"

#include "model/core/flow.h"

#include <algorithm>
#include <cmath>

namespace Flowsmith::Sim {

void RunStatistics::clear()
{
    m_nodes.clear();
    m_order.clear();
    m_inputs.clear();
}

void RunStatistics::addHop(const TraceEvent &event, std::uint64_t input)
{
    auto it = m_nodes.find(event.node);
    if (it == m_nodes.end()) {
        it = m_nodes.insert(event.node, PerNode {});
        m_order.append(event.node);
    }
    it->durations.push_back(event.durationMs);
    const bool failed = !event.error.isEmpty();
    it->errors += failed ? 1 : 0;

    if (input >= m_inputs.size())
        m_inputs.resize(input + 1, PerInput { event.time, event.time, false });
    PerInput &in = m_inputs[input];
    in.start = std::min(in.start, event.time);
    in.end = std::max(in.end, event.time + event.durationMs);
    in.failed = in.failed || failed;
}

std::int64_t RunStatistics::percentile(std::vector<std::int64_t> &values, double p)
{
    if (values.empty())
        return 0;
    // Nearest rank: the smallest value with at least p% of the values at or below it.
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size()));
    const std::size_t index = rank < 1.0 ? 0 : std::size_t(rank) - 1;
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return values[index];
}

NodeLatency RunStatistics::node(const QString &id) const
{
    NodeLatency result;
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return result;
    result.messages = it->durations.size();
    result.errors = it->errors;
    std::vector<std::int64_t> values = it->durations;
    result.p50 = percentile(values, 50);
    result.p95 = percentile(values, 95);
    result.p99 = percentile(values, 99);
    return result;
}

SloVerdict RunStatistics::slo(const ServiceLevel &target) const
{
    SloVerdict verdict;
    verdict.latencyTarget = target.latencyMs;
    verdict.successTarget = target.successRate;
    verdict.inputs = m_inputs.size();
    if (m_inputs.empty())
        return verdict;
    std::vector<std::int64_t> latencies;
    latencies.reserve(m_inputs.size());
    std::uint64_t succeeded = 0;
    for (const PerInput &in : m_inputs) {
        latencies.push_back(in.end - in.start);
        succeeded += in.failed ? 0 : 1;
    }
    verdict.latencyP95 = percentile(latencies, 95);
    verdict.successRate = 100.0 * double(succeeded) / double(m_inputs.size());
    return verdict;
}

} // namespace Flowsmith::Sim
