#include "simulator/nodes/aggregatebehaviour.h"

#include "simulator/nodecontext.h"
#include "simulator/simulationerror.h"

#include <QCoreApplication>

namespace Flowsmith::Sim {

AggregateBehaviour::AggregateBehaviour(Mode mode, int count)
    : m_mode(mode)
    , m_count(count)
{ }

// A joined message belongs to the split around the one it joins, if any (Node-RED's join does
// the same in both modes).
void AggregateBehaviour::restoreOuterParts(Json &headers)
{
    const auto parts = headers.find("parts");
    if (parts == headers.end())
        return;
    if (parts->is_object() && parts->contains("parts")) {
        Json outer = parts->at("parts");
        headers["parts"] = std::move(outer);
    } else {
        headers.erase("parts");
    }
}

void AggregateBehaviour::reset()
{
    m_groups.clear();
    m_collected = Json::array();
}

void AggregateBehaviour::receive(const QString &, const Message &message, NodeContext &context)
{
    if (m_mode == Mode::Count) {
        m_collected.push_back(message.body);
        if (int(m_collected.size()) >= m_count) {
            // The message that completes the group carries the array, as Node-RED's join.
            Message out = context.derive(message);
            out.body = std::move(m_collected);
            restoreOuterParts(out.headers);
            reset();
            context.send(QStringLiteral("out"), std::move(out));
        }
        return;
    }

    const auto parts = message.headers.find("parts");
    if (parts == message.headers.end() || !parts->is_object() || !parts->contains("id")
        || !parts->value("index", Json()).is_number_integer()
        || !parts->value("count", Json()).is_number_integer()
        || parts->at("index").get<std::int64_t>() < 0
        || parts->at("count").get<std::int64_t>() < 0) {
        throw SimulationError { QCoreApplication::translate(
                                    "Flowsmith::Sim",
                                    "the message has no split parts to join (automatic mode "
                                    "joins what a route.split took apart)"),
                                QStringLiteral("aggregate") };
    }
    const std::string id = parts->at("id").dump();
    const std::size_t index = parts->at("index").get<std::size_t>();
    const std::size_t count = parts->at("count").get<std::size_t>();
    Group &group = m_groups[id];
    if (group.bodies.empty())
        group.bodies.resize(count);
    if (index >= group.bodies.size() || group.bodies[index])
        return; // a duplicate or out-of-range part adds nothing
    group.bodies[index] = message.body;
    if (++group.received < group.bodies.size())
        return;

    // The part that completes the group carries the array, as Node-RED's join.
    Message out = context.derive(message);
    out.body = Json::array();
    for (auto &body : group.bodies)
        out.body.push_back(std::move(*body));
    restoreOuterParts(out.headers);
    m_groups.erase(id);
    context.send(QStringLiteral("out"), std::move(out));
}

} // namespace Flowsmith::Sim
