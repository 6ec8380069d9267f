#include "builtinrules.h"
#include "ruleutils.h"

#include "model/core/project.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS121: a flow or mapping file whose id differs from its file name. References resolve by
/// file name (mappings/<id>.map.yaml), so such a file is found under one id and means
/// another.
class IdFileNameRule final : public ValidationRule
{
public:
    QString code() const override { return QString::fromLatin1(ProblemCodes::IdFileNameMismatch); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", "An id differs from its file name");
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        for (const FlowFile &file : snapshot.flows)
            check(snapshot, file.file, file.flow.id, file.flow.id, problems);
        for (const MappingFile &file : snapshot.mappings)
            check(snapshot, file.file, file.mapping.id, {}, problems);
    }

private:
    void check(const ProjectSnapshot &snapshot, const QString &file, const QString &id,
               const QString &flowId, ProblemList &problems) const
    {
        QString fileId;
        Project::kindOf(file, &fileId);
        if (id.isEmpty() || fileId.isEmpty() || id == fileId)
            return;
        problems.append(problem(file, RuleUtils::topLevelKeyPosition(snapshot, file, "id"), flowId,
                                {},
                                QCoreApplication::translate("Validation",
                                                            "Id '%1' differs from the file name "
                                                            "'%2'; references use the file name")
                                    .arg(id, fileId)));
    }
};

} // namespace

std::unique_ptr<ValidationRule> makeIdFileNameRule()
{
    return std::make_unique<IdFileNameRule>();
}

} // namespace Flowsmith
