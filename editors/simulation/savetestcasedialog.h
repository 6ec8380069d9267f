#pragma once

#include "simulator/testing/testrecorder.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Flowsmith {

/// "Save as Test Case…" of the simulation panel (issue 15 item 4): a name for the case and a
/// checklist of the sinks with the records each received (shown under it), so the analyst
/// decides which outputs the case pins down. A name already used in the flow's test file is
/// refused here, before anything is written.
class SaveTestCaseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `existingNames`: the cases already in the flow's test file.
    SaveTestCaseDialog(const Sim::RecordedRun &run, const QStringList &existingNames,
                       QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    /// The ticked sinks, in flow order.
    QStringList chosenSinks() const;
    /// Ticks or unticks one sink (tests and keyboard users).
    void setSinkChosen(const QString &sink, bool chosen);

    QTreeWidget *sinkTree() const { return m_tree; }

private:
    void validate();

    QStringList m_existing;
    QLineEdit *m_name;
    QTreeWidget *m_tree;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Flowsmith
