#pragma once

#include <QStringList>

namespace Flowsmith::Cli {

/// flowsmith-cli export PROJECT --target ID --out DIR (design §5). Returns an ExitCode.
int runExportCommand(const QStringList &args);

/// flowsmith-cli import --from FORMAT FILE --into PROJECT (design §5). Returns an ExitCode.
int runImportCommand(const QStringList &args);

} // namespace Flowsmith::Cli
