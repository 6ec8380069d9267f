#pragma once

#include <QList>
#include <QString>

namespace Flowsmith::Sim {

/// Pause an interactive run before `node` handles a message, when `condition` (JSONata on the
/// message: body as root, `$headers` bound) is truthy or empty.
struct Breakpoint
{
    QString node;
    QString condition;

    friend bool operator==(const Breakpoint &, const Breakpoint &) = default;
};

} // namespace Flowsmith::Sim
