#pragma once

#include <QString>

namespace Flowsmith::ExampleProjects {

/// The folder of the bundled example project "retail-order-to-cash": next to an installed
/// binary in ../share/flowsmith/examples, else in the source tree the build came from.
/// Empty when neither exists.
QString retailOrderToCash();

/// The folder holding the example projects (same search), or empty.
QString examplesFolder();

} // namespace Flowsmith::ExampleProjects
