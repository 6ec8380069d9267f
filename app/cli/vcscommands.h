#pragma once

#include <QStringList>

namespace Flowsmith::Cli {

// flowsmith-cli diff OLD NEW [--format text|json]
// Semantic diff of two flow files; exit 0 equal, 1 different, 2 usage or load error.
int runDiffCommand(const QStringList &args);
// flowsmith-cli merge-driver BASE OURS THEIRS [NAME]
// git merge driver (%O %A %B [%P]): writes the merge into OURS; exit 0 clean, 1 conflicts.
int runMergeDriverCommand(const QStringList &args);
// flowsmith-cli commit PROJECT -m MESSAGE [--push REMOTE] [--no-dist]
// The commit gate (design §6); exit 0 committed, 1 gate or push failed, 2 usage or IO error.
int runCommitCommand(const QStringList &args);

} // namespace Flowsmith::Cli
