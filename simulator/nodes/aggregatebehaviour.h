#pragma once

#include "simulator/nodebehaviour.h"

#include <map>
#include <string>
#include <vector>

namespace Flowsmith::Sim {

/// route.aggregate, Node-RED's join. Automatic mode reassembles what a split took apart,
/// using the `parts` header: once every index of a group has arrived, one message leaves with
/// the array of bodies in index order and the headers of the part that completed the group
/// (the outer `parts` restored). Count mode collects every `count` messages into one array,
/// with the headers of the last (its outer `parts` restored too). The message that completes a
/// group carries it on, as in Node-RED's join (the conformance corpus checks it).
class AggregateBehaviour : public NodeBehaviour
{
public:
    enum class Mode { Automatic, Count };

    AggregateBehaviour(Mode mode, int count);
    void receive(const QString &port, const Message &message, NodeContext &context) override;
    void reset() override;

private:
    static void restoreOuterParts(Json &headers);

    struct Group
    {
        std::vector<std::optional<Json>> bodies;
        std::size_t received = 0;
    };

    Mode m_mode;
    int m_count;
    std::map<std::string, Group> m_groups;
    Json m_collected = Json::array();
};

} // namespace Flowsmith::Sim
