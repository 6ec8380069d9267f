#include "editors/shell/exampleprojects.h"

#include "model/project/examplelocator.h"

namespace Flowsmith::ExampleProjects {

// The lookup lives in the model so that flowsmith-cli finds the same examples.
QString examplesFolder()
{
    return ExampleLocator::examplesFolder();
}

QString retailOrderToCash()
{
    return ExampleLocator::example(QStringLiteral("retail-order-to-cash"));
}

} // namespace Flowsmith::ExampleProjects
