#pragma once

#include "model/core/problem.h"

#include <QDate>
#include <QString>

namespace Flowsmith {

class Project;

/// Checks a whole project folder: loads the manifest, every flow, mapping, schema, test
/// suite and capabilities.yaml, turns each load error into a problem under its FS0xx code
/// (the rest is still checked), runs every flow through FlowValidator and the project-wide
/// rules over the lot. The CLI's `validate` and the studio's problems view both use it.
class ProjectValidator
{
public:
    /// `today` decides the retireBy checks; tests pass a fixed date.
    explicit ProjectValidator(QDate today = QDate::currentDate());

    /// Opens the folder first; an unusable flowsmith.yaml is a problem, not a failure.
    ProblemList validate(const QString &folder) const;
    ProblemList validate(const Project &project) const;

private:
    QDate m_today;
};

} // namespace Flowsmith
