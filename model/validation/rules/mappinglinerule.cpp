#include "builtinrules.h"
#include "ruleutils.h"

#include "model/mapping/mappingchecker.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectsnapshot.h"
#include "model/validation/validationrule.h"

#include <QCoreApplication>

namespace Flowsmith {
namespace {

/// FS125…FS129: one kind of the mapper's line checks (model/mapping/mappingchecker.h) over
/// every mapping file of the project, against the schemas it names.
class MappingLineRule final : public ValidationRule
{
public:
    MappingLineRule(MappingFinding::Kind kind, const char *code, Severity severity,
                    const char *summary)
        : m_kind(kind)
        , m_code(code)
        , m_severity(severity)
        , m_summary(summary)
    { }

    QString code() const override { return QString::fromLatin1(m_code); }
    Severity defaultSeverity() const override { return m_severity; }
    QString summary() const override
    {
        return QCoreApplication::translate("Validation", m_summary);
    }

    void checkProject(const ProjectSnapshot &snapshot, const ValidationContext &,
                      ProblemList &problems) const override
    {
        for (const MappingFile &file : snapshot.mappings) {
            const Mapping &mapping = file.mapping;
            const Schema *source = snapshot.schema(mapping.source);
            const Schema *target = snapshot.schema(mapping.target);
            if (!source && !target)
                continue;
            for (const MappingFinding &finding : MappingChecker::check(mapping, source, target)) {
                if (finding.kind != m_kind)
                    continue;
                const SourcePosition position = finding.position.isValid()
                    ? finding.position
                    : RuleUtils::topLevelKeyPosition(snapshot, file.file, "target");
                problems.append(
                    problem(file.file, position, {}, {},
                            QCoreApplication::translate("Validation", "Mapping '%1': %2")
                                .arg(mapping.id, finding.message)));
            }
        }
    }

private:
    MappingFinding::Kind m_kind;
    const char *m_code;
    Severity m_severity;
    const char *m_summary;
};

} // namespace

std::unique_ptr<ValidationRule> makeMappingTypeMismatchRule()
{
    return std::make_unique<MappingLineRule>(
        MappingFinding::Kind::TypeMismatch, ProblemCodes::MappingTypeMismatch, Severity::Warning,
        QT_TRANSLATE_NOOP("Validation", "A mapping line puts a value of the wrong type"));
}

std::unique_ptr<ValidationRule> makeMappingCardinalityRule()
{
    return std::make_unique<MappingLineRule>(
        MappingFinding::Kind::Cardinality, ProblemCodes::MappingCardinality, Severity::Warning,
        QT_TRANSLATE_NOOP("Validation",
                          "A mapping line puts an array into a single value or "
                          "the reverse"));
}

std::unique_ptr<ValidationRule> makeMappingRequiredUnmappedRule()
{
    return std::make_unique<MappingLineRule>(
        MappingFinding::Kind::RequiredUnmapped, ProblemCodes::MappingRequiredUnmapped,
        Severity::Warning,
        QT_TRANSLATE_NOOP("Validation", "A required target field of a mapping is not mapped"));
}

std::unique_ptr<ValidationRule> makeMappingEnumNotCoveredRule()
{
    return std::make_unique<MappingLineRule>(
        MappingFinding::Kind::EnumNotCovered, ProblemCodes::MappingEnumNotCovered,
        Severity::Warning,
        QT_TRANSLATE_NOOP("Validation",
                          "A mapping line can put a value outside the target's "
                          "enum"));
}

std::unique_ptr<ValidationRule> makeMappingUnknownSourcePathRule()
{
    return std::make_unique<MappingLineRule>(
        MappingFinding::Kind::UnknownSourcePath, ProblemCodes::MappingUnknownSourcePath,
        Severity::Error,
        QT_TRANSLATE_NOOP("Validation", "A mapping line reads a path the source schema lacks"));
}

} // namespace Flowsmith
