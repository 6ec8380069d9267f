#include "simulator/traceevent.h"

namespace Flowsmith::Sim {

Json TraceEvent::toJson() const
{
    QList<std::pair<QString, Message>> out;
    out.reserve(outputs.size());
    for (const TraceOutput &output : outputs)
        out.append({ output.port, output.message ? output.message->unpack() : Message {} });
    return toJson(input ? input->unpack() : Message {}, out);
}

Json TraceEvent::toJson(const Message &in, const QList<std::pair<QString, Message>> &out) const
{
    Json json = Json::object();
    json["seq"] = seq;
    json["t"] = time;
    json["node"] = node.toStdString();
    json["type"] = type.toStdString();
    json["port"] = port.toStdString();
    json["msg"] = in.id;
    json["parent"] = in.parent;
    json["in"] = Json { { "body", in.body }, { "headers", in.headers } };
    Json sent = Json::array();
    for (const auto &[outPort, message] : out) {
        sent.push_back(Json { { "port", outPort.toStdString() },
                              { "msg", message.id },
                              { "body", message.body },
                              { "headers", message.headers } });
    }
    json["out"] = std::move(sent);
    json["durationMs"] = durationMs;
    if (!error.isEmpty())
        json["error"] = error.toStdString();
    return json;
}

} // namespace Flowsmith::Sim
