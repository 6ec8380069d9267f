#pragma once

#include "validationcontext.h"

#include "model/core/problem.h"

namespace Flowsmith {

class Flow;

/// Checks one flow against its project: the flow rules of RuleRegistry, on the flow as it is
/// in memory. Reads no files, so the studio can run it after every edit.
class FlowValidator
{
public:
    explicit FlowValidator(ValidationContext context = {});

    const ValidationContext &context() const { return m_context; }
    void setContext(const ValidationContext &context) { m_context = context; }

    /// The flow's problems, sorted. `file` (relative to the project) is where they point;
    /// empty for a flow that has not been saved yet.
    ProblemList validate(const Flow &flow, const QString &file = {}) const;

private:
    ValidationContext m_context;
};

} // namespace Flowsmith
