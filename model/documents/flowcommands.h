#pragma once

#include "changevaluecommand.h"
#include "flowdocument.h"

#include <QCoreApplication>

#include <optional>

namespace Flowsmith {

/// Sets the flow's name or description.
class SetFlowPropertyCommand : public ChangeValueCommand<FlowDocument, QString>
{
    Q_DECLARE_TR_FUNCTIONS(SetFlowPropertyCommand)

public:
    SetFlowPropertyCommand(FlowDocument *document, FlowDocument::FlowProperty property,
                           const QString &value, QUndoCommand *parent = nullptr);

protected:
    QString value() const override;
    void setValue(const QString &value) override;

private:
    FlowDocument::FlowProperty m_property;
};

/// Sets one field of the flow's governance block: a QString, or a QStringList for
/// Capabilities. An empty value removes the field from the file.
class SetGovernanceCommand : public ChangeValueCommand<FlowDocument, QVariant>
{
    Q_DECLARE_TR_FUNCTIONS(SetGovernanceCommand)

public:
    SetGovernanceCommand(FlowDocument *document, FlowDocument::GovernanceField field,
                         const QVariant &value, QUndoCommand *parent = nullptr);

protected:
    QVariant value() const override;
    void setValue(const QVariant &value) override;

private:
    FlowDocument::GovernanceField m_field;
};

/// Sets one service-level objective; std::nullopt removes it.
class SetSloCommand : public ChangeValueCommand<FlowDocument, std::optional<double>>
{
    Q_DECLARE_TR_FUNCTIONS(SetSloCommand)

public:
    SetSloCommand(FlowDocument *document, FlowDocument::SloField field, std::optional<double> value,
                  QUndoCommand *parent = nullptr);

protected:
    std::optional<double> value() const override;
    void setValue(const std::optional<double> &value) override;

private:
    FlowDocument::SloField m_field;
};

} // namespace Flowsmith
