#pragma once

#include <QString>
#include <QStringList>

namespace Flowsmith::ExampleLocator {

/// The folder holding the bundled example projects: next to an installed binary in
/// ../share/flowsmith/examples, else in the source tree the build came from. Empty when
/// neither exists. The studio and flowsmith-cli share this lookup.
QString examplesFolder();

/// The ids of the bundled examples (their folder names), sorted.
QStringList exampleIds();

/// The folder of the example `id`, or empty when there is none.
QString example(const QString &id);

} // namespace Flowsmith::ExampleLocator
