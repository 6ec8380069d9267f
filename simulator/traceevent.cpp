#include "simulator/traceevent.h"

namespace Flowsmith::Sim {

Json TraceEvent::toJson() const
{
    Json json = Json::object();
    json["seq"] = seq;
    json["t"] = time;
    json["node"] = node.toStdString();
    json["type"] = type.toStdString();
    json["port"] = port.toStdString();
    json["msg"] = input.id;
    json["parent"] = input.parent;
    json["in"] = Json { { "body", input.body }, { "headers", input.headers } };
    Json out = Json::array();
    for (const TraceOutput &output : outputs) {
        out.push_back(Json { { "port", output.port.toStdString() },
                             { "msg", output.message.id },
                             { "body", output.message.body },
                             { "headers", output.message.headers } });
    }
    json["out"] = std::move(out);
    json["durationMs"] = durationMs;
    if (!error.isEmpty())
        json["error"] = error.toStdString();
    return json;
}

} // namespace Flowsmith::Sim
