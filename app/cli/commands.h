#pragma once

#include <QStringList>

namespace Flowsmith::Cli {

/// Exit statuses of design §5.
enum ExitCode { Success = 0, CheckFailed = 1, UsageError = 2 };

// Each subcommand gets the arguments after its name and returns an ExitCode. Results go to
// stdout, errors to stderr as "path:line: message".
int runEvalCommand(const QStringList &args);
int runImportSchemaCommand(const QStringList &args);
int runNewCommand(const QStringList &args);
int runValidateCommand(const QStringList &args);

} // namespace Flowsmith::Cli
