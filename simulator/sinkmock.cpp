#include "simulator/sinkmock.h"

namespace Flowsmith::Sim {

SinkMock SinkMock::fromJson(const Json &json)
{
    SinkMock mock;
    if (!json.is_object())
        return mock;
    if (auto it = json.find("status"); it != json.end() && it->is_number())
        mock.status = it->get<int>();
    if (auto it = json.find("body"); it != json.end())
        mock.body = *it;
    if (auto it = json.find("headers"); it != json.end() && it->is_object())
        mock.headers = *it;
    if (auto it = json.find("delayMs"); it != json.end() && it->is_number())
        mock.delayMs = it->get<std::int64_t>();
    if (auto it = json.find("failTimes"); it != json.end() && it->is_number())
        mock.failTimes = it->get<int>();
    return mock;
}

} // namespace Flowsmith::Sim
