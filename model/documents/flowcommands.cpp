#include "flowcommands.h"

namespace Flowsmith {

namespace {

QString flowPropertyText(FlowDocument::FlowProperty property)
{
    switch (property) {
    case FlowDocument::FlowProperty::Name:
        return SetFlowPropertyCommand::tr("Rename flow");
    case FlowDocument::FlowProperty::Description:
        return SetFlowPropertyCommand::tr("Change flow description");
    }
    return {};
}

QString governanceText(FlowDocument::GovernanceField field)
{
    switch (field) {
    case FlowDocument::GovernanceField::Owner:
        return SetGovernanceCommand::tr("Change owner");
    case FlowDocument::GovernanceField::BusinessOwner:
        return SetGovernanceCommand::tr("Change business owner");
    case FlowDocument::GovernanceField::Steward:
        return SetGovernanceCommand::tr("Change data steward");
    case FlowDocument::GovernanceField::RetireBy:
        return SetGovernanceCommand::tr("Change retirement date");
    case FlowDocument::GovernanceField::Classification:
        return SetGovernanceCommand::tr("Change classification");
    case FlowDocument::GovernanceField::Capabilities:
        return SetGovernanceCommand::tr("Change capabilities");
    }
    return {};
}

// The document stores strings and a string list; compare like with like so that setting the
// value a field already has is recognised as no change.
QVariant normalizedGovernanceValue(FlowDocument::GovernanceField field, const QVariant &value)
{
    if (field == FlowDocument::GovernanceField::Capabilities)
        return value.toStringList();
    return value.toString();
}

QString sloText(FlowDocument::SloField field)
{
    switch (field) {
    case FlowDocument::SloField::LatencyMs:
        return SetSloCommand::tr("Change latency objective");
    case FlowDocument::SloField::SuccessRate:
        return SetSloCommand::tr("Change success-rate objective");
    }
    return {};
}

} // namespace

SetFlowPropertyCommand::SetFlowPropertyCommand(FlowDocument *document,
                                               FlowDocument::FlowProperty property,
                                               const QString &value, QUndoCommand *parent)
    : ChangeValueCommand(document, value, flowPropertyText(property), parent)
    , m_property(property)
{ }

QString SetFlowPropertyCommand::value() const
{
    return document()->flowProperty(m_property);
}

void SetFlowPropertyCommand::setValue(const QString &value)
{
    document()->setFlowProperty(m_property, value);
}

SetGovernanceCommand::SetGovernanceCommand(FlowDocument *document,
                                           FlowDocument::GovernanceField field,
                                           const QVariant &value, QUndoCommand *parent)
    : ChangeValueCommand(document, normalizedGovernanceValue(field, value), governanceText(field),
                         parent)
    , m_field(field)
{ }

QVariant SetGovernanceCommand::value() const
{
    return document()->governanceValue(m_field);
}

void SetGovernanceCommand::setValue(const QVariant &value)
{
    document()->setGovernanceValue(m_field, value);
}

SetSloCommand::SetSloCommand(FlowDocument *document, FlowDocument::SloField field,
                             std::optional<double> value, QUndoCommand *parent)
    : ChangeValueCommand(document, value, sloText(field), parent)
    , m_field(field)
{ }

std::optional<double> SetSloCommand::value() const
{
    return document()->sloValue(m_field);
}

void SetSloCommand::setValue(const std::optional<double> &value)
{
    document()->setSloValue(m_field, value);
}

} // namespace Flowsmith
