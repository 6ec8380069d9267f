#include "editors/simulation/savetestcasedialog.h"

#include "model/data/jsonvariant.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

// Long bodies are cut in the list; the case keeps them whole.
QString shortText(const Sim::Json &body)
{
    QString text = QString::fromUtf8(toCompactBytes(body));
    if (text.size() > 160)
        text = text.left(159) + QChar(0x2026);
    return text;
}

} // namespace

SaveTestCaseDialog::SaveTestCaseDialog(const Sim::RecordedRun &run,
                                       const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(existingNames)
{
    setWindowTitle(tr("Save as Test Case"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("testCaseName"));
    m_name->setPlaceholderText(tr("What the case shows, e.g. “A paid order reaches the ERP”"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("sinkRecords"));
    m_tree->setHeaderLabels({ tr("Expected sink records") });
    m_tree->setRootIsDecorated(true);
    for (const QString &sink : run.sinks) {
        int count = 0;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, sink);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        for (const Sim::SinkRecord &record : run.records) {
            if (record.sink != sink)
                continue;
            ++count;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, shortText(record.message.body));
            child->setFlags(Qt::ItemIsEnabled);
        }
        item->setText(0,
                      count == 0 ? tr("%1 — no records (expects none)").arg(sink)
                                 : tr("%1 — %n record(s)", nullptr, count).arg(sink));
    }
    m_tree->expandAll();
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveTestCaseDialog::validate);
    connect(m_tree, &QTreeWidget::itemChanged, this, &SaveTestCaseDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("%n input message(s) from '%1'", nullptr, int(run.inputs.size())).arg(run.source)));
    layout->addWidget(m_tree, 1);
    if (run.partial) {
        auto *paused = new QLabel(tr("The run is paused: the case expects what its input "
                                     "messages produce when run to the end."));
        paused->setObjectName(QStringLiteral("pausedNote"));
        paused->setWordWrap(true);
        layout->addWidget(paused);
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 420);
    validate();
}

QString SaveTestCaseDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveTestCaseDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QStringList SaveTestCaseDialog::chosenSinks() const
{
    QStringList sinks;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            sinks << m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return sinks;
}

void SaveTestCaseDialog::setSinkChosen(const QString &sink, bool chosen)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == sink)
            m_tree->topLevelItem(i)->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
}

void SaveTestCaseDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("Give the case a name.");
    else if (m_existing.contains(name()))
        problem = tr("A test case named '%1' already exists; choose another name.").arg(name());
    else if (chosenSinks().isEmpty())
        problem = tr("Tick at least one sink whose records the case expects.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace Flowsmith
