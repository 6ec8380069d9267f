#pragma once

#include "simulator/nodebehaviour.h"

#include <QStringList>

namespace Flowsmith::Sim {

/// security.mask: the listed body fields (dotted paths, through arrays) are masked — strings
/// become "***", numbers 0, booleans false, and objects and arrays are masked leaf by leaf so
/// the shape stays — or, in redact mode, removed.
class MaskBehaviour : public NodeBehaviour
{
public:
    MaskBehaviour(QStringList fields, bool redact);
    void receive(const QString &port, const Message &message, NodeContext &context) override;

    static void mask(Json &value);

private:
    QStringList m_fields;
    bool m_redact;
};

} // namespace Flowsmith::Sim
