#include "editors/problems/projectchecker.h"

#include "model/validation/projectvalidator.h"

namespace Flowsmith::ProjectChecker {

ProblemList check(const QString &folder)
{
    // The same validator as `flowsmith-cli validate`, so the dock and CI agree.
    return ProjectValidator().validate(folder);
}

} // namespace Flowsmith::ProjectChecker
