#pragma once

#include "validationrule.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Flowsmith {

/// The one list of validation rules, in code order. The validators, the problems view and
/// the SARIF writer (its rules[] table) all read it.
class RuleRegistry
{
public:
    static const RuleRegistry &instance();

    const std::vector<std::unique_ptr<ValidationRule>> &rules() const { return m_rules; }
    /// The rule with that code, or null (load errors FS0xx have no rule).
    const ValidationRule *rule(const QString &code) const;

private:
    RuleRegistry();
    std::vector<std::unique_ptr<ValidationRule>> m_rules;
};

} // namespace Flowsmith
