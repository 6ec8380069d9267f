#pragma once

#include "simulator/nodebehaviour.h"

namespace Flowsmith::Sim {

/// sink.log, sink.topic and sink.reply: record what would be logged, published or answered.
class RecordBehaviour : public NodeBehaviour
{
public:
    void receive(const QString &port, const Message &message, NodeContext &context) override;
};

} // namespace Flowsmith::Sim
