#pragma once

#include <QStringList>

namespace Flowsmith::Cli {

// flowsmith-cli simulate PROJECT --flow ID --input FILE [--source NODE] [--trace FILE]
//                        [--seed N] [--mocks FILE]
int runSimulateCommand(const QStringList &args);
// flowsmith-cli test PROJECT [--junit FILE] [--format text|json]
int runTestCommand(const QStringList &args);

} // namespace Flowsmith::Cli
