#pragma once

#include <QString>
#include <QStringList>

namespace Flowsmith::ExampleProjects {

/// The folder of the bundled example project "retail-order-to-cash": next to an installed
/// binary in ../share/flowsmith/examples, else in the source tree the build came from.
/// Empty when neither exists.
QString retailOrderToCash();

/// The folder holding the example projects (same search), or empty.
QString examplesFolder();

/// Every bundled example: the folders under examplesFolder() that hold a flowsmith.yaml,
/// sorted by name.
QStringList all();

/// The industry an example serves, for the welcome page's grouping ("Retail").
QString industry(const QString &exampleFolder);

} // namespace Flowsmith::ExampleProjects
